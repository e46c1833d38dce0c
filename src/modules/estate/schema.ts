import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  /** snai | police | military */
  authority: text('authority').notNull(),
  timezone: text('timezone').notNull().default('America/Guayaquil'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
