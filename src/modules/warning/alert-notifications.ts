import { EventEmitter } from 'node:events';
import type { AlertNotification } from './schemas.ts';

const bus = new EventEmitter();
bus.setMaxListeners(0);

/**
 * Tells listeners in this process that a critical alert was raised, or an open alert became
 * critical (after the commit). The stream (`GET /alerts/stream`) relays it to the readers of the
 * centre; it carries no reasons and no people. (Several server processes on one PostgreSQL would
 * relay this through LISTEN/NOTIFY, as the roll's events would.)
 */
export function notifyCriticalAlert(notification: AlertNotification): void {
  bus.emit('critical', notification);
}

/** Subscribes to critical alerts; returns the function that unsubscribes. */
export function onCriticalAlert(listener: (notification: AlertNotification) => void): () => void {
  bus.on('critical', listener);
  return () => bus.off('critical', listener);
}
