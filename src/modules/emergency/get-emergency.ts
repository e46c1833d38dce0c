import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { VerificationStatus } from '../../kernel/vocabulary.ts';
import { findPersons, namesOf, type Person } from '../register/index.ts';
import { findStays, loadStates, type PersonState } from '../roll/index.ts';
import { activeAt, listEmergencyRows, listedRows, loadEmergency, type Emergency, type EmergencyPersonRow } from './repository.ts';
import type { DetailPeople } from './schemas.ts';
import { summarise, type EmergencySummary } from './summarise.ts';

type Viewer = Pick<Principal, 'caseload'>;

/** A person on the frozen list: what was expected, what was found, where they are now. */
export interface ListedPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  expectedLocation: string | null;
  status: VerificationStatus;
  note: string | null;
  markedAt: Date | null;
  markedBy: string | null;
  /** Their state on the roll now; null = no longer in custody (dead, released). */
  state: PersonState['state'] | null;
  recaptured: boolean;
}

/** Someone on the centre's roll but not inside when the emergency was declared. */
export interface AbsentPerson {
  id: string;
  givenNames: string;
  familyNames: string;
  state: 'out' | 'en_route';
  outReason: PersonState['outReason'];
  destination: string | null;
}

export interface EmergencyDetail extends EmergencySummary {
  people: ListedPerson[];
  /** Out at court or hospital, or en route, at the declaration: not expected inside. */
  out: AbsentPerson[];
}

/** An emergency as the user may see it: outside the caseload it does not exist. */
export async function findEmergency(db: Queryable, principal: Viewer, id: string): Promise<Emergency> {
  const emergency = await loadEmergency(db, id);
  if (!isInCaseload(principal, emergency.centre)) throw new AppError('EMERGENCY_NOT_FOUND', { id }, 'emergency');
  return emergency;
}

/** The emergencies of the centres in the caseload (or of one centre, or of one status), newest first. */
export async function listEmergencies(
  db: Queryable,
  principal: Viewer,
  options: { centre?: string | undefined; status?: Emergency['status'] | undefined } = {},
): Promise<EmergencySummary[]> {
  if (options.centre && !isInCaseload(principal, options.centre)) return [];
  const scope = options.centre ? [options.centre] : caseloadScope(principal);
  if (scope !== null && scope.length === 0) return [];
  const rows = await listEmergencyRows(db, scope);
  return summarise(db, rows.filter((e) => !options.status || e.status === options.status));
}

/** The centre's active emergency, or null. */
export async function activeEmergency(db: Queryable, principal: Viewer, centre: string): Promise<EmergencySummary | null> {
  if (!isInCaseload(principal, centre)) throw new AppError('CENTRE_NOT_FOUND', { code: centre });
  const active = await activeAt(db, centre);
  const [summary] = await summarise(db, active ? [active] : []);
  return summary ?? null;
}

/** The frozen list (or the people of some statuses) with names and where each is now. */
export async function listedPeople(db: Queryable, emergency: string, statuses?: readonly VerificationStatus[]): Promise<{ listed: ListedPerson[]; persons: Map<string, Person> }> {
  return presentListed(db, await listedRows(db, emergency, statuses));
}

/** The statuses `GET /emergencies/:id?people=` includes (undefined: all). */
const DETAIL_STATUSES: Record<DetailPeople, readonly VerificationStatus[] | undefined> = {
  all: undefined,
  marked: ['injured', 'hostage', 'dead', 'escaped'],
  none: [],
};

/** Rows of a frozen list with names (those in `known`, else read) and where each is now. */
export async function presentListed(db: Queryable, rows: readonly EmergencyPersonRow[], known?: Map<string, Person>): Promise<{ listed: ListedPerson[]; persons: Map<string, Person> }> {
  const ids = rows.map((r) => r.person);
  const [found, states] = await Promise.all([known ? [] : findPersons(db, ids), loadStates(db, ids)]);
  const persons = known ?? new Map(found.map((p) => [p.id, p]));
  const listed = rows.map((r): ListedPerson => {
    const p = persons.get(r.person);
    const state = states.get(r.person)?.state.state ?? null;
    return {
      ...namesOf(r.person, p),
      expectedLocation: r.expectedLocation,
      status: r.status as VerificationStatus,
      note: r.note,
      markedAt: r.markedAt,
      markedBy: r.markedBy,
      state,
      recaptured: r.status === 'escaped' && state === 'in',
    };
  });
  return { listed, persons };
}

/**
 * An emergency with its counts, everyone on its frozen list (by expected location, then register
 * number; or only those marked other than verified, or nobody: `people`) and the people who were
 * out or en route when it was declared.
 */
export async function getEmergency(db: Queryable, principal: Viewer, id: string, people: DetailPeople = 'all'): Promise<EmergencyDetail> {
  const emergency = await findEmergency(db, principal, id);
  const [[summary], { listed }, absent] = await Promise.all([
    summarise(db, [emergency]),
    DETAIL_STATUSES[people]?.length === 0 ? { listed: [] } : listedPeople(db, id, DETAIL_STATUSES[people]),
    findStays(db, { centre: emergency.centre, at: emergency.declaredAt, states: ['out', 'en_route'] }),
  ]);
  const names = new Map((await findPersons(db, absent.map((r) => r.person))).map((p) => [p.id, p]));
  const byName = (a: { familyNames: string; givenNames: string }, b: { familyNames: string; givenNames: string }) =>
    a.familyNames.localeCompare(b.familyNames, 'es') || a.givenNames.localeCompare(b.givenNames, 'es');
  const out = absent
    .map((r): AbsentPerson => ({
      id: r.person,
      givenNames: names.get(r.person)?.givenNames ?? '',
      familyNames: names.get(r.person)?.familyNames ?? '',
      state: r.state as AbsentPerson['state'],
      outReason: r.outReason,
      destination: r.destination ?? null,
    }))
    .sort(byName);
  return { ...(summary as EmergencySummary), people: listed, out };
}
