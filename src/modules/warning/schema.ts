import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A sentence in both languages, as signals write them. */
type StoredSentence = { es: string; en: string };

/**
 * An early-warning alert: a signal's finding about one subject of one centre, kept with its
 * lifecycle — raised, acknowledged (by whom, with a note), resolved (automatically when the
 * finding stops, or by hand with a reason). Never deleted (the database refuses). At most one
 * open (not resolved) alert per (type, centre, subject): a partial unique index.
 */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** kernel ALERT_TYPES */
    type: text('type').notNull(),
    centre: text('centre').notNull(),
    location: text('location'),
    /** Tells two findings of one type and centre apart across evaluations. */
    subject: text('subject').notNull(),
    /** low | medium | high | critical: now (or when resolved). */
    severity: text('severity').notNull(),
    peakSeverity: text('peak_severity').notNull(),
    score: doublePrecision('score').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull(),
    reasons: jsonb('reasons').$type<StoredSentence[]>().notNull(),
    persons: text('persons').array().notNull(),
    groups: text('groups').array().notNull(),
    restricted: boolean('restricted').notNull(),
    timeline: jsonb('timeline').$type<{ at: string; text: StoredSentence }[]>().notNull(),
    /** raised | acknowledged | resolved */
    status: text('status').notNull(),
    raisedAt: timestamp('raised_at', { withTimezone: true }).notNull(),
    lastEvaluatedAt: timestamp('last_evaluated_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    /** The user's id, and their display name then. */
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedByName: text('acknowledged_by_name'),
    acknowledgedNote: text('acknowledged_note'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    resolvedByName: text('resolved_by_name'),
    /** The hand-written reason; null when resolved automatically (worded on reading). */
    resolvedReason: text('resolved_reason'),
    /** automatic | manual, once resolved. */
    resolution: text('resolution'),
    /**
     * Resolved by hand while its finding still held: no new alert for the subject while the
     * finding keeps holding at no higher severity. Cleared when an evaluation no longer finds it.
     */
    suppressed: boolean('suppressed').notNull().default(false),
    /** Optimistic concurrency: every change adds one. */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    check('alerts_status_known', sql`${t.status} in ('raised', 'acknowledged', 'resolved')`),
    check('alerts_severity_known', sql`${t.severity} in ('low', 'medium', 'high', 'critical') and ${t.peakSeverity} in ('low', 'medium', 'high', 'critical')`),
    check(
      'alerts_resolution_consistent',
      sql`(${t.status} = 'resolved') = (${t.resolvedAt} is not null and ${t.resolution} in ('automatic', 'manual'))`,
    ),
    uniqueIndex('alerts_one_open_per_subject').on(t.type, t.centre, t.subject).where(sql`${t.status} <> 'resolved'`),
    index('alerts_centre_status_idx').on(t.centre, t.status),
    index('alerts_location_idx').on(t.location, t.raisedAt),
    index('alerts_raised_idx').on(t.raisedAt, t.id),
    index('alerts_suppressed_idx').on(t.centre).where(sql`${t.suppressed}`),
  ],
);

/** An alert's history: one row per change. Never updated or deleted (the database refuses). */
export const alertEvents = pgTable(
  'alert_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    alert: uuid('alert')
      .notNull()
      .references(() => alerts.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** raised | severity_changed | acknowledged | resolved */
    kind: text('kind').notNull(),
    /** The alert's severity and score after the change. */
    severity: text('severity').notNull(),
    score: doublePrecision('score').notNull(),
    /** The user's id and display name; null = the system (re-evaluation). */
    by: text('by'),
    byName: text('by_name'),
    /** The acknowledgement's note, the resolution's reason by hand. */
    note: text('note'),
  },
  (t) => [index('alert_events_alert_idx').on(t.alert, t.id)],
);
