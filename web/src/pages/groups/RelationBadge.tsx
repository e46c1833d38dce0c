import type { GraphEdge } from '../../../../src/modules/groups/schemas.ts';
import { useI18n } from '../../i18n/index.ts';

const CLASS: Record<GraphEdge['kind'], string> = { rival: 'badge-danger', allied: 'badge-ok', faction_of: 'badge-off' };

/** Rivalry, alliance or faction, in words and colour (the graph's colours). */
export function RelationBadge({ kind }: { kind: GraphEdge['kind'] }) {
  const { t } = useI18n();
  return <span className={`badge ${CLASS[kind]}`}>{t(`groupRelation.${kind}`)}</span>;
}
