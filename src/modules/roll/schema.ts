import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Every movement of a person, as recorded (live or imported): the event log the roll is built
 * from. Never updated.
 */
export const movements = pgTable(
  'movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    person: text('person').notNull(),
    episode: uuid('episode').notNull(),
    /** admission | release | transfer | internal_move | court_out | court_return | hospital_out | hospital_return | escape | recapture | death */
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    fromCentre: text('from_centre'),
    fromLocation: text('from_location'),
    toCentre: text('to_centre'),
    toLocation: text('to_location'),
    reason: text('reason'),
    /** The emergency this movement was recorded under (escapes declared, deaths found). */
    emergency: uuid('emergency'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    index('movements_person_idx').on(t.person, t.at),
    index('movements_at_idx').on(t.at),
    index('movements_from_centre_idx').on(t.fromCentre, t.at),
    index('movements_to_centre_idx').on(t.toCentre, t.at),
  ],
);

/**
 * Where each person in custody was, and in what state, over time: one row per interval
 * [valid_from, valid_to). The open row (valid_to null) is now; the roll at a past time T is
 * the rows with valid_from <= T < valid_to.
 */
export const stays = pgTable(
  'stays',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    person: text('person').notNull(),
    episode: uuid('episode').notNull(),
    centre: text('centre').notNull(),
    /** The cell or unit; null = on the centre's roll but not yet placed. */
    location: text('location'),
    /** in | out | en_route | unaccounted */
    state: text('state').notNull(),
    /** For `out`: court | hospital | other. */
    outReason: text('out_reason'),
    /** For `en_route`: the receiving centre and, if decided, the cell. */
    destination: text('destination'),
    destinationLocation: text('destination_location'),
    validFrom: timestamp('valid_from', { withTimezone: true }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('stays_one_open_per_person').on(t.person).where(sql`${t.validTo} is null`),
    index('stays_open_centre_idx').on(t.centre, t.location).where(sql`${t.validTo} is null`),
    // Who is in a cell now (placement checks): by location alone.
    index('stays_open_location_idx').on(t.location).where(sql`${t.validTo} is null`),
    index('stays_interval_idx').on(t.centre, t.validFrom, t.validTo),
    // "Who was where at time T": the intervals containing T, found through a GiST range index.
    index('stays_during_idx').using('gist', sql`tstzrange(${t.validFrom}, ${t.validTo}, '[)')`),
    index('stays_person_idx').on(t.person, t.validFrom),
  ],
);

/**
 * A count of a centre's people: the expected number per location is fixed when it starts;
 * officers enter what they counted; a supervisor explains each discrepancy and closes it.
 */
export const countSessions = pgTable(
  'count_sessions',
  {
    id: uuid('id').primaryKey(),
    centre: text('centre').notNull(),
    /** scheduled | emergency */
    kind: text('kind').notNull(),
    /** open | closed */
    status: text('status').notNull().default('open'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    startedBy: text('started_by').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
    note: text('note'),
  },
  (t) => [index('count_sessions_centre_idx').on(t.centre, t.startedAt)],
);

/** One line of a count: a location (or '' for people on roll but not placed). */
export const countLines = pgTable(
  'count_lines',
  {
    session: uuid('session').notNull().references(() => countSessions.id),
    location: text('location').notNull(),
    expected: integer('expected').notNull(),
    counted: integer('counted'),
    countedBy: text('counted_by'),
    countedAt: timestamp('counted_at', { withTimezone: true }),
    reconciliation: text('reconciliation'),
    reconciledBy: text('reconciled_by'),
    reconciledAt: timestamp('reconciled_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.session, t.location] })],
);

/** Names ticked during a count (when officers count by name rather than by number). */
export const countMarks = pgTable(
  'count_marks',
  {
    session: uuid('session').notNull().references(() => countSessions.id),
    person: text('person').notNull(),
    location: text('location').notNull(),
    present: boolean('present').notNull(),
    markedBy: text('marked_by').notNull(),
    markedAt: timestamp('marked_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.session, t.person] })],
);

/** Emergency mode of a centre (riot, escape): the roll frozen at declaration, verified person by person. */
export const emergencies = pgTable(
  'emergencies',
  {
    id: uuid('id').primaryKey(),
    centre: text('centre').notNull(),
    kind: text('kind').notNull(),
    /** active | closed */
    status: text('status').notNull().default('active'),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
    declaredBy: text('declared_by').notNull(),
    escapesDeclaredAt: timestamp('escapes_declared_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by'),
  },
  (t) => [uniqueIndex('emergencies_one_active_per_centre').on(t.centre).where(sql`${t.status} = 'active'`)],
);

/** Everyone expected in the centre when the emergency was declared, and what was found of them. */
export const emergencyPeople = pgTable(
  'emergency_people',
  {
    emergency: uuid('emergency').notNull().references(() => emergencies.id),
    person: text('person').notNull(),
    expectedLocation: text('expected_location'),
    /** unverified | verified | injured | hostage | dead | escaped */
    status: text('status').notNull().default('unverified'),
    note: text('note'),
    markedAt: timestamp('marked_at', { withTimezone: true }),
    markedBy: text('marked_by'),
  },
  (t) => [primaryKey({ columns: [t.emergency, t.person] }), index('emergency_people_status_idx').on(t.emergency, t.status)],
);
