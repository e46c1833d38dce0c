import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Two people who must be kept apart, at a level (cell ⊂ wing ⊂ pavilion ⊂ centre). The pair is
 * stored in register-number order (person_a < person_b); at most one open record per pair
 * (the database enforces it). Closing and reopening are events in non_association_events.
 */
export const nonAssociations = pgTable(
  'non_associations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personA: text('person_a').notNull(),
    personB: text('person_b').notNull(),
    roleA: text('role_a').notNull().default('other'),
    roleB: text('role_b').notNull().default('other'),
    /** gang_related | threat | violence | victim_perpetrator | witness | legal_request | other */
    reason: text('reason').notNull(),
    /** cell | wing | pavilion | centre */
    level: text('level').notNull(),
    comment: text('comment').notNull(),
    /** open | closed */
    status: text('status').notNull().default('open'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    // Byte order ("C"), as JavaScript orders the pair, whatever the database's collation.
    check('non_associations_ordered_pair', sql`${t.personA} < ${t.personB} collate "C"`),
    uniqueIndex('non_associations_one_open_per_pair').on(t.personA, t.personB).where(sql`${t.status} = 'open'`),
    index('non_associations_person_b_idx').on(t.personB),
  ],
);

/** Every opening, closing and reopening of a non-association, with its reason. */
export const nonAssociationEvents = pgTable(
  'non_association_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    nonAssociation: uuid('non_association')
      .notNull()
      .references(() => nonAssociations.id),
    /** opened | closed | reopened */
    action: text('action').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    by: text('by').notNull(),
  },
  (t) => [index('non_association_events_record_idx').on(t.nonAssociation, t.at)],
);

/**
 * Every cell move decided through the placement check: the reason code and comment, what the
 * check said, and — when a blocking reason was overridden — who authorised it and why.
 * The move itself is an internal_move movement on the roll.
 */
export const cellMoves = pgTable(
  'cell_moves',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    person: text('person').notNull(),
    centre: text('centre').notNull(),
    fromLocation: text('from_location'),
    toLocation: text('to_location').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reasonCode: text('reason_code').notNull(),
    comment: text('comment').notNull(),
    /** The check's blocking reasons and warnings at the moment of the move: [{code, params}]. */
    blocking: jsonb('blocking').notNull(),
    warnings: jsonb('warnings').notNull(),
    overridden: boolean('overridden').notNull().default(false),
    overrideReason: text('override_reason'),
    authorisedBy: text('authorised_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    index('cell_moves_person_idx').on(t.person, t.at),
    index('cell_moves_overrides_idx').on(t.centre, t.at).where(sql`${t.overridden}`),
  ],
);
