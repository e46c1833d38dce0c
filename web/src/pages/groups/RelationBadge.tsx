import type { GraphEdgeKind } from '../../api-housing.ts';
import { useI18n } from '../../i18n/index.ts';

const CLASS: Record<GraphEdgeKind, string> = { rival: 'badge-danger', allied: 'badge-ok', faction_of: 'badge-off' };

/** Rivalry, alliance or faction, in words and colour (the graph's colours). */
export function RelationBadge({ kind }: { kind: GraphEdgeKind }) {
  const { t } = useI18n();
  return <span className={`badge ${CLASS[kind]}`}>{t(`groupRelation.${kind}`)}</span>;
}
