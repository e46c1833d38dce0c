import { EventEmitter } from 'node:events';
import { systemClock, type Clock } from '../../kernel/clock.ts';

/** That the roll of some centres changed: which centres and when. No personal data. */
export interface RollChange {
  centres: string[];
  at: string;
}

const bus = new EventEmitter();
bus.setMaxListeners(0);

/**
 * Tells listeners in this process that movements were committed. Screens showing a roll
 * subscribe through the server-sent-events endpoint and reload. `at` is when it was announced
 * (after the commit): wall time unless a caller passes another clock. (Several server processes on one
 * PostgreSQL would relay this through LISTEN/NOTIFY; one process serves a deployment today.)
 */
export function notifyRollChanged(centres: Iterable<string>, clock: Clock = systemClock): void {
  const unique = [...new Set(centres)].filter(Boolean);
  if (unique.length > 0) bus.emit('change', { centres: unique, at: clock.now().toISOString() } satisfies RollChange);
}

/** Subscribes to roll changes; returns the function that unsubscribes. */
export function onRollChanged(listener: (change: RollChange) => void): () => void {
  bus.on('change', listener);
  return () => bus.off('change', listener);
}
