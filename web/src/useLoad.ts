import { useCallback, useEffect, useRef, useState } from 'react';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; data: T };

/**
 * Runs `fetcher` on mount, on `reload`, and whenever `key` changes (say, a new filter), keeping
 * only the latest answer. `replace` swaps in data changed locally (after a successful write);
 * `refresh` fetches again but keeps showing the current data until the answer comes (after a
 * write whose effects only the server knows), so that the page does not blank.
 */
export function useLoad<T>(
  fetcher: () => Promise<T>,
  key: unknown = null,
): [Load<T>, () => void, (data: T) => void, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const quiet = useRef(false);

  useEffect(() => {
    let current = true;
    if (!quiet.current) setState((previous) => (previous.status === 'loading' ? previous : { status: 'loading' }));
    quiet.current = false;
    fetcher().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', error }),
    );
    return () => {
      current = false;
    };
    // `fetcher` is read afresh on each run; `key` and `round` say when to run.
  }, [round, key]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  const refresh = useCallback(() => {
    quiet.current = true;
    setRound((n) => n + 1);
  }, []);
  const replace = useCallback((data: T) => setState({ status: 'ready', data }), []);
  return [state, reload, replace, refresh];
}
