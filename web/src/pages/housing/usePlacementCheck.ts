import { useEffect, useState } from 'react';
import type { PlacementCheck } from '../../../../src/modules/housing/schemas.ts';
import { usePlacementCheckQuery } from './queries.ts';

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; cell: string }
  | { status: 'error'; cell: string; error: unknown }
  | { status: 'ready'; cell: string; check: PlacementCheck };

const CELL = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** How long typing must pause before the check runs. */
const PAUSE_MS = 350;

/** `value` once it has stayed the same for `ms`. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The placement check of moving a person into `cell`, run as soon as a cell is chosen (after a
 * short pause while typing): a query keyed by person, cell and language, so that only the answer
 * for the latest cell is shown. `recheck` asks again at once (after the server found that
 * something changed).
 */
export function usePlacementCheck(person: string, cell: string): [CheckState, () => void] {
  const settled = useSettled(cell, PAUSE_MS);
  const asked = CELL.test(cell) && settled === cell ? cell : null;
  const query = usePlacementCheckQuery(person, asked);
  const recheck = () => void query.refetch();

  if (!CELL.test(cell)) return [{ status: 'idle' }, recheck];
  if (asked === null || query.isFetching) return [{ status: 'checking', cell }, recheck];
  if (query.isError) return [{ status: 'error', cell, error: query.error }, recheck];
  if (query.data) return [{ status: 'ready', cell, check: query.data }, recheck];
  return [{ status: 'checking', cell }, recheck];
}
