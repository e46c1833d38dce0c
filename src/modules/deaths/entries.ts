import type { Queryable } from '../../db/engine.ts';
import { isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { DeathCause } from '../../kernel/vocabulary.ts';
import { findLocations } from '../estate/index.ts';
import { findPersons, namesOf, type PersonNames } from '../register/index.ts';
import { listDeaths, type DeathMovement } from '../roll/index.ts';
import { deathAlerts, isOverdue, type DeathAlerts } from './overdue.ts';
import { selectObligations, selectRecords, type DeathRecord, type ObligationRecord } from './repository.ts';
import type { DeathObligation } from './schemas.ts';

/** One entry of the register: the death movement and what the register holds of it. */
export interface RegisterEntry {
  person: PersonNames;
  at: Date;
  centre: string;
  location: string | null;
  lastLocation: string | null;
  /** The names of `location` and `lastLocation` (null when there is none). */
  locationName: string | null;
  lastLocationName: string | null;
  cause: DeathCause;
  detailsRecorded: boolean;
  emergency: string | null;
  alerts: DeathAlerts;
  overdue: boolean;
  record: DeathRecord | null;
  obligations: ObligationRecord[];
}

/** Puts together the entries of these death movements, with their notices as of `now`. */
export async function assembleEntries(db: Queryable, deaths: readonly DeathMovement[], now: Date): Promise<RegisterEntry[]> {
  const people = deaths.map((d) => d.person);
  const [records, obligations, persons] = await Promise.all([selectRecords(db, people), selectObligations(db, people), findPersons(db, people)]);
  const byId = new Map(persons.map((p) => [p.id, p]));
  const places = [...new Set([...records.values()].map((r) => r.location).concat(deaths.map((d) => d.location)).filter((c): c is string => c !== null))];
  const placeNames = new Map(places.length === 0 ? [] : (await findLocations(db, places)).map((l) => [l.code, l.name]));
  const nameOf = (code: string | null) => (code === null ? null : (placeNames.get(code) ?? null));
  return deaths.map((death) => {
    const record = records.get(death.person) ?? null;
    const done = obligations.get(death.person) ?? [];
    const doneAt = new Map<DeathObligation, Date>();
    for (const o of done) {
      const before = doneAt.get(o.obligation as DeathObligation);
      if (before === undefined || o.doneAt.getTime() < before.getTime()) doneAt.set(o.obligation as DeathObligation, o.doneAt);
    }
    const alerts = deathAlerts(death.at, doneAt, now);
    return {
      person: namesOf(death.person, byId.get(death.person)),
      at: death.at,
      centre: death.centre,
      location: record?.location ?? null,
      lastLocation: death.location,
      locationName: nameOf(record?.location ?? null),
      lastLocationName: nameOf(death.location),
      cause: (record?.cause ?? 'pending') as DeathCause,
      detailsRecorded: record !== null && (record.circumstances !== '' || record.foundBy !== null),
      emergency: death.emergency,
      alerts,
      overdue: isOverdue(alerts),
      record,
      obligations: done,
    };
  });
}

/**
 * The death movement of a person whose centre is in the caller's caseload; a person with no
 * death recorded, and one who died elsewhere, are the same NOT_FOUND.
 */
export async function findDeath(db: Queryable, principal: Pick<Principal, 'caseload'>, person: string): Promise<DeathMovement> {
  const [death] = await listDeaths(db, { centres: null, person });
  if (!death || !isInCaseload(principal, death.centre)) throw new AppError('NOT_FOUND');
  return death;
}
