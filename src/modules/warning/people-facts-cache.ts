import type { Queryable } from '../../db/engine.ts';
import { AUDIT_ACTIONS, readAuditedSince, type AuditAction } from '../audit/index.ts';
import type { GroupHistoryRows } from '../groups/index.ts';
import type { NonAssociationHistoryRow } from '../housing/index.ts';
import type { LegalHistoryRows } from '../register/index.ts';

/**
 * What an evaluation of some centres reads about the people on their roll besides the roll
 * itself: names, legal status history, memberships with the groups and their relations, and
 * non-associations. After a movement only the roll has changed, yet reading these again is most
 * of an evaluation's time (a centre of 7,000 people). So they are kept between evaluations of the
 * same centres, and trusted only while the audit log — every change is audited in its own
 * transaction — shows nothing since but actions that leave them as they were.
 *
 * Safe by construction:
 * - the audit log's chain heads are read before the facts are, so the facts kept include every
 *   change up to those heads (a change committed in between makes them newer, never older);
 * - an action that is not known to leave these facts alone throws them away, and a test holds
 *   that every audited action is classified here;
 * - someone on the roll whom they do not cover (a transfer in), another window of days, or their
 *   age past `KEEP_MS` reads them again.
 */

/**
 * Audited actions that change no name, legal status, membership, group, relation or
 * non-association: whole families (sessions and users; the estate, which every evaluation reads
 * again; emergencies, counts, deaths' records, incidents, alerts) and single actions (movements,
 * which change the roll and the episode's end or centre but not its legal status; placements;
 * searches and finds; audited reads).
 */
const LEAVING_FAMILIES = ['system.', 'audit.', 'auth.', 'user.', 'centre.', 'location.', 'emergency.', 'count.', 'death.', 'incident.', 'alert.'];
const LEAVING_ACTIONS: ReadonlySet<string> = new Set([
  'custody.released',
  'custody.transferred',
  'custody.moved',
  'classification.recorded',
  'placement.moved',
  'placement.overridden',
  'search.recorded',
  'seizure.recorded',
  'membership.read',
  'group.members_read',
  'power_map.read',
]);

export const LEAVES_PEOPLE_FACTS: ReadonlySet<AuditAction> = new Set(
  AUDIT_ACTIONS.filter((action) => LEAVING_ACTIONS.has(action) || LEAVING_FAMILIES.some((family) => action.startsWith(family))),
);

/** Audited actions after which the facts are read again. */
export const CHANGES_PEOPLE_FACTS: ReadonlySet<AuditAction> = new Set(AUDIT_ACTIONS.filter((action) => !LEAVES_PEOPLE_FACTS.has(action)));

/** The longest the facts are kept, whatever the audit log says. */
export const KEEP_MS = 5 * 60_000;
/** Sets of centres kept per database (one per centre re-evaluated, a few more for combinations). */
const MAX_KEPT = 32;

export interface PeopleFacts {
  legal: LegalHistoryRows;
  groups: GroupHistoryRows;
  nonAssociations: NonAssociationHistoryRow[];
}

export interface PeopleSubjects {
  people: string[];
  episodes: string[];
}

interface Kept {
  heads: Map<string, number>;
  /** The days the memberships were read for. */
  days: string;
  people: Set<string>;
  episodes: Set<string>;
  facts: PeopleFacts;
  readAt: number;
}

const kept = new WeakMap<object, Map<string, Kept>>();

/**
 * The people facts for `subjects` (the people and episodes on the roll of `centres` read with
 * `readRoll`), kept from an earlier evaluation of the same centres if nothing since can have
 * changed them, else read with `read` and kept.
 */
export async function peopleFactsOf<Roll>(
  db: Queryable,
  scope: { centres: readonly string[]; days: string },
  readRoll: Promise<Roll>,
  subjectsOf: (roll: Roll) => PeopleSubjects,
  read: (subjects: PeopleSubjects) => Promise<PeopleFacts>,
  now: () => number = Date.now,
): Promise<{ roll: Roll; facts: PeopleFacts; reused: boolean }> {
  let byCentres = kept.get(db);
  if (!byCentres) {
    byCentres = new Map();
    kept.set(db, byCentres);
  }
  // Facts older than `KEEP_MS` would be read again anyway: they go, so memory holds only recent ones.
  for (const [centres, facts] of byCentres) if (now() - facts.readAt >= KEEP_MS) byCentres.delete(centres);
  const key = scope.centres.join(',');
  const previous = byCentres.get(key);
  // The heads are read before the facts, alongside the roll.
  const [roll, audited] = await Promise.all([readRoll, readAuditedSince(db, previous?.heads ?? null)]);
  const subjects = subjectsOf(roll);
  if (
    previous &&
    previous.days === scope.days &&
    now() - previous.readAt < KEEP_MS &&
    [...audited.actions].every((action) => LEAVES_PEOPLE_FACTS.has(action as AuditAction)) &&
    subjects.people.every((p) => previous.people.has(p)) &&
    subjects.episodes.every((e) => previous.episodes.has(e))
  ) {
    previous.heads = audited.heads;
    return { roll, facts: previous.facts, reused: true };
  }
  const facts = await read(subjects);
  if (byCentres.size >= MAX_KEPT && !byCentres.has(key)) byCentres.clear();
  byCentres.set(key, { heads: audited.heads, days: scope.days, people: new Set(subjects.people), episodes: new Set(subjects.episodes), facts, readAt: now() });
  return { roll, facts, reused: false };
}
