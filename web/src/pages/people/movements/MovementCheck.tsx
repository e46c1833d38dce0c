import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { rollApi } from '../../../api-roll.ts';
import { useI18n } from '../../../i18n/index.ts';
import { PlacementCheckPanel } from '../../housing/PlacementCheckPanel.tsx';
import { usePlacementCheck, type CheckState } from '../../housing/usePlacementCheck.ts';
import { isCellCode } from './rules.ts';

/**
 * Blocking reasons the movement itself answers: the person comes back (from court, hospital, a
 * journey, an escape) or returns to their own cell. The roll's placement guard refuses only the
 * others (full, wrong sex or regime, a non-association, a closed cell).
 */
const ANSWERED_BY_THE_MOVEMENT = new Set(['PLACEMENT_NOT_IN_CUSTODY', 'PLACEMENT_NOT_PRESENT', 'PLACEMENT_ALREADY_THERE']);
/** How long typing must pause before the check runs (as the cell-move screen). */
const PAUSE_MS = 350;

/**
 * The check of receiving someone en route to `centre` into `cell`, asked of the roll: the
 * receiving centre's staff do not see the person's file (nor housing's check) until they arrive.
 */
function useArrivalCheck(centre: string | null, person: string, cell: string): CheckState {
  const { language } = useI18n();
  const [settled, setSettled] = useState(cell);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(cell), PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [cell]);
  const asked = centre !== null && isCellCode(cell) && settled === cell;
  const query = useQuery({
    // Not under `roll`: recording the arrival must not ask again about someone no longer en route.
    queryKey: ['arrival-check', centre ?? '', person, cell, language],
    queryFn: () => rollApi.arrivalCheck(centre ?? '', person, cell),
    enabled: asked,
    staleTime: 0,
    gcTime: 0,
  });
  if (centre === null || !isCellCode(cell)) return { status: 'idle' };
  if (!asked || query.isFetching) return { status: 'checking', cell };
  if (query.isError) return { status: 'error', cell, error: query.error };
  if (query.data) return { status: 'ready', cell, check: query.data };
  return { status: 'checking', cell };
}

export interface MovementCheck {
  state: CheckState;
  /** The server would refuse the movement into this cell. */
  blocked: boolean;
}

/**
 * The placement check of a movement that puts a person in `cell` (a return into another cell, an
 * arrival at `arrivalAt`, a recapture, a transfer into a cell), without the reasons the movement
 * answers and without overrides (only the cell-move screen has them).
 */
export function useMovementCheck(person: string, cell: string, arrivalAt: string | null = null): MovementCheck {
  const code = isCellCode(cell) ? cell : '';
  const [housing] = usePlacementCheck(person, arrivalAt ? '' : code);
  const arrival = useArrivalCheck(arrivalAt, person, arrivalAt ? code : '');
  const state = arrivalAt ? arrival : housing;
  if (state.status !== 'ready') return { state, blocked: false };
  const blocking = state.check.blocking.filter((b) => !ANSWERED_BY_THE_MOVEMENT.has(b.code)).map((b) => ({ ...b, overridable: false }));
  return { state: { ...state, check: { ...state.check, blocking, allowed: blocking.length === 0 } }, blocked: blocking.length > 0 };
}

/** The outcome of the check for the chosen cell, or nothing while no cell is chosen. */
export function MovementCheckPanel({ check }: { check: MovementCheck }) {
  if (check.state.status === 'idle') return null;
  return <PlacementCheckPanel state={check.state} />;
}
