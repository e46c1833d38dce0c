import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import { jsonRows, jsonTuples } from '../../db/json-rows.ts';
import type { Queryable } from '../../db/engine.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import type { MovementRecord } from '../register/index.ts';
import type { KnownState, MovementPlan } from './plan-movements.ts';
import { movements, stays } from './schema.ts';
import type { PersonState } from './transitions.ts';

type StayRow = typeof stays.$inferSelect;

export function stateOf(row: StayRow): PersonState {
  return {
    person: row.person,
    episode: row.episode,
    centre: row.centre,
    location: row.location,
    state: row.state as PersonState['state'],
    outReason: row.outReason as PersonState['outReason'],
    destination: row.destination,
    destinationLocation: row.destinationLocation,
    since: row.validFrom,
  };
}

/**
 * The open stay of each of these people (everyone in custody has exactly one). With `lock`, the
 * rows are locked until the transaction ends, in person order (so two writers never deadlock):
 * a movement recorded at the same moment by someone else waits, then finds the state that one
 * left — two deaths or releases of one person cannot both be written.
 */
export async function loadStates(db: Queryable, people: readonly string[], options: { lock?: boolean } = {}): Promise<Map<string, KnownState>> {
  const known = new Map<string, KnownState>();
  const unique = [...new Set(people)].sort();
  for (let i = 0; i < unique.length; i += 5000) {
    const query = db.select().from(stays).where(and(inArray(stays.person, unique.slice(i, i + 5000)), isNull(stays.validTo)));
    const rows = options.lock ? await query.orderBy(stays.person).for('update') : await query;
    for (const row of rows) known.set(row.person, { state: stateOf(row), stayId: row.id });
  }
  return known;
}

/** Writes a plan: movement rows, closed and new stay intervals. Episodes are the register's. */
export async function writeMovementPlan(w: AuditedTransaction, plan: MovementPlan, recordedBy: string): Promise<void> {
  if (plan.movements.length === 1 && plan.closeStays.length <= 1 && plan.stays.length <= 1) return writeOneMovement(w, plan, recordedBy);
  for (let i = 0; i < plan.closeStays.length; i += 1000) {
    const batch = plan.closeStays.slice(i, i + 1000);
    const values = sql.join(batch.map((c) => sql`(${c.id}::bigint, ${c.validTo.toISOString()}::timestamptz)`), sql`, `);
    await w.tx.execute(sql`update stays set valid_to = v.valid_to from (values ${values}) as v(id, valid_to) where stays.id = v.id`);
  }
  await bulkInsert(w.tx, stays, plan.stays);
  await bulkInsert(w.tx, movements, plan.movements.map((m) => ({ ...m, recordedBy })));
}

export type { MovementRecord };

/** What a movement row is read as; `MovementRecord`'s fields. */
const MOVEMENT_COLUMNS = {
  id: movements.id,
  type: movements.type,
  at: movements.at,
  fromCentre: movements.fromCentre,
  fromLocation: movements.fromLocation,
  toCentre: movements.toCentre,
  toLocation: movements.toLocation,
  reason: movements.reason,
  recordedBy: movements.recordedBy,
  recordedAt: movements.recordedAt,
};

/** A person's movements, newest first. */
export async function movementsOf(db: Queryable, person: string): Promise<MovementRecord[]> {
  return db
    .select(MOVEMENT_COLUMNS)
    .from(movements)
    .where(eq(movements.person, person))
    .orderBy(desc(movements.at), desc(movements.id));
}

/** The people open at these exact locations, per location. */
export async function countAtLocations(db: Queryable, codes: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (let i = 0; i < codes.length; i += 5000) {
    const rows = await db
      .select({ location: stays.location, n: sql<number>`count(*)::int` })
      .from(stays)
      .where(and(isNull(stays.validTo), inArray(stays.location, [...codes.slice(i, i + 5000)])))
      .groupBy(stays.location);
    for (const row of rows) if (row.location) counts.set(row.location, row.n);
  }
  return counts;
}

/** Every movement ever recorded, in time order (for export). */
export async function allMovements(db: Queryable): Promise<(MovementRecord & { person: string; episode: string })[]> {
  return db
    .select({ ...MOVEMENT_COLUMNS, person: movements.person, episode: movements.episode })
    .from(movements)
    .orderBy(asc(movements.at), asc(movements.id));
}

/**
 * One movement recorded live, in two statements: close the open stay; then open the next and
 * log the movement. (Closing and opening in one statement would race the one-open-stay index.)
 */
async function writeOneMovement(w: AuditedTransaction, plan: MovementPlan, recordedBy: string): Promise<void> {
  const m = plan.movements[0] as MovementPlan['movements'][number];
  const close = plan.closeStays[0];
  const next = plan.stays[0];
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  if (close) await w.tx.execute(sql`update stays set valid_to = ${close.validTo.toISOString()}::timestamptz where id = ${close.id}`);
  await w.tx.execute(sql`
    with opened as (
      insert into stays (person, episode, centre, location, state, out_reason, destination, destination_location, valid_from, valid_to)
      select ${next?.person ?? null}, ${next?.episode ?? null}::uuid, ${next?.centre ?? null}, ${next?.location ?? null}, ${next?.state ?? null},
             ${next?.outReason ?? null}, ${next?.destination ?? null}, ${next?.destinationLocation ?? null},
             ${iso(next?.validFrom ?? null)}::timestamptz, ${iso(next?.validTo ?? null)}::timestamptz
      where ${next ? sql`true` : sql`false`}
      returning id
    )
    insert into movements (person, episode, type, at, from_centre, from_location, to_centre, to_location, reason, emergency, recorded_by)
    values (${m.person}, ${m.episode}::uuid, ${m.type}, ${m.at.toISOString()}::timestamptz, ${m.fromCentre}, ${m.fromLocation},
            ${m.toCentre}, ${m.toLocation}, ${m.reason}, ${m.emergency}::uuid, ${recordedBy})`);
}

export interface Occupancy {
  person: string;
  centre: string;
  location: string | null;
  state: PersonState['state'];
}

/** Everyone on a centre's roll now, with their location (null = not placed). */
export async function occupantsOfCentre(db: Queryable, centre: string): Promise<Occupancy[]> {
  return jsonRows<Occupancy>(db, sql`select person, centre, location, state from stays where valid_to is null and centre = ${centre}`);
}

/** The open stays of these people and of whoever is at `location`, in one query (two index scans). */
export async function openStaysFor(db: Queryable, people: readonly string[], location: string): Promise<Occupancy[]> {
  const result = (await db.execute(sql`
    select person, centre, location, state from stays
    where valid_to is null and person = any(array(select jsonb_array_elements_text(${JSON.stringify(people)}::jsonb)))
    union
    select person, centre, location, state from stays
    where valid_to is null and location = ${location}`)) as { rows: { person: string; centre: string; location: string | null; state: string }[] };
  return result.rows.map((r) => ({ ...r, state: r.state as PersonState['state'] }));
}

/** Which stays `findStays` reads. Every condition given must hold. */
export interface StayQuery {
  centre?: string;
  /** The stays open at this time; without it, the open stays (now). */
  at?: Date | undefined;
  states?: readonly PersonState['state'][];
  /** Exactly this location; null = on the roll, not placed. */
  location?: string | null;
  /** Any of these locations. */
  locations?: readonly string[];
  /** Any of these people. */
  people?: readonly string[];
}

/**
 * The stays matching `query`, as the people's states then (the count sheets, the emergency
 * lists and the missing list read who was where through this), by person.
 */
export async function findStays(db: Queryable, query: StayQuery): Promise<PersonState[]> {
  if (query.locations?.length === 0 || query.people?.length === 0) return [];
  const { at } = query;
  const where: (SQL | undefined)[] = [at ? and(lte(stays.validFrom, at), or(isNull(stays.validTo), gt(stays.validTo, at))) : isNull(stays.validTo)];
  if (query.centre !== undefined) where.push(eq(stays.centre, query.centre));
  if (query.states) where.push(inArray(stays.state, [...query.states]));
  if (query.location !== undefined) where.push(query.location === null ? isNull(stays.location) : eq(stays.location, query.location));
  const rows: StayRow[] = [];
  const chunks = (list: readonly string[] | undefined) => (list ? Array.from({ length: Math.ceil(list.length / 5000) }, (_, i) => list.slice(i * 5000, i * 5000 + 5000)) : [undefined]);
  for (const locations of chunks(query.locations)) {
    for (const people of chunks(query.people)) {
      const extra = [locations ? inArray(stays.location, locations) : undefined, people ? inArray(stays.person, people) : undefined];
      rows.push(...(await db.select().from(stays).where(and(...where, ...extra))));
    }
  }
  return rows.map(stateOf).sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}

/** The open stays in these locations, in these states (every state when none given). */
export async function selectOpenStaysIn(db: Queryable, locations: readonly string[], states?: readonly string[]): Promise<StayRow[]> {
  const rows: StayRow[] = [];
  for (let i = 0; i < locations.length; i += 5000) {
    const inLocations = inArray(stays.location, [...locations.slice(i, i + 5000)]);
    rows.push(...(await db.select().from(stays).where(and(isNull(stays.validTo), inLocations, states && states.length > 0 ? inArray(stays.state, [...states]) : undefined))));
  }
  return rows;
}

/** A stay as the early warning reads it: times in epoch milliseconds, `to` null while open. */
export interface StayInterval {
  person: string;
  episode: string;
  centre: string;
  location: string | null;
  state: PersonState['state'];
  from: number;
  to: number | null;
}

/** A movement as the early warning reads it (`at` in epoch milliseconds). */
export interface MovementEvent {
  id: number;
  person: string;
  type: string;
  at: number;
  fromCentre: string | null;
  fromLocation: string | null;
  toCentre: string | null;
  toLocation: string | null;
}

/**
 * Every stay at these centres (or all) overlapping [from, to], and every movement from or to
 * them in [from, to]: two set-based queries, the movements in time order, the stays in no order
 * (sorting thousands of them is the caller's to do, by the key it needs).
 */
export async function selectRollHistory(
  db: Queryable,
  range: { centres?: readonly string[] | undefined; from: Date; to: Date },
): Promise<{ stays: StayInterval[]; movements: MovementEvent[] }> {
  const list = range.centres ? JSON.stringify(range.centres) : null;
  const inCentres = (column: SQL) => (list ? sql`${column} in (select jsonb_array_elements_text(${list}::jsonb))` : sql`true`);
  const from = range.from.toISOString();
  const to = range.to.toISOString();
  const [stayRows, movementRows] = await Promise.all([
    jsonTuples<StayInterval>(
      db,
      sql`select person, episode, centre, location, state, (extract(epoch from valid_from) * 1000)::float8 as "from",
                 (extract(epoch from valid_to) * 1000)::float8 as "to"
          from stays s
          where ${inCentres(sql`s.centre`)} and s.valid_from <= ${to}::timestamptz and (s.valid_to is null or s.valid_to > ${from}::timestamptz)`,
      ['person', 'episode', 'centre', 'location', 'state', 'from', 'to'],
    ),
    jsonTuples<MovementEvent>(
      db,
      sql`select id, person, type, (extract(epoch from at) * 1000)::float8 as at, from_centre as "fromCentre", from_location as "fromLocation",
                 to_centre as "toCentre", to_location as "toLocation"
          from movements m
          where m.at >= ${from}::timestamptz and m.at <= ${to}::timestamptz and (${inCentres(sql`m.from_centre`)} or ${inCentres(sql`m.to_centre`)})
          order by m.at, m.id`,
      ['id', 'person', 'type', 'at', 'fromCentre', 'fromLocation', 'toCentre', 'toLocation'],
    ),
  ]);
  return { stays: stayRows, movements: movementRows };
}

/** A stay as official statistics read it: whose custody, which centre, [from, to) in epoch milliseconds. */
export interface StatsStay {
  episode: string;
  centre: string;
  from: number;
  to: number | null;
}

/** A movement that official statistics count (`at` in epoch milliseconds). */
export interface StatsMovement {
  type: string;
  fromCentre: string | null;
  toCentre: string | null;
  at: number;
}

/** A change in the number on a centre's roll at the end of day `day` (0 = the first day) and the days after: +n stays begin to count, −n stop. */
export interface RollDelta {
  centre: string;
  day: number;
  n: number;
}

/** The movement types statistics count: entries, exits, transfers between centres, escapes and recaptures. */
const COUNTED_MOVEMENTS = ['admission', 'release', 'transfer', 'transfer_out', 'transfer_arrival', 'escape', 'recapture'];

const inList = (column: SQL, values: readonly string[] | undefined) =>
  values ? sql`${column} in (select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))` : sql`true`;

/**
 * The number on roll at the end of each of `days` days from `firstDay`, as changes per centre and
 * day, counted in SQL: the end of day d is midnight after it in the centre's time zone (`zones`),
 * and a stay [from, to) counts at the ends it contains. A prefix sum of the changes gives the
 * count per day; only a few thousand rows leave the database, whatever the population.
 */
export async function selectRollDeltas(db: Queryable, range: { zones: readonly { centre: string; timezone: string }[]; firstDay: string; days: number; from: Date; to: Date }): Promise<RollDelta[]> {
  // Day index of the first day end at or after instant t, in wall time of the centre's zone, clamped to [0, days].
  const dayOf = (column: SQL) =>
    sql`least(${range.days}, greatest(0, ceil(extract(epoch from ((${column} at time zone z.tz) - ${range.firstDay}::timestamp)) / 86400)::int - 1))`;
  return jsonRows<RollDelta>(
    db,
    sql`with z as (select * from jsonb_to_recordset(${JSON.stringify(range.zones.map((z) => ({ centre: z.centre, tz: z.timezone })))}::jsonb) as z(centre text, tz text)),
        b as (select s.centre, ${dayOf(sql`s.valid_from`)} as lo, case when s.valid_to is null then ${range.days} else ${dayOf(sql`s.valid_to`)} end as hi
              from stays s join z on z.centre = s.centre
              where s.valid_from < ${range.to.toISOString()}::timestamptz and (s.valid_to is null or s.valid_to > ${range.from.toISOString()}::timestamptz))
        select centre, lo as day, count(*)::int as n from b where lo < hi group by centre, lo
        union all
        select centre, hi as day, -count(*)::int as n from b where lo < hi and hi < ${range.days} group by centre, hi`,
  );
}

/**
 * The stays of these custody episodes overlapping [from, to) (of these centres, or all), and every
 * counted movement in [from, to): two set-based queries, as few columns as statistics need.
 */
export async function selectStatsHistory(
  db: Queryable,
  range: { centres?: readonly string[] | undefined; episodes: readonly string[]; from: Date; to: Date },
): Promise<{ stays: StatsStay[]; movements: StatsMovement[] }> {
  const from = range.from.toISOString();
  const to = range.to.toISOString();
  const [stayRows, movementRows] = await Promise.all([
    range.episodes.length === 0
      ? Promise.resolve([])
      : jsonRows<StatsStay>(
          db,
          sql`select episode, centre, (extract(epoch from valid_from) * 1000)::float8 as "from", (extract(epoch from valid_to) * 1000)::float8 as "to"
              from stays s
              where s.episode in (select jsonb_array_elements_text(${JSON.stringify(range.episodes)}::jsonb)::uuid)
                and ${inList(sql`s.centre`, range.centres)} and s.valid_from < ${to}::timestamptz and (s.valid_to is null or s.valid_to > ${from}::timestamptz)`,
        ),
    jsonRows<StatsMovement>(
      db,
      sql`select type, from_centre as "fromCentre", to_centre as "toCentre", (extract(epoch from at) * 1000)::float8 as at
          from movements m
          where m.at >= ${from}::timestamptz and m.at < ${to}::timestamptz
            and m.type in (select jsonb_array_elements_text(${JSON.stringify(COUNTED_MOVEMENTS)}::jsonb))
            and (${inList(sql`m.from_centre`, range.centres)} or ${inList(sql`m.to_centre`, range.centres)})`,
    ),
  ]);
  return { stays: stayRows, movements: movementRows };
}

/** The first instant any stay began (the start of the records), or null on an empty estate. */
export async function selectFirstStay(db: Queryable): Promise<Date | null> {
  const [row] = await db.select({ first: sql<string | null>`min(${stays.validFrom})::text` }).from(stays);
  return row?.first ? new Date(row.first) : null;
}
