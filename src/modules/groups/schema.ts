import { sql } from 'drizzle-orm';
import { bigserial, check, date, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/** A criminal organisation: gang, cartel, faction (of a parent group). Codes are unique. */
export const criminalGroups = pgTable('criminal_groups', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** gang | cartel | faction | other */
  kind: text('kind').notNull(),
  parent: text('parent'),
  aliases: text('aliases')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  notes: text('notes'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});

/**
 * Alliances and rivalries between two groups over time. The pair is stored in code order
 * (group_a < group_b); at most one open relation per pair (the database enforces it).
 */
export const groupRelations = pgTable(
  'group_relations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    groupA: text('group_a')
      .notNull()
      .references(() => criminalGroups.code),
    groupB: text('group_b')
      .notNull()
      .references(() => criminalGroups.code),
    /** rival | allied */
    relation: text('relation').notNull(),
    since: date('since', { mode: 'string' }),
    until: date('until', { mode: 'string' }),
    /** confirmed | probable | possible */
    confidence: text('confidence').notNull().default('confirmed'),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    // Byte order ("C"), as JavaScript orders the pair, whatever the database's collation.
    check('group_relations_ordered_pair', sql`${t.groupA} < ${t.groupB} collate "C"`),
    uniqueIndex('group_relations_one_open_per_pair').on(t.groupA, t.groupB).where(sql`${t.until} is null`),
  ],
);

/** A person's membership of a group, with role and confidence, over time. */
export const memberships = pgTable(
  'memberships',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    person: text('person').notNull(),
    groupCode: text('group_code')
      .notNull()
      .references(() => criminalGroups.code),
    /** leader | lieutenant | member | associate */
    role: text('role').notNull(),
    since: date('since', { mode: 'string' }),
    until: date('until', { mode: 'string' }),
    /** confirmed | probable | possible */
    confidence: text('confidence').notNull(),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [
    uniqueIndex('memberships_one_open_per_group').on(t.person, t.groupCode).where(sql`${t.until} is null`),
    index('memberships_group_idx').on(t.groupCode),
  ],
);
