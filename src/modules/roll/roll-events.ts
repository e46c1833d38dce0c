import { EventEmitter } from 'node:events';

/** That the roll of some centres changed: which centres and when. No personal data. */
export interface RollChange {
  centres: string[];
  at: string;
}

const bus = new EventEmitter();
bus.setMaxListeners(0);

/**
 * Tells listeners in this process that movements were committed. Screens showing a roll
 * subscribe through the server-sent-events endpoint and reload. (Several server processes on one
 * PostgreSQL would relay this through LISTEN/NOTIFY; one process serves a deployment today.)
 */
export function notifyRollChanged(centres: Iterable<string>): void {
  const unique = [...new Set(centres)].filter(Boolean);
  if (unique.length > 0) bus.emit('change', { centres: unique, at: new Date().toISOString() } satisfies RollChange);
}

/** Subscribes to roll changes; returns the function that unsubscribes. */
export function onRollChanged(listener: (change: RollChange) => void): () => void {
  bus.on('change', listener);
  return () => bus.off('change', listener);
}
