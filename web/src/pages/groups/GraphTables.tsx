import type { GroupGraphView } from '../../../../src/modules/groups/schemas.ts';
import { hasMessage, useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { CountHeader, CountScopeNote } from './CountScope.tsx';
import { groupPath } from './paths.ts';
import { RelationBadge } from './RelationBadge.tsx';

/** The graph as tables: each relation in force, and each group with its members (what the drawing shows). */
export function GraphTables({ graph }: { graph: GroupGraphView }) {
  const { t, formatDate, formatNumber } = useI18n();
  const nameOf = (code: string) => graph.nodes.find((n) => n.code === code)?.name ?? code;
  const groupLink = (code: string) => <Link to={groupPath(code)}>{nameOf(code)}</Link>;
  const none = <span className="muted">—</span>;
  const confidenceName = (confidence: string) => {
    const key = `confidence.${confidence}`;
    return hasMessage(key) ? t(key) : confidence;
  };
  return (
    <>
      <section aria-labelledby="graph-relations">
        <h2 id="graph-relations">{t('graph.relations')}</h2>
        {graph.edges.length === 0 ? (
          <p className="muted">{t('graph.relationsNone')}</p>
        ) : (
          <div className="table-wrap">
            <table className="data-table data-table-compact" data-testid="graph-relations">
              <caption>{t('graph.relationsCaption', { count: graph.edges.length, day: formatDate(graph.day) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('graph.col.group')}</th>
                  <th scope="col">{t('group.col.relation')}</th>
                  <th scope="col">{t('graph.col.other')}</th>
                  <th scope="col">{t('group.col.since')}</th>
                  <th scope="col">{t('group.col.confidence')}</th>
                </tr>
              </thead>
              <tbody>
                {graph.edges.map((e) => (
                  <tr key={e.id} data-edge={e.id}>
                    <th scope="row">{groupLink(e.source)}</th>
                    <td>
                      <RelationBadge kind={e.kind} />
                    </td>
                    <td>{groupLink(e.target)}</td>
                    <td className="nowrap">{e.since ? formatDate(e.since) : none}</td>
                    <td>{e.confidence ? confidenceName(e.confidence) : none}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="graph-groups">
        <h2 id="graph-groups">{t('graph.groups')}</h2>
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption>{t('graph.groupsCaption', { count: graph.nodes.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.col.name')}</th>
                <th scope="col">{t('groups.col.kind')}</th>
                <th scope="col" className="num">
                  <CountHeader label={t('groups.col.members')} scope={graph.countScope} />
                </th>
                <th scope="col" className="num">
                  <CountHeader label={t('graph.col.leaders')} scope={graph.countScope} />
                </th>
              </tr>
            </thead>
            <tbody>
              {[...graph.nodes]
                .sort((a, b) => b.members - a.members || a.name.localeCompare(b.name))
                .map((n) => (
                  <tr key={n.code}>
                    <th scope="row">{groupLink(n.code)}</th>
                    <td>{t(`groupKind.${n.kind}`)}</td>
                    <td className="num">{formatNumber(n.members)}</td>
                    <td className="num">{formatNumber(n.leaders)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
        <CountScopeNote scope={graph.countScope} />
      </section>
    </>
  );
}
