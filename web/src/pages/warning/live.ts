import { useEffect, useRef, useState } from 'react';
import { alertNotificationSchema, type AlertNotification } from '../../../../src/modules/warning/schemas.ts';
import { alertStreamUrl } from '../../api-warning.ts';
import type { LiveStatus } from '../roll/live.ts';

/**
 * The critical alerts' server-sent events (GET /alerts/stream), one connection per tab however
 * many parts of the page follow it (the shell's notice, a board): the stream is opened for the
 * first listener and closed after the last. It carries every centre of the caseload; a listener
 * filters. After a lost connection comes back, listeners are told (`onResumed`): alerts may have
 * been raised meanwhile. The browser retries network failures itself; a refused stream (an
 * expired session, say) is opened again a little later.
 */

interface Listener {
  onAlert: (alert: AlertNotification) => void;
  onResumed: () => void;
  onStatus: (status: LiveStatus) => void;
}

const RETRY_MS = 10_000;

const listeners = new Set<Listener>();
let source: EventSource | null = null;
let retry: number | undefined;
let status: LiveStatus = 'off';
let wasLost = false;

function setStatus(next: LiveStatus): void {
  status = next;
  for (const listener of listeners) listener.onStatus(next);
}

function received(event: MessageEvent<string>): void {
  let data: unknown;
  try {
    data = JSON.parse(event.data);
  } catch {
    data = null;
  }
  const parsed = alertNotificationSchema.safeParse(data);
  if (!parsed.success) {
    // The server and the web drifted apart: a defect, seen by the browser tests (as request.ts does).
    console.error('An alert event does not match its schema', parsed.error.issues);
    return;
  }
  for (const listener of listeners) listener.onAlert(parsed.data);
}

function connect(): void {
  setStatus(wasLost ? 'lost' : 'connecting');
  const opened = new EventSource(alertStreamUrl());
  source = opened;
  opened.addEventListener('open', () => {
    setStatus('open');
    if (wasLost) for (const listener of listeners) listener.onResumed();
    wasLost = false;
  });
  opened.addEventListener('alert', received as EventListener);
  opened.addEventListener('error', () => {
    wasLost = true;
    setStatus('lost');
    if (opened.readyState === EventSource.CLOSED && source === opened) {
      opened.close();
      source = null;
      retry = window.setTimeout(connect, RETRY_MS);
    }
  });
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) connect();
  else listener.onStatus(status);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.clearTimeout(retry);
    source?.close();
    source = null;
    wasLost = false;
    status = 'off';
  };
}

/**
 * Follows the critical alerts while `enabled`: `onAlert` for each one raised (or become
 * critical) at a centre of the caseload, `onResumed` when the connection comes back after being
 * lost. Answers whether the stream is open.
 */
export function useAlertStream(enabled: boolean, onAlert: (alert: AlertNotification) => void, onResumed: () => void = () => {}): LiveStatus {
  const [current, setCurrent] = useState<LiveStatus>(enabled ? 'connecting' : 'off');
  const latest = useRef({ onAlert, onResumed });
  useEffect(() => {
    latest.current = { onAlert, onResumed };
  });
  useEffect(() => {
    if (!enabled) {
      setCurrent('off');
      return;
    }
    return subscribe({
      onAlert: (alert) => latest.current.onAlert(alert),
      onResumed: () => latest.current.onResumed(),
      onStatus: setCurrent,
    });
  }, [enabled]);
  return current;
}
