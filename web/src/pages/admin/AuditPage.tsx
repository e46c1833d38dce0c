import { useMemo, useState, type FormEvent } from 'react';
import { dateProblem } from '../../../../src/kernel/fields.ts';
import type { AuditEntry, AuditFilter } from '../../api.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { PAGE_SIZES, Pager } from '../../components/Pager.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { hasMessage, messageKeysStartingWith, useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { hasRole, useSession } from '../../session.ts';
import { instantFromLocal, NATIONAL_TIME_ZONE } from '../../time.ts';
import { useAuditLog, useUsers } from './queries.ts';
import { VerifyChain } from './VerifyChain.tsx';

/** The filter as typed: days as ISO (DD/MM/YYYY on screen), a centre's code or `*` (no centre). */
interface Draft {
  from: string;
  to: string;
  centre: string;
  actor: string;
  action: string;
}

const EMPTY: Draft = { from: '', to: '', centre: '', actor: '', action: '' };
const ACTION_PREFIX = 'auditAction.';

/** The day after an ISO day. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The audit log for administrators: newest first, filtered by days (on the chosen centre's clock,
 * else the national one), centre, actor and action (in words), a page at a time; and the chain
 * check. Oversight sees the chain check only (it may verify the log, not read it).
 */
export function AuditPage() {
  const { t } = useI18n();
  const { user } = useSession();
  if (!hasRole(user, 'admin')) {
    return (
      <Page title={t('audit.title')} intro={t('users.verifyOnly')}>
        <VerifyChain />
      </Page>
    );
  }
  return <AuditLog />;
}

function AuditLog() {
  const { t, formatDateTime } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState<AuditFilter>({});
  const [pageWindow, setWindow] = useState<{ offset: number; limit: number }>({ offset: 0, limit: PAGE_SIZES[1] });
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to', string>>>({});
  const log = useAuditLog({ ...filter, ...pageWindow });
  // Users appear in the log by id: show their usernames next to it.
  const users = useUsers();
  const usernames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.username])), [users.data]);
  // Each entry at the time of its centre's clock; entries of no centre in the national zone.
  const centres = useCentres();
  const byCode = useMemo(() => new Map((centres.data ?? []).map((c) => [c.code, c])), [centres.data]);

  // Every action in words, sorted as read; the code never shows.
  const actions = useMemo(
    () =>
      messageKeysStartingWith(ACTION_PREFIX)
        .map((key) => ({ value: key.slice(ACTION_PREFIX.length), label: t(key) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [t],
  );

  function applyFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wrong = (day: string) => (day && dateProblem(day) ? t('dateInput.dayFormat') : undefined);
    const found = { from: wrong(draft.from), to: wrong(draft.to) ?? (draft.from && draft.to && draft.to < draft.from ? t('audit.filterOrder') : undefined) };
    setProblems(found);
    if (found.from || found.to) return;
    const zone = draft.centre && draft.centre !== '*' ? (byCode.get(draft.centre)?.timezone ?? NATIONAL_TIME_ZONE) : NATIONAL_TIME_ZONE;
    const next: AuditFilter = {};
    if (draft.from) next.from = instantFromLocal(`${draft.from}T00:00`, zone) ?? undefined;
    if (draft.to) next.to = instantFromLocal(`${nextDay(draft.to)}T00:00`, zone) ?? undefined;
    if (draft.centre) next.centre = draft.centre;
    if (draft.actor.trim()) next.actor = draft.actor.trim().toLowerCase();
    if (draft.action) next.action = draft.action;
    setFilter(next);
    setWindow((w) => ({ ...w, offset: 0 }));
  }

  function clearFilter() {
    setDraft(EMPTY);
    setProblems({});
    setFilter({});
    setWindow((w) => ({ ...w, offset: 0 }));
  }

  const actionLabel = (entry: AuditEntry) => {
    const key = `${ACTION_PREFIX}${entry.action}`;
    return hasMessage(key) ? t(key) : t('audit.reason.unknown');
  };
  const subjectLabel = (entry: AuditEntry) => {
    const key = `auditSubject.${entry.subjectType}`;
    return hasMessage(key) ? t(key) : '';
  };
  const subjectName = (entry: AuditEntry) => {
    if (entry.subjectType === 'user') return usernames.get(entry.subjectId) ?? entry.subjectId;
    if (entry.subjectType === 'person') return <Link to={`/persons/${encodeURIComponent(entry.subjectId)}`}>{t('audit.subjectId')}</Link>;
    return entry.subjectId;
  };
  const centreOptions = [
    { value: '*', label: t('audit.filterNoCentre') },
    ...(centres.data ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })),
  ];
  const page = log.data;
  const filtered = Object.keys(filter).length > 0;

  return (
    <Page title={t('audit.title')} intro={t('audit.intro')} actions={<VerifyChain />}>
      <form className="filter-bar audit-filter" onSubmit={applyFilter} noValidate aria-label={t('audit.filterApply')}>
        <TextField type="date" label={t('audit.filterFrom')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} error={problems.from} name="from" />
        <TextField type="date" label={t('audit.filterTo')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} error={problems.to} name="to" />
        <SelectField
          label={t('audit.filterCentre')}
          value={draft.centre}
          onChange={(centre) => setDraft({ ...draft, centre })}
          placeholder={t('audit.filterAllCentres')}
          options={centreOptions}
          name="centre"
        />
        <TextField
          label={t('audit.filterActor')}
          hint={t('audit.filterActorHint')}
          value={draft.actor}
          onChange={(actor) => setDraft({ ...draft, actor })}
          name="actor"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={100}
          list="audit-actors"
        />
        <datalist id="audit-actors">
          {(users.data ?? []).map((u) => (
            <option key={u.id} value={u.username} />
          ))}
        </datalist>
        <SelectField
          label={t('audit.filterAction')}
          value={draft.action}
          onChange={(action) => setDraft({ ...draft, action })}
          placeholder={t('audit.filterAllActions')}
          options={actions}
          name="action"
        />
        <p className="field-hint field-wide">{t('audit.filterDatesHint')}</p>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('audit.filterApply')}
          </button>
          {(filtered || draft !== EMPTY) && (
            <button type="button" className="button button-link" onClick={clearFilter}>
              {t('audit.filterClear')}
            </button>
          )}
        </div>
      </form>
      <LoadState query={log} />
      {page && page.total === 0 && <p className="empty-state">{t('audit.empty')}</p>}
      {page && page.items.length > 0 && (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption>{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('audit.seq')}
                </th>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.subject')}</th>
                <th scope="col">{t('audit.centre')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((entry) => {
                const centre = entry.centre ? byCode.get(entry.centre) : undefined;
                return (
                  <tr key={entry.seq}>
                    <th scope="row" className="num">
                      {entry.seq}
                    </th>
                    <td className="nowrap">
                      <time dateTime={entry.at}>{formatDateTime(entry.at, centre?.timezone)}</time>
                    </td>
                    <td className="code">{entry.actorUsername}</td>
                    <td>{actionLabel(entry)}</td>
                    <td>
                      {subjectLabel(entry)}
                      <span className="code-note">{subjectName(entry)}</span>
                    </td>
                    <td>{entry.centre ? (centre?.name ?? entry.centre) : t('audit.none')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page && page.total > 0 && (
        <Pager total={page.total} offset={page.offset} limit={page.limit} onChange={setWindow} label={t('audit.caption')} busy={log.isFetching} />
      )}
    </Page>
  );
}
