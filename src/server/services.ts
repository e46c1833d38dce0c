import type { Database, DatabaseHandle, Queryable } from '../db/engine.ts';
import type { Principal } from '../kernel/access.ts';
import type { Language } from '../kernel/language.ts';
import type { AuditContext } from '../modules/audit/index.ts';
import { LoginThrottle, prepareDummyHash } from '../modules/auth/index.ts';
import { groupMemberIds } from '../modules/groups/index.ts';
import { checkPlacement, findingDetailFor, guardPlacement, moveToCell, presentAssessment } from '../modules/housing/index.ts';
import { occupancyOf, whereabouts } from '../modules/roll/index.ts';
import { startWarningReevaluation } from '../modules/warning/index.ts';
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
    /** The early warning's re-evaluation off the request path (listening here only when asked: `serve` starts it, see boot.ts). */
    warning: startWarningReevaluation(handle.db, {
      clock,
      listen: config.warningReevaluation === 'on',
      // The embedded engine runs one query at a time: one centre per evaluation, so requests are served between them.
      centresPerEvaluation: handle.engine === 'pglite' ? 1 : undefined,
    }),
    occupancyOf,
    whereabouts,
    /** The group filter of a location's people (roll) reads the group's members (groups: role check and audit). */
    groupMemberIds,
    /** Every live movement into a cell passes the placement check. */
    guardPlacement,
    /** The placement check of an arrival, shown to the receiving centre before it is recorded (roll). */
    placementCheckFor: async (db: Queryable, principal: Principal, input: { person: string; cell: string }, options: { language: Language; clock: Clock }) =>
      presentAssessment(await checkPlacement(db, input.person, input.cell, options.clock.now()), options.language, findingDetailFor(principal)),
    /** An internal move recorded on the roll is a cell move (checked, kept in the cell-move history). */
    cellMove: (db: Database, context: AuditContext, input: { person: string; cell: string; at?: Date; comment: string }) =>
      moveToCell(db, context, { person: input.person, cell: input.cell, reasonCode: 'other', comment: input.comment, ...(input.at ? { at: input.at } : {}) }, { override: false }),
  };
}

export type Services = ReturnType<typeof createServices>;
