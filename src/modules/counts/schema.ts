import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
