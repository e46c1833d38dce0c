import { useCallback, useState } from 'react';
import { housingApi } from '../../api-housing.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { mayHousing } from '../housing/roles.ts';
import { GroupForm } from './GroupForm.tsx';
import { groupPath } from './paths.ts';

/** Every criminal group recorded: kind, parent group, aliases and members today; a form to record one. */
export function GroupsPage() {
  const { t, formatNumber } = useI18n();
  const { user } = useSession();
  const fetchGroups = useCallback(
    () =>
      Promise.all([housingApi.groups(), housingApi.graph()]).then(([list, graph]) => ({
        groups: list.groups,
        members: new Map(graph.nodes.map((n) => [n.code, n.members])),
      })),
    [],
  );
  const [load, reload] = useLoad(fetchGroups);
  const [adding, setAdding] = useState(false);
  const none = <span className="muted">—</span>;
  const nameOf = (code: string) => (load.status === 'ready' ? (load.data.groups.find((g) => g.code === code)?.name ?? code) : code);

  return (
    <Page
      title={t('groups.title')}
      intro={t('groups.intro')}
      actions={
        <Link to="/groups/graph" className="button button-secondary">
          {t('groups.toGraph')}
        </Link>
      }
    >
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && (
        <>
          {mayHousing(user, 'group.manage') && (
            <section className="panel" aria-label={t('groupForm.newTitle')}>
              {adding ? (
                <GroupForm groups={load.data.groups} onSaved={(g) => navigate(groupPath(g.code))} onCancel={() => setAdding(false)} />
              ) : (
                <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
                  {t('groupForm.newTitle')}
                </button>
              )}
            </section>
          )}
          {load.data.groups.length === 0 ? (
            <p className="empty-state">{t('groups.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table" data-testid="groups-table">
                <caption>{t('groups.caption', { count: load.data.groups.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('groups.col.code')}</th>
                    <th scope="col">{t('groups.col.name')}</th>
                    <th scope="col">{t('groups.col.kind')}</th>
                    <th scope="col">{t('groups.col.parent')}</th>
                    <th scope="col">{t('groups.col.aliases')}</th>
                    <th scope="col" className="num">
                      {t('groups.col.members')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {load.data.groups.map((g) => (
                    <tr key={g.code} data-group={g.code}>
                      <td className="code">{g.code}</td>
                      <th scope="row">
                        <Link to={groupPath(g.code)}>{g.name}</Link>
                      </th>
                      <td>{t(`groupKind.${g.kind}`)}</td>
                      <td>{g.parent ? <Link to={groupPath(g.parent)}>{nameOf(g.parent)}</Link> : none}</td>
                      <td>{g.aliases.length > 0 ? g.aliases.join(', ') : none}</td>
                      <td className="num">{formatNumber(load.data.members.get(g.code) ?? 0)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
