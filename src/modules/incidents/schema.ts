import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * An incident report (Mandela rules 57, 71): what happened, where, when, to whom. Opened as a
 * first report by an officer, then grown (addenda, people, staff, items, damage, forces) and
 * moved through the status workflow of `transitions.ts`. Never deleted.
 */
export const incidents = pgTable(
  'incidents',
  {
    /** A code unique across the estate (`LIT-INC-2026-000123` when issued; any code when imported). */
    id: text('id').primaryKey(),
    centre: text('centre').notNull(),
    /** The location where it happened (a location code of the centre); null = the centre as a whole. */
    location: text('location'),
    /** riot | fight | homicide | assault | hostage_taking | escape | attempted_escape | fire | explosion | weapon_find | contraband_find | self_harm | death | protest | drone | other */
    type: text('type').notNull(),
    /** low | medium | high | critical */
    severity: text('severity').notNull().default('medium'),
    /** draft | submitted | returned | closed | duplicate | not_reportable */
    status: text('status').notNull().default('draft'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** The first report: what happened, as the reporting officer wrote it. */
    description: text('description').notNull(),
    /** Casualties not among the people and staff recorded (unidentified, visitors); imported totals beyond them. */
    otherDeaths: integer('other_deaths').notNull().default(0),
    otherInjuries: integer('other_injuries').notNull().default(0),
    /** [{item, quantity, description}] weapons and items used. */
    items: jsonb('items').notNull().default(sql`'[]'::jsonb`),
    /** [{location, description}] damage to locations. */
    damage: jsonb('damage').notNull().default(sql`'[]'::jsonb`),
    /** [{force: police|military|fire|ambulance|other, calledAt, note}] */
    externalForces: jsonb('external_forces').notNull().default(sql`'[]'::jsonb`),
    /** The emergency this incident belongs to. */
    emergency: uuid('emergency'),
    /** For a duplicate: the incident it duplicates. */
    duplicateOf: text('duplicate_of'),
    reportedBy: text('reported_by').notNull(),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull(),
    /** Incremented by every change: a write names the version it saw (409 when it moved on). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('incidents_ends_after_start', sql`${t.endedAt} is null or ${t.endedAt} >= ${t.startedAt}`),
    check('incidents_other_casualties', sql`${t.otherDeaths} >= 0 and ${t.otherInjuries} >= 0`),
    // The national list, newest first (started_at, then id, read backwards).
    index('incidents_started_idx').on(t.startedAt, t.id),
    index('incidents_centre_started_idx').on(t.centre, t.startedAt),
    index('incidents_status_idx').on(t.status, t.centre, t.startedAt),
    index('incidents_type_idx').on(t.type, t.startedAt),
    index('incidents_location_idx').on(t.location, t.startedAt),
    index('incidents_reporter_idx').on(t.reportedBy, t.status),
    index('incidents_emergency_idx').on(t.emergency),
  ],
);

/** A person in custody involved in an incident, in one role (a person may hold several). */
export const incidentPeople = pgTable(
  'incident_people',
  {
    incident: text('incident')
      .notNull()
      .references(() => incidents.id),
    person: text('person').notNull(),
    /** victim | perpetrator | suspected | hostage | injured | escaped | witness | present */
    role: text('role').notNull(),
    /** none | minor | serious | fatal */
    injury: text('injury').notNull().default('none'),
    note: text('note'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    addedBy: text('added_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.incident, t.person, t.role] }), index('incident_people_person_idx').on(t.person)],
);

/** A member of staff involved: role in the incident, injured, taken hostage. */
export const incidentStaff = pgTable(
  'incident_staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    incident: text('incident')
      .notNull()
      .references(() => incidents.id),
    name: text('name').notNull(),
    /** What they did: responder | victim | witness | hostage | other */
    role: text('role').notNull(),
    /** none | minor | serious | fatal */
    injury: text('injury').notNull().default('none'),
    hostage: boolean('hostage').notNull().default(false),
    note: text('note'),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull(),
    addedBy: text('added_by').notNull(),
  },
  (t) => [index('incident_staff_incident_idx').on(t.incident)],
);

/** Narrative addenda: added, never edited. */
export const incidentAddenda = pgTable(
  'incident_addenda',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incident: text('incident')
      .notNull()
      .references(() => incidents.id),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
  },
  (t) => [index('incident_addenda_incident_idx').on(t.incident, t.at)],
);

/** Every change of a report: status transitions with their comment, and edits (what changed). */
export const incidentHistory = pgTable(
  'incident_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    incident: text('incident')
      .notNull()
      .references(() => incidents.id),
    /** A transition (submit, return, resubmit, close, …) or an edit (edit, person_added, …). */
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    comment: text('comment'),
    /** What changed, for edits: {field: {old, new}}. */
    changes: jsonb('changes'),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
  },
  (t) => [index('incident_history_incident_idx').on(t.incident, t.at)],
);
