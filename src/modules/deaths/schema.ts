import { bigserial, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The deaths-in-custody register (Mandela rules 71–72). A death is a `death` movement on the
 * roll (the roll module's); this row holds what the register adds, one per person. A death
 * movement with no row here is an entry whose cause is `pending` and whose details are still to
 * be written.
 */
export const deathRecords = pgTable(
  'death_records',
  {
    person: text('person').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    centre: text('centre').notNull(),
    /** Where the person died: a location code, or null for the centre as a whole. */
    location: text('location'),
    /** homicide | self_inflicted | natural | accident | undetermined | pending */
    cause: text('cause').notNull().default('pending'),
    circumstances: text('circumstances').notNull().default(''),
    foundBy: text('found_by'),
    incident: text('incident'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('death_records_centre_at_idx').on(t.centre, t.at), index('death_records_incident_idx').on(t.incident)],
);

/** Every change of a death's cause, with its reason: the register keeps them all. */
export const deathCauseChanges = pgTable(
  'death_cause_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    person: text('person').notNull(),
    fromCause: text('from_cause').notNull(),
    toCause: text('to_cause').notNull(),
    reason: text('reason').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    by: text('by').notNull(),
  },
  (t) => [index('death_cause_changes_person_idx').on(t.person, t.at)],
);

/**
 * The obligations that follow a death (Mandela rules 71–72), each done once: next of kin
 * informed, judge informed, ombudsman informed, independent investigation opened, autopsy,
 * body handed to the family.
 */
export const deathObligations = pgTable(
  'death_obligations',
  {
    person: text('person').notNull(),
    /** next_of_kin_informed | judge_informed | ombudsman_informed | investigation_opened | autopsy | body_handed_over */
    obligation: text('obligation').notNull(),
    /** When it was done (may be earlier than when it was recorded). */
    doneAt: timestamp('done_at', { withTimezone: true }).notNull(),
    /** Who did it, as written (an authority, an officer, a family member). */
    doneBy: text('done_by').notNull(),
    /** A reference: the investigation's number, the authority informed. */
    reference: text('reference'),
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.person, t.obligation] })],
);
