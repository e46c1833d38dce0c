import { useCallback, useState, type FormEvent } from 'react';
import { api, type AuditEntry } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { hasMessage, useI18n } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { VerifyChain } from './VerifyChain.tsx';

const PAGE_SIZE = 100;
const loadUsernames = () => api.users().then((r) => new Map(r.users.map((u) => [u.id, u.username])));

interface Filter {
  actor: string;
  action: string;
}

/** The audit log, newest first, with filters, older pages on request, and the chain check. */
export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const [filter, setFilter] = useState<Filter>({ actor: '', action: '' });
  const [draft, setDraft] = useState<Filter>({ actor: '', action: '' });
  const fetchFirst = useCallback(() => api.audit({ ...filter, limit: PAGE_SIZE }).then((r) => r.entries), [filter]);
  const [load, reload, replace] = useLoad(fetchFirst, filter);
  // Users appear in the log by id: show their usernames next to it.
  const [usernames] = useLoad(loadUsernames);
  const [more, setMore] = useState<{ busy: boolean; error: string | null; done: boolean }>({ busy: false, error: null, done: false });

  const entries = load.status === 'ready' ? load.data : [];
  const hasMore = entries.length > 0 && entries.length % PAGE_SIZE === 0 && !more.done;

  async function loadMore() {
    const last = entries[entries.length - 1];
    if (!last) return;
    setMore({ busy: true, error: null, done: false });
    try {
      const older = (await api.audit({ ...filter, before: last.seq, limit: PAGE_SIZE })).entries;
      replace([...entries, ...older]);
      setMore({ busy: false, error: null, done: older.length < PAGE_SIZE });
    } catch (failure) {
      setMore({ busy: false, error: errorText(failure, t), done: false });
    }
  }

  function applyFilter(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMore({ busy: false, error: null, done: false });
    setFilter({ actor: draft.actor.trim(), action: draft.action.trim() });
  }

  function clearFilter() {
    setDraft({ actor: '', action: '' });
    setMore({ busy: false, error: null, done: false });
    setFilter({ actor: '', action: '' });
  }

  const actionLabel = (entry: AuditEntry) => {
    const key = `auditAction.${entry.action}`;
    return hasMessage(key) ? t(key) : entry.action;
  };
  const subjectLabel = (entry: AuditEntry) => {
    const key = `auditSubject.${entry.subjectType}`;
    const type = hasMessage(key) ? t(key) : entry.subjectType;
    const name = entry.subjectType === 'user' && usernames.status === 'ready' ? usernames.data.get(entry.subjectId) : undefined;
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
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && entries.length === 0 && <p className="empty-state">{t('audit.empty')}</p>}
      {load.status === 'ready' && entries.length > 0 && (
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
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
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
      {more.error && <ErrorAlert>{more.error}</ErrorAlert>}
      {load.status === 'ready' && hasMore && (
        <div className="form-actions">
          <button type="button" className="button button-secondary" onClick={loadMore} disabled={more.busy}>
            {more.busy ? t('app.loading') : t('audit.loadMore')}
          </button>
        </div>
      )}
    </Page>
  );
}
