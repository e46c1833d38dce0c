/**
 * Every table, for Drizzle and drizzle-kit. Each module owns its own tables and defines them in
 * its `schema.ts`; only that module's repository queries them.
 */
export * from '../modules/audit/schema.ts';
export * from '../modules/auth/schema.ts';
export * from '../modules/counts/schema.ts';
export * from '../modules/deaths/schema.ts';
export * from '../modules/emergency/schema.ts';
export * from '../modules/estate/schema.ts';
export * from '../modules/groups/schema.ts';
export * from '../modules/housing/schema.ts';
export * from '../modules/incidents/schema.ts';
export * from '../modules/intelligence/schema.ts';
export * from '../modules/register/schema.ts';
export * from '../modules/roll/schema.ts';
export * from '../modules/warning/schema.ts';
