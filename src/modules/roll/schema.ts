import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
