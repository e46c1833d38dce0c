import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { EmergencyKind, VerificationStatus } from '../../kernel/vocabulary.ts';
import { findPersons, normaliseForSearch, type Person } from '../register/index.ts';
import { emergencies, emergencyPeople, stays } from './schema.ts';
import type { PersonState } from './transitions.ts';

/** Emergency mode of a centre, as declared. */
export interface Emergency {
  id: string;
  centre: string;
  kind: EmergencyKind;
  status: 'active' | 'closed';
  reason: string;
  declaredAt: Date;
  declaredBy: string;
  escapesDeclaredAt: Date | null;
  closedAt: Date | null;
  closedBy: string | null;
}

/**
 * The frozen list by verification status. `escaped` counts everyone declared escaped in this
 * emergency; `recaptured` those of them who are back in custody, in a cell or on a roll.
 */
export interface EmergencyCounts {
  expected: number;
  unverified: number;
  verified: number;
  injured: number;
  hostage: number;
  dead: number;
  escaped: number;
  recaptured: number;
}

export interface EmergencySummary extends Emergency {
  counts: EmergencyCounts;
}

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

type EmergencyRow = typeof emergencies.$inferSelect;

export function presentEmergency(row: EmergencyRow): Emergency {
  return {
    id: row.id,
    centre: row.centre,
    kind: row.kind as EmergencyKind,
    status: row.status as Emergency['status'],
    reason: row.reason,
    declaredAt: row.declaredAt,
    declaredBy: row.declaredBy,
    escapesDeclaredAt: row.escapesDeclaredAt,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
  };
}

/**
 * An emergency by id, without a caseload check (the caller has authorised), or
 * EMERGENCY_NOT_FOUND. `forUpdate` locks the row, so that marks, the declaration of escapes and
 * the close of one emergency happen one after another.
 */
export async function loadEmergency(db: Queryable, id: string, options: { forUpdate?: boolean } = {}): Promise<Emergency> {
  const query = db.select().from(emergencies).where(eq(emergencies.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('EMERGENCY_NOT_FOUND', { id }, 'emergency');
  return presentEmergency(row);
}

/** An emergency as the user may see it: outside the caseload it does not exist. */
export async function findEmergency(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string): Promise<Emergency> {
  const emergency = await loadEmergency(db, id);
  if (!isInCaseload(principal, emergency.centre)) throw new AppError('EMERGENCY_NOT_FOUND', { id }, 'emergency');
  return emergency;
}

const emptyCounts = (): EmergencyCounts => ({ expected: 0, unverified: 0, verified: 0, injured: 0, hostage: 0, dead: 0, escaped: 0, recaptured: 0 });

/** The counts of each emergency's frozen list, with the recaptured read from the roll now. */
export async function countsOf(db: Queryable, ids: readonly string[]): Promise<Map<string, EmergencyCounts>> {
  const counts = new Map<string, EmergencyCounts>(ids.map((id) => [id, emptyCounts()]));
  if (ids.length === 0) return counts;
  const rows = await db
    .select({
      emergency: emergencyPeople.emergency,
      status: emergencyPeople.status,
      n: sql<number>`count(*)::int`,
      recaptured: sql<number>`(count(*) filter (where ${stays.state} = 'in'))::int`,
    })
    .from(emergencyPeople)
    .leftJoin(stays, and(eq(stays.person, emergencyPeople.person), isNull(stays.validTo)))
    .where(inArray(emergencyPeople.emergency, [...ids]))
    .groupBy(emergencyPeople.emergency, emergencyPeople.status);
  for (const row of rows) {
    const c = counts.get(row.emergency) ?? emptyCounts();
    c.expected += row.n;
    c[row.status as VerificationStatus] += row.n;
    if (row.status === 'escaped') c.recaptured += row.recaptured;
    counts.set(row.emergency, c);
  }
  return counts;
}

async function summarise(db: Queryable, list: Emergency[]): Promise<EmergencySummary[]> {
  const counts = await countsOf(db, list.map((e) => e.id));
  return list.map((e) => ({ ...e, counts: counts.get(e.id) ?? emptyCounts() }));
}

/** The emergencies of the centres in the caseload (or of one centre), newest first. */
export async function listEmergencies(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  options: { centre?: string | undefined } = {},
): Promise<EmergencySummary[]> {
  const scope = caseloadScope(principal);
  if (options.centre && !isInCaseload(principal, options.centre)) return [];
  if (scope !== null && scope.length === 0) return [];
  const where = options.centre ? eq(emergencies.centre, options.centre) : scope === null ? undefined : inArray(emergencies.centre, [...scope]);
  const rows = await db.select().from(emergencies).where(where).orderBy(desc(emergencies.declaredAt));
  return summarise(db, rows.map(presentEmergency));
}

/** The centre's active emergency, or null. */
export async function activeEmergency(db: Queryable, principal: Pick<Principal, 'caseload'>, centre: string): Promise<EmergencySummary | null> {
  if (!isInCaseload(principal, centre)) throw new AppError('CENTRE_NOT_FOUND', { code: centre });
  const rows = await db.select().from(emergencies).where(and(eq(emergencies.centre, centre), eq(emergencies.status, 'active')));
  const [summary] = await summarise(db, rows.map(presentEmergency));
  return summary ?? null;
}

async function listedPeople(db: Queryable, emergency: string, status?: VerificationStatus): Promise<{ listed: ListedPerson[]; persons: Map<string, Person> }> {
  const rows = await db
    .select({ person: emergencyPeople, state: stays.state })
    .from(emergencyPeople)
    .leftJoin(stays, and(eq(stays.person, emergencyPeople.person), isNull(stays.validTo)))
    .where(and(eq(emergencyPeople.emergency, emergency), status ? eq(emergencyPeople.status, status) : undefined))
    .orderBy(asc(emergencyPeople.expectedLocation), asc(emergencyPeople.person));
  const persons = new Map((await findPersons(db, rows.map((r) => r.person.person))).map((p) => [p.id, p]));
  const listed = rows.map(({ person: r, state }): ListedPerson => {
    const p = persons.get(r.person);
    return {
      id: r.person,
      givenNames: p?.givenNames ?? '',
      familyNames: p?.familyNames ?? '',
      aliases: p?.aliases ?? [],
      expectedLocation: r.expectedLocation,
      status: r.status as VerificationStatus,
      note: r.note,
      markedAt: r.markedAt,
      markedBy: r.markedBy,
      state: (state as PersonState['state'] | null) ?? null,
      recaptured: r.status === 'escaped' && state === 'in',
    };
  });
  return { listed, persons };
}

/**
 * An emergency with its counts, everyone on its frozen list (by expected location, then family
 * names) and the people who were out or en route when it was declared.
 */
export async function getEmergency(db: Queryable, principal: Pick<Principal, 'caseload'>, id: string): Promise<EmergencyDetail> {
  const emergency = await findEmergency(db, principal, id);
  const at = emergency.declaredAt;
  const [[summary], { listed }, absentRows] = await Promise.all([
    summarise(db, [emergency]),
    listedPeople(db, id),
    db
      .select()
      .from(stays)
      .where(
        and(
          eq(stays.centre, emergency.centre),
          inArray(stays.state, ['out', 'en_route']),
          sql`tstzrange(${stays.validFrom}, ${stays.validTo}, '[)') @> ${at.toISOString()}::timestamptz`,
        ),
      ),
  ]);
  const names = new Map((await findPersons(db, absentRows.map((r) => r.person))).map((p) => [p.id, p]));
  const byName = (a: { familyNames: string; givenNames: string }, b: { familyNames: string; givenNames: string }) =>
    a.familyNames.localeCompare(b.familyNames, 'es') || a.givenNames.localeCompare(b.givenNames, 'es');
  const out = absentRows
    .map((r): AbsentPerson => ({
      id: r.person,
      givenNames: names.get(r.person)?.givenNames ?? '',
      familyNames: names.get(r.person)?.familyNames ?? '',
      state: r.state as AbsentPerson['state'],
      outReason: r.outReason as PersonState['outReason'],
      destination: r.destination,
    }))
    .sort(byName);
  return { ...(summary as EmergencySummary), people: listed, out };
}

/**
 * Finds people on an emergency's frozen list by name, alias, register number or national ID:
 * accent- and case-insensitive, words in any order, a typo forgiven. Without a query, the whole
 * list (optionally of one status). Best matches first.
 */
export async function findOnList(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  id: string,
  query: string,
  options: { status?: VerificationStatus | undefined } = {},
): Promise<ListedPerson[]> {
  await findEmergency(db, principal, id);
  const { listed, persons } = await listedPeople(db, id, options.status);
  const terms = normaliseForSearch(query).split(' ').filter(Boolean);
  if (terms.length === 0) return listed;
  const scored: { person: ListedPerson; score: number }[] = [];
  for (const person of listed) {
    const p = persons.get(person.id);
    const words = normaliseForSearch([person.givenNames, person.familyNames, ...person.aliases, person.id, p?.nationalId ?? ''].join(' ')).split(' ');
    const score = matchScore(terms, words);
    if (score !== null) scored.push({ person, score });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.person.familyNames.localeCompare(b.person.familyNames, 'es') || a.person.id.localeCompare(b.person.id))
    .map((s) => s.person);
}

/**
 * How well every query term matches some word of a name (higher is better), or null if one
 * does not: exact 3, prefix 2, one edit off (two for words of 8 letters or more) 1. Pure.
 */
export function matchScore(terms: readonly string[], words: readonly string[]): number | null {
  let total = 0;
  for (const term of terms) {
    let best = 0;
    for (const word of words) {
      if (word === term) best = 3;
      else if (word.startsWith(term)) best = Math.max(best, 2);
      else if (isFuzzy(term) && editDistance(term, word) <= (term.length >= 8 ? 2 : 1)) best = Math.max(best, 1);
      if (best === 3) break;
    }
    if (best === 0) return null;
    total += best;
  }
  return total;
}

// Names forgive a typo; identifiers (register numbers, national IDs) must match as typed.
const isFuzzy = (term: string) => term.length >= 4 && !/\d/.test(term);

/** Edit distance counting a swap of two neighbouring letters as one edit ("macais" → "macias"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
