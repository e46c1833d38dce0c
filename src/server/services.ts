import type { Database, DatabaseHandle } from '../db/engine.ts';
import type { AuditContext } from '../modules/audit/index.ts';
import { LoginThrottle, prepareDummyHash } from '../modules/auth/index.ts';
import { guardPlacement, moveToCell } from '../modules/housing/index.ts';
import { occupancyOf, whereabouts } from '../modules/roll/index.ts';
import { systemClock, type Clock } from '../kernel/clock.ts';
import type { Config } from './config.ts';

/**
 * The composition root: every long-lived part of the application, built once from the
 * configuration and the open database. Tests build their own with fakes where they need them.
 */
export function createServices(handle: DatabaseHandle, config: Config, clock: Clock = systemClock) {
  // Unknown usernames are checked against a dummy hash (equal timing); compute it now.
  void prepareDummyHash();
  return {
    db: handle.db,
    clock,
    engine: handle.engine,
    config,
    loginThrottle: new LoginThrottle(config.login.attemptsPerMinutePerIp),
    loginSettings: {
      maxFailures: config.login.maxFailures,
      lockMinutes: config.login.lockMinutes,
      sessionMaxHours: config.session.maxHours,
    },
    sessionSettings: { idleMinutes: config.session.idleMinutes },
    occupancyOf,
    whereabouts,
    /** Every live movement into a cell passes the placement check. */
    guardPlacement,
    /** An internal move recorded on the roll is a cell move (checked, kept in the cell-move history). */
    cellMove: (db: Database, context: AuditContext, input: { person: string; cell: string; at?: Date; comment: string }) =>
      moveToCell(db, context, { person: input.person, cell: input.cell, reasonCode: 'other', comment: input.comment, ...(input.at ? { at: input.at } : {}) }, { override: false }),
  };
}

export type Services = ReturnType<typeof createServices>;
