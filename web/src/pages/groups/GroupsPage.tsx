import { useState } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { allOf } from '../housing/queries.ts';
import { mayHousing } from '../housing/roles.ts';
import { CountHeader, CountScopeNote } from './CountScope.tsx';
import { GroupForm } from './GroupForm.tsx';
import { groupPath } from './paths.ts';
import { useGroupGraph, useGroups } from './queries.ts';

/** Every criminal group recorded: kind, parent group, aliases and members today; a form to record one. */
export function GroupsPage() {
  const { t, formatNumber } = useI18n();
  const { user } = useSession();
  const groups = useGroups();
  // Today's network gives each group's members, counted in the user's scope.
  const graph = useGroupGraph('');
  const [adding, setAdding] = useState(false);
  const none = <span className="muted">—</span>;
  const list = groups.data;
  const nameOf = (code: string) => list?.find((g) => g.code === code)?.name ?? code;
  const members = new Map(graph.data?.nodes.map((n) => [n.code, n.members]));

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
      <LoadState query={allOf(groups, graph)} />
      {list && graph.data && (
        <>
          {mayHousing(user, 'group.manage') && (
            <section className="panel" aria-label={t('groupForm.newTitle')}>
              {adding ? (
                <GroupForm groups={list} onSaved={(g) => navigate(groupPath(g.code))} onCancel={() => setAdding(false)} />
              ) : (
                <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
                  {t('groupForm.newTitle')}
                </button>
              )}
            </section>
          )}
          {list.length === 0 ? (
            <p className="empty-state">{t('groups.empty')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="data-table" data-testid="groups-table">
                  <caption>{t('groups.caption', { count: list.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('groups.col.code')}</th>
                      <th scope="col">{t('groups.col.name')}</th>
                      <th scope="col">{t('groups.col.kind')}</th>
                      <th scope="col">{t('groups.col.parent')}</th>
                      <th scope="col">{t('groups.col.aliases')}</th>
                      <th scope="col" className="num">
                        <CountHeader label={t('groups.col.members')} scope={graph.data.countScope} />
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((g) => (
                      <tr key={g.code} data-group={g.code}>
                        <td className="code">{g.code}</td>
                        <th scope="row">
                          <Link to={groupPath(g.code)}>{g.name}</Link>
                        </th>
                        <td>{t(`groupKind.${g.kind}`)}</td>
                        <td>{g.parent ? <Link to={groupPath(g.parent)}>{nameOf(g.parent)}</Link> : none}</td>
                        <td>{g.aliases.length > 0 ? g.aliases.join(', ') : none}</td>
                        <td className="num">{formatNumber(members.get(g.code) ?? 0)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <CountScopeNote scope={graph.data.countScope} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
