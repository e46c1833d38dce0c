import './errors.ts';
/**
 * The deaths-in-custody register (Mandela rules 71–72): every `death` movement of the roll is an
 * entry; the register adds the place, cause and its history, circumstances, and the obligations
 * that follow a death, with the 24-hour notices flagged when overdue.
 */
export { recordDeath } from './record-death.ts';
export { changeCause } from './change-cause.ts';
export { recordObligation, type ObligationInput } from './record-obligation.ts';
export { getDeath, type DeathEntryDetail } from './get-death.ts';
export { listRegister, listRegisterEntries, type RegisterPeriod, type RegisterQuery } from './list-register.ts';
export { assembleEntries, findDeath, type RegisterEntry } from './entries.ts';
export { selectRecords as readDeathRecords, type DeathRecord } from './repository.ts';
export { deathAlerts, isOverdue, NOTICE_HOURS, type DeathAlerts } from './overdue.ts';
export { DEATH_PERMISSIONS } from './policy.ts';
export { DEATH_OBLIGATIONS, type DeathObligation } from './schemas.ts';
export { allDeathRecordsForExport, insertImportedDeaths, insertImportedObligations, peopleWithDeathRecords, type ImportedObligation, type InterchangeDeath } from './interchange.ts';
