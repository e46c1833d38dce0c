import { useCallback } from 'react';
import { api } from '../../api.ts';
import { useLoad } from '../../useLoad.ts';
import { BED_KINDS } from '../../vocabulary.ts';

/** The active cells and units of a centre, as suggestions for a destination input (a datalist). */
export function CellSuggestions({ centre, listId }: { centre: string; listId: string }) {
  const fetchCells = useCallback(
    () => api.centreTree(centre).then((tree) => tree.locations.filter((l) => BED_KINDS.includes(l.kind) && l.status === 'active')),
    [centre],
  );
  const [load] = useLoad(fetchCells, centre);
  return (
    <datalist id={listId}>
      {load.status === 'ready' && load.data.map((l) => <option key={l.code} value={l.code} label={l.name} />)}
    </datalist>
  );
}
