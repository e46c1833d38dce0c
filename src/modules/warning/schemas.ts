import { z } from 'zod';
import { centreCode, instantText, isoDate, isoInstant, locationCode, note, TEXT_LIMITS } from '../../kernel/fields.ts';
import { enumList, pageQueryFields, pageSchema } from '../../kernel/paging.ts';
import { ALERT_SEVERITIES, ALERT_STATUSES, ALERT_TYPES } from '../../kernel/vocabulary.ts';

/**
 * The early warning's alerts: request and response shapes. Browser-safe: zod and the kernel only.
 *
 * Routes (all under /api/v1; texts — reasons, timeline, automatic resolutions — in the request's
 * language; everything limited to the caseload, a centre or alert outside it answers 404):
 * - GET  /alerts?centre&status&type&severity&location&limit&offset&sort&dir   the paged list (alertListQuerySchema → alertPageSchema)
 * - GET  /alerts/:id                       one alert with its history and timeline (alertDetailSchema)
 * - POST /alerts/:id/acknowledge           {note, version} (acknowledgeAlertInputSchema → alertDetailSchema); 409 ALERT_VERSION_CHANGED, 409 ALERT_RESOLVED
 * - POST /alerts/:id/resolve               {reason, version} (resolveAlertInputSchema → alertDetailSchema); 409 ALERT_VERSION_CHANGED, 409 ALERT_RESOLVED
 * - GET  /alerts/stream                    server-sent events `alert` (alertNotificationSchema) when a critical alert is raised or escalated to critical
 * - GET  /warning/board                    the national board (warningBoardSchema)
 * - GET  /centres/:code/warning            a centre's board: pavilions by risk, open alerts (centreWarningSchema)
 * - GET  /locations/:code/risk-history?from&to   a pavilion's risk by day and its alerts (riskHistorySchema)
 * - GET  /warning/as-of?at&centre          the signals on the facts as they stood at `at`, not persisted (asOfSchema)
 *
 * Restricted alerts (built on intelligence: memberships, relations, non-associations, finds) read
 * by a role without `alert.read_restricted`: `withheld: true`, and `reasons`, `persons`, `groups`,
 * `names`, `timeline` are empty (the screens say "Motivo reservado a inteligencia").
 *
 * Audit actions written: `alert.raised`, `alert.changed`, `alert.resolved` (the system's
 * re-evaluation), `alert.acknowledged`, `alert.resolved` (by hand); subject type `alert`.
 */

export const ALERT_TYPE_LIST = ALERT_TYPES;
export const ALERT_SEVERITY_LIST = ALERT_SEVERITIES;
export const ALERT_STATUS_LIST = ALERT_STATUSES;

/** What happened to an alert, in its history (never edited, never deleted). */
export const ALERT_EVENT_KINDS = ['raised', 'severity_changed', 'acknowledged', 'resolved'] as const;
export type AlertEventKind = (typeof ALERT_EVENT_KINDS)[number];

/** How an alert was resolved: the signal stopped (`automatic`) or someone resolved it (`manual`). */
export const ALERT_RESOLUTIONS = ['automatic', 'manual'] as const;
export type AlertResolution = (typeof ALERT_RESOLUTIONS)[number];

/** How the list sorts: severity (then newest), when raised, since, score, centre, type, status. */
export const ALERT_SORTS = ['severity', 'raisedAt', 'since', 'score', 'centre', 'type', 'status'] as const;
export type AlertSort = (typeof ALERT_SORTS)[number];

const severity = z.enum(ALERT_SEVERITIES);
const version = z.coerce.number().int().min(1).max(2_147_483_647);

export const alertParamsSchema = z.object({ id: z.uuid() });
export const centreWarningParamsSchema = z.object({ code: centreCode });
export const locationRiskParamsSchema = z.object({ code: locationCode });

// ---- Reads -------------------------------------------------------------------------------------

/** `GET /alerts`: filters (several values as `status=raised,acknowledged`), paged; default most severe first. */
export const alertListQuerySchema = z.object({
  ...pageQueryFields(ALERT_SORTS, 'severity', 'desc'),
  centre: centreCode.optional(),
  status: enumList(ALERT_STATUSES),
  type: enumList(ALERT_TYPES),
  severity: enumList(ALERT_SEVERITIES),
  /** Alerts about this location or any location under it. */
  location: locationCode.optional(),
});
export type AlertListQuery = z.input<typeof alertListQuerySchema>;

/**
 * An alert as the screens show it. For `GET /warning/as-of` (evaluated, not persisted) `id`,
 * `status`, `version`, `raisedAt` and the lifecycle fields are null.
 */
export const alertSchema = z.object({
  id: z.uuid().nullable(),
  type: z.enum(ALERT_TYPES),
  centre: z.string(),
  centreName: z.string(),
  /** The location the alert is about (a pavilion for a leadership vacuum); null = centre-wide. */
  location: z.string().nullable(),
  locationName: z.string().nullable(),
  severity,
  /** The highest severity it ever had. */
  peakSeverity: severity,
  /** Comparable across alerts of one type; higher is worse. */
  score: z.number(),
  /** When the facts behind it first held. */
  since: instantText,
  status: z.enum(ALERT_STATUSES).nullable(),
  raisedAt: instantText.nullable(),
  lastEvaluatedAt: instantText.nullable(),
  acknowledgedAt: instantText.nullable(),
  /** The display name of who acknowledged it. */
  acknowledgedBy: z.string().nullable(),
  acknowledgedNote: z.string().nullable(),
  resolvedAt: instantText.nullable(),
  /** Who resolved it by hand (display name); null when automatic. */
  resolvedBy: z.string().nullable(),
  /** The hand-written reason, or the words of an automatic resolution in the request's language. */
  resolvedReason: z.string().nullable(),
  resolution: z.enum(ALERT_RESOLUTIONS).nullable(),
  /** Optimistic concurrency: send it back with acknowledge and resolve. */
  version: z.number().int().nullable(),
  /** Built on intelligence-derived facts. */
  restricted: z.boolean(),
  /** The reasons, people, groups and timeline are withheld from this user (restricted alert, no intelligence access). */
  withheld: z.boolean(),
  /** Sentences in the request's language naming the people, groups and places. */
  reasons: z.array(z.string()),
  /** Register numbers of everyone the reasons name. */
  persons: z.array(z.string()),
  /** Codes of every group the reasons name. */
  groups: z.array(z.string()),
  /** Display names of `persons` (by register number) and `groups` (by code). */
  names: z.record(z.string(), z.string()),
});
export type AlertView = z.infer<typeof alertSchema>;

export const alertPageSchema = pageSchema(alertSchema);
export type AlertPageView = z.infer<typeof alertPageSchema>;

/** One entry of an alert's history. */
export const alertEventSchema = z.object({
  at: instantText,
  kind: z.enum(ALERT_EVENT_KINDS),
  severity,
  score: z.number(),
  /** Display name of who did it; null = the system (re-evaluation). */
  by: z.string().nullable(),
  /** The acknowledgement's note, the resolution's reason (automatic ones worded in the request's language). */
  note: z.string().nullable(),
});
export type AlertEventView = z.infer<typeof alertEventSchema>;

/** A fact behind the alert, in time order. */
export const timelineEntrySchema = z.object({ at: instantText, text: z.string() });

/** `GET /alerts/:id` and the answer of acknowledge and resolve. */
export const alertDetailSchema = alertSchema.extend({
  /** Empty when `withheld`. */
  timeline: z.array(timelineEntrySchema),
  /** Oldest first. */
  events: z.array(alertEventSchema),
  /** What this user may do with it now. */
  can: z.object({ acknowledge: z.boolean(), resolve: z.boolean() }),
});
export type AlertDetailView = z.infer<typeof alertDetailSchema>;

/** Open alerts by type and by severity (every key present, 0 when none). */
export const alertCountsSchema = z.object({
  open: z.number().int().min(0),
  byType: z.record(z.enum(ALERT_TYPES), z.number().int().min(0)),
  bySeverity: z.record(z.enum(ALERT_SEVERITIES), z.number().int().min(0)),
});

/** `GET /warning/board`: every centre of the caseload, most severe first (then most open alerts, then name). */
export const warningBoardSchema = z.object({
  at: instantText,
  centres: z.array(
    alertCountsSchema.extend({
      code: z.string(),
      name: z.string(),
      /** The highest severity of its open alerts; null = none open. */
      highest: severity.nullable(),
      /** When the centre's alerts were last evaluated; null = never. */
      lastEvaluatedAt: instantText.nullable(),
    }),
  ),
});
export type WarningBoardView = z.infer<typeof warningBoardSchema>;

/** `GET /centres/:code/warning`: the pavilion map by risk and the open alerts (most severe first). */
export const centreWarningSchema = alertCountsSchema.extend({
  at: instantText,
  centre: z.object({ code: z.string(), name: z.string() }),
  highest: severity.nullable(),
  lastEvaluatedAt: instantText.nullable(),
  /** Every pavilion (and unit directly under the centre), in code order, with its highest open severity. */
  pavilions: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.string(),
      highest: severity.nullable(),
      open: z.number().int().min(0),
    }),
  ),
  alerts: z.array(alertSchema),
});
export type CentreWarningView = z.infer<typeof centreWarningSchema>;

/** `GET /locations/:code/risk-history?from&to` (days YYYY-MM-DD; default the 90 days up to today; at most 366 days). */
export const riskHistoryQuerySchema = z.object({ from: isoDate().optional(), to: isoDate().optional() });
export type RiskHistoryQuery = z.input<typeof riskHistoryQuerySchema>;

export const riskHistorySchema = z.object({
  location: z.object({ code: z.string(), name: z.string(), centre: z.string(), kind: z.string() }),
  from: z.string(),
  to: z.string(),
  /** Every day from `from` to `to` (the centre's days), with the highest severity of the alerts open on it about the location or under it. */
  days: z.array(z.object({ day: z.string(), highest: severity.nullable(), open: z.number().int().min(0) })),
  /** The alerts about it that were open at some time in the period, with their history, newest first. */
  alerts: z.array(alertSchema.extend({ events: z.array(alertEventSchema) })),
});
export type RiskHistoryView = z.infer<typeof riskHistorySchema>;

/**
 * `GET /warning/as-of?at&centre`: the signals on the facts as they stood at `at` (not in the
 * future; default every centre of the caseload). Not persisted: `id`, `status`… are null.
 */
export const asOfQuerySchema = z.object({ at: isoInstant(), centre: centreCode.optional() });
export type AsOfQuery = z.input<typeof asOfQuerySchema>;

export const asOfSchema = z.object({ at: instantText, alerts: z.array(alertSchema) });
export type AsOfView = z.infer<typeof asOfSchema>;

/** `GET /alerts/stream?centre`: only alerts of that centre (default every centre of the caseload). */
export const alertStreamQuerySchema = z.object({ centre: centreCode.optional() });

/** The data of an `alert` server-sent event: no reasons and no people. */
export const alertNotificationSchema = z.object({
  id: z.uuid(),
  type: z.enum(ALERT_TYPES),
  centre: z.string(),
  severity,
  location: z.string().nullable(),
  /** `raised` (new) or `escalated` (an open alert became critical). */
  change: z.enum(['raised', 'escalated']),
  at: instantText,
});
export type AlertNotification = z.infer<typeof alertNotificationSchema>;

// ---- Writes ------------------------------------------------------------------------------------

/** `POST /alerts/:id/acknowledge`: a note is required. */
export const acknowledgeAlertInputSchema = z.object({ version, note: note(1, TEXT_LIMITS.note) });
export type AcknowledgeAlertInput = z.input<typeof acknowledgeAlertInputSchema>;

/**
 * `POST /alerts/:id/resolve`: a reason is required. An alert resolved by hand while its signal
 * still holds is not raised again until the signal stops or rises above the severity it had.
 */
export const resolveAlertInputSchema = z.object({ version, reason: note(3, TEXT_LIMITS.note) });
export type ResolveAlertInput = z.input<typeof resolveAlertInputSchema>;
