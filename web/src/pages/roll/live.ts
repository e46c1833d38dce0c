import { useEffect, useRef, useState } from 'react';
import { rollStreamUrl } from '../../api-roll.ts';

export type LiveStatus = 'off' | 'connecting' | 'open' | 'lost';

const RETRY_MS = 10_000;
/** Several movements in a burst (a declaration of escapes, a transfer) make one reload. */
const SETTLE_MS = 250;

/**
 * Follows the roll's server-sent events (GET /roll/stream) while `enabled`, and calls
 * `onChange` each time the roll of a centre shown changes; also after a lost connection comes
 * back, since changes may have been missed meanwhile. The browser retries network failures by
 * itself; a refused stream (say, an expired session) is retried here, a little later.
 */
export function useRollStream(centre: string | undefined, enabled: boolean, onChange: () => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>(enabled ? 'connecting' : 'off');
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  useEffect(() => {
    if (!enabled) {
      setStatus('off');
      return;
    }
    let source: EventSource | null = null;
    let retry: number | undefined;
    let settle: number | undefined;
    let wasLost = false;
    let stopped = false;

    const changed = () => {
      window.clearTimeout(settle);
      settle = window.setTimeout(() => latest.current(), SETTLE_MS);
    };

    const connect = () => {
      setStatus(wasLost ? 'lost' : 'connecting');
      source = new EventSource(rollStreamUrl(centre));
      source.addEventListener('open', () => {
        setStatus('open');
        if (wasLost) changed();
        wasLost = false;
      });
      // The event names the centres changed ({centres, at}); the stream is already of the centres shown.
      source.addEventListener('roll', changed);
      source.addEventListener('error', () => {
        wasLost = true;
        setStatus('lost');
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          source.close();
          retry = window.setTimeout(connect, RETRY_MS);
        }
      });
    };
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      window.clearTimeout(settle);
      source?.close();
    };
  }, [centre, enabled]);

  return status;
}
