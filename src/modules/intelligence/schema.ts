import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A search of a location: planned or intelligence-led, by a team, with its result. */
export const searches = pgTable(
  'searches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centre: text('centre').notNull(),
    location: text('location'),
    /** planned | intelligence_led | routine | other */
    kind: text('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Who searched: names or a team's name, as written. */
    team: text('team').notNull(),
    /** nothing_found | items_found | not_completed */
    result: text('result').notNull(),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    check('searches_ends_after_start', sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
    index('searches_centre_started_idx').on(t.centre, t.startedAt),
  ],
);

/** A find: an item seized in a centre, in a search or otherwise, perhaps on a person. */
export const seizures = pgTable(
  'seizures',
  {
    /** A code unique across the estate (issued, or as imported). */
    id: text('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    centre: text('centre').notNull(),
    location: text('location'),
    /** firearm | ammunition | explosive | blade | phone | sim_card | drugs | alcohol | cash | fireworks | drone | other */
    item: text('item').notNull(),
    quantity: integer('quantity').notNull(),
    /** Where it was found, in words (under a bed, in a wall). */
    whereFound: text('where_found'),
    description: text('description'),
    person: text('person'),
    incident: text('incident'),
    search: uuid('search').references(() => searches.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    check('seizures_quantity_positive', sql`${t.quantity} > 0`),
    index('seizures_centre_at_idx').on(t.centre, t.at),
    index('seizures_location_at_idx').on(t.location, t.at),
    index('seizures_search_idx').on(t.search),
    index('seizures_person_idx').on(t.person),
  ],
);
