import { useBedLocations } from './queries.ts';

/** The active cells and units of a centre, as suggestions for a destination input (a datalist). */
export function CellSuggestions({ centre, listId }: { centre: string; listId: string }) {
  const cells = useBedLocations(centre);
  return (
    <datalist id={listId}>
      {cells.map((l) => (
        <option key={l.code} value={l.code} label={l.name} />
      ))}
    </datalist>
  );
}
