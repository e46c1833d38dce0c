import { useMemo, useState, type FormEvent } from 'react';
import type { AuditEntry } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { hasMessage, useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { useAuditLog, useUsers } from './queries.ts';
import { VerifyChain } from './VerifyChain.tsx';

interface Filter {
  actor: string;
  action: string;
}

/** The audit log, newest first, with filters, older pages on request, and the chain check. */
export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const [filter, setFilter] = useState<Filter>({ actor: '', action: '' });
  const [draft, setDraft] = useState<Filter>({ actor: '', action: '' });
  const log = useAuditLog(filter);
  // Users appear in the log by id: show their usernames next to it.
  const users = useUsers();
  const usernames = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.username])), [users.data]);
  // Each entry at the time of its centre's clock; entries of no centre in the national zone.
  const centres = useCentres();
  const zones = useMemo(() => new Map((centres.data ?? []).map((c) => [c.code, c.timezone])), [centres.data]);

  const entries = useMemo(() => log.data?.pages.flat() ?? [], [log.data]);

  function applyFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilter({ actor: draft.actor.trim(), action: draft.action.trim() });
  }

  function clearFilter() {
    setDraft({ actor: '', action: '' });
    setFilter({ actor: '', action: '' });
  }

  const actionLabel = (entry: AuditEntry) => {
    const key = `auditAction.${entry.action}`;
    return hasMessage(key) ? t(key) : entry.action;
  };
  const subjectLabel = (entry: AuditEntry) => {
    const key = `auditSubject.${entry.subjectType}`;
    const type = hasMessage(key) ? t(key) : entry.subjectType;
    const name = entry.subjectType === 'user' ? usernames.get(entry.subjectId) : undefined;
    return name ? `${type} ${name}` : type;
  };

  return (
    <Page title={t('audit.title')} intro={t('audit.intro')} actions={<VerifyChain />}>
      <form className="filter-bar" onSubmit={applyFilter}>
        <TextField
          label={t('audit.filterActor')}
          value={draft.actor}
          onChange={(actor) => setDraft({ ...draft, actor })}
          name="actor"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
        />
        <TextField
          label={t('audit.filterAction')}
          value={draft.action}
          onChange={(action) => setDraft({ ...draft, action })}
          name="action"
          autoComplete="off"
          spellCheck={false}
          maxLength={60}
          hint={t('audit.filterActionHint')}
        />
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('audit.filterApply')}
          </button>
          {(filter.actor || filter.action) && (
            <button type="button" className="button button-link" onClick={clearFilter}>
              {t('audit.filterClear')}
            </button>
          )}
        </div>
      </form>
      <LoadState query={log} />
      {log.data && entries.length === 0 && <p className="empty-state">{t('audit.empty')}</p>}
      {log.data && entries.length > 0 && (
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
              {entries.map((entry) => (
                <tr key={entry.seq}>
                  <th scope="row" className="num">
                    {entry.seq}
                  </th>
                  <td className="nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, entry.centre ? zones.get(entry.centre) : undefined)}</time>
                  </td>
                  <td className="code">{entry.actorUsername}</td>
                  <td>
                    {actionLabel(entry)}
                    <span className="code-note">{entry.action}</span>
                  </td>
                  <td>
                    {subjectLabel(entry)}
                    <span className="code-note">{entry.subjectId}</span>
                  </td>
                  <td className="code">{entry.centre ?? t('audit.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.isFetchNextPageError && <ErrorAlert>{errorText(log.error, t)}</ErrorAlert>}
      {log.hasNextPage && (
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={() => void log.fetchNextPage()} disabled={log.isFetchingNextPage}>
            {log.isFetchingNextPage ? t('app.loading') : t('audit.loadMore')}
          </button>
        </div>
      )}
    </Page>
  );
}
