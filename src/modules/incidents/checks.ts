import type { Queryable } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { findEmergency } from '../emergency/index.ts';
import { findLocations } from '../estate/index.ts';
import { findStays } from '../roll/index.ts';

/** How far ahead of the clock a start time may be (clocks differ a little). */
export const START_TOLERANCE_MS = 5 * 60_000;

/** Refuses a start time in the future (beyond a few minutes); the field is `field`. */
export function checkStart(startedAt: Date, now: Date, field = 'startedAt'): void {
  if (startedAt.getTime() > now.getTime() + START_TOLERANCE_MS) throw new AppError('INCIDENT_START_IN_FUTURE', { at: startedAt.toISOString() }, field);
}

/** Refuses an end before the start, on the field `endedAt`. */
export function checkEnd(startedAt: Date, endedAt: Date | null): void {
  if (endedAt && endedAt.getTime() < startedAt.getTime()) {
    throw new AppError('INCIDENT_ENDS_BEFORE_START', { endedAt: endedAt.toISOString(), startedAt: startedAt.toISOString() }, 'endedAt');
  }
}

/** Refuses locations that are not of the centre (the estate says where each is). */
export async function checkLocations(db: Queryable, centre: string, codes: readonly (string | null)[], field = 'location'): Promise<void> {
  const wanted = [...new Set(codes.filter((c): c is string => c !== null))];
  if (wanted.length === 0) return;
  const found = new Map((await findLocations(db, wanted)).map((l) => [l.code, l.centre]));
  const elsewhere = wanted.find((code) => found.get(code) !== centre);
  if (elsewhere) throw new AppError('INCIDENT_LOCATION_ELSEWHERE', { location: elsewhere, centre }, field);
}

const EVERY_CENTRE = { caseload: { all: true, centres: [] } };

/** Refuses an emergency that is not of the centre. */
export async function checkEmergency(db: Queryable, centre: string, emergency: string | null): Promise<void> {
  if (emergency === null) return;
  const found = await findEmergency(db, EVERY_CENTRE, emergency);
  if (found.centre !== centre) throw new AppError('INCIDENT_EMERGENCY_ELSEWHERE', { centre }, 'emergency');
}

/** Refuses people who were not on the roll of the centre (in any state) when the incident started. */
export async function checkInCustody(db: Queryable, people: readonly string[], centre: string, at: Date, field = 'person'): Promise<void> {
  const wanted = [...new Set(people)];
  if (wanted.length === 0) return;
  const present = new Set((await findStays(db, { centre, at, people: wanted })).map((s) => s.person));
  const absent = wanted.find((p) => !present.has(p));
  if (absent) throw new AppError('INCIDENT_PERSON_NOT_IN_CUSTODY', { person: absent, centre, at: at.toISOString() }, field);
}
