import type { Choice } from '../../components/SelectField.tsx';
import { useTreeOf } from '../roll/queries.ts';

/**
 * A centre's locations to choose from, in tree order, each indented under its pavilion and named
 * with its code ("Ala A · LIT-P1-A"); none while the tree loads or without a centre.
 */
export function useCentrePlaces(centre: string): Choice[] {
  const tree = useTreeOf(centre);
  const locations = tree.data?.locations ?? [];
  const top = Math.min(...locations.map((l) => l.depth));
  return locations.map((l) => ({ value: l.code, label: `${'\u00a0\u00a0'.repeat(l.depth - top)}${l.name} · ${l.code}` }));
}
