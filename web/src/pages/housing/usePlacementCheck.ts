import { useCallback, useEffect, useRef, useState } from 'react';
import { housingApi, type PlacementCheck } from '../../api-housing.ts';
import { useI18n } from '../../i18n/index.ts';

export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; cell: string }
  | { status: 'error'; cell: string; error: unknown }
  | { status: 'ready'; cell: string; check: PlacementCheck };

const CELL = /^[A-Z0-9][A-Z0-9-]{0,39}$/;
/** How long typing must pause before the check runs. */
const PAUSE_MS = 350;

/**
 * The placement check of moving a person into `cell`, run as soon as a cell is chosen (after a
 * short pause while typing); only the answer for the latest cell is kept. `recheck` runs it
 * again at once (after the server found that something changed).
 */
export function usePlacementCheck(person: string, cell: string): [CheckState, () => void] {
  const [state, setState] = useState<CheckState>({ status: 'idle' });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  // The findings come written in the user's language: checked again when it changes.
  const { language } = useI18n();

  useEffect(() => {
    const ask = ++latest.current;
    if (!CELL.test(cell)) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'checking', cell });
    const timer = window.setTimeout(() => {
      housingApi.placementCheck(person, cell).then(
        (check) => ask === latest.current && setState({ status: 'ready', cell, check }),
        (error: unknown) => ask === latest.current && setState({ status: 'error', cell, error }),
      );
    }, PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [person, cell, round, language]);

  const recheck = useCallback(() => setRound((n) => n + 1), []);
  return [state, recheck];
}
