import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A prison (centro de privación de libertad). Codes are unique across the whole estate. */
export const centres = pgTable('centres', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  city: text('city').notNull(),
  province: text('province').notNull(),
  /** CPL | CPPL | CRS */
  type: text('type').notNull(),
  /** M | F | mixed */
  sex: text('sex').notNull(),
  /** Current control authority (snai | police | military); its history is in centre_authorities. */
  authority: text('authority').notNull(),
  timezone: text('timezone').notNull().default('America/Guayaquil'),
  /** The capacities were not published and have been estimated. */
  capacityEstimated: boolean('capacity_estimated').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Who has controlled a centre, from when, under which decree. The row with the latest `since`
 * is current; the authority a centre was registered with has an unknown start (null).
 */
export const centreAuthorities = pgTable(
  'centre_authorities',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    centre: text('centre').notNull().references(() => centres.code),
    authority: text('authority').notNull(),
    since: date('since', { mode: 'string' }),
    decree: text('decree'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('centre_authorities_centre_idx').on(t.centre, t.since)],
);

/**
 * The location tree: centre → pavilion → wing → cell, plus reception, isolation and health
 * units. Capacities are held on the locations that hold beds (cells and units); a container's
 * capacity is the sum of its descendants. `path` lists the codes from the top of the tree
 * down to this location, separated by '/', for subtree queries.
 */
export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    centre: text('centre').notNull().references(() => centres.code),
    parent: text('parent'),
    /** pavilion | wing | cell | reception | isolation | health */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    /** M | F | any */
    sex: text('sex').notNull().default('any'),
    /** pretrial | sentenced | mixed */
    regime: text('regime').notNull().default('mixed'),
    /** minimum | medium | maximum | special */
    security: text('security').notNull().default('medium'),
    designCapacity: integer('design_capacity'),
    workingCapacity: integer('working_capacity'),
    maxCapacity: integer('max_capacity'),
    /** active | closed | damaged */
    status: text('status').notNull().default('active'),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('locations_centre_idx').on(t.centre),
    index('locations_parent_idx').on(t.parent),
    index('locations_path_idx').on(sql`${t.path} text_pattern_ops`),
  ],
);

/** Every change of a location's capacities or status, with its reason. */
export const locationChanges = pgTable(
  'location_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    location: text('location').notNull(),
    /** capacity | status */
    kind: text('kind').notNull(),
    oldValue: text('old_value').notNull(),
    newValue: text('new_value').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('location_changes_location_idx').on(t.location, t.at)],
);
