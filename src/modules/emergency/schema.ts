import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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
