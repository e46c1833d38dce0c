import { z } from 'zod';
import { centreCode, instantText, isoDate, line, locationCode, reason, timeZone } from '../../kernel/fields.ts';
import {
  AUTHORITIES,
  CENTRE_SEXES,
  CENTRE_TYPES,
  LOCATION_KINDS,
  LOCATION_SEXES,
  LOCATION_STATUSES,
  REGIMES,
  SECURITY_LEVELS,
} from '../../kernel/vocabulary.ts';

/**
 * The estate's request and response shapes: the API validates with them, the web derives its
 * types from them and checks responses against them. Browser-safe: zod and the kernel only.
 */

// ---- Centres ---------------------------------------------------------------------------------

/** A centre to add (`POST /centres`); the time zone must be one of the IANA database. */
export const centreInputSchema = z.object({
  code: centreCode,
  name: line(200),
  city: line(100),
  province: line(100),
  type: z.enum(CENTRE_TYPES),
  sex: z.enum(CENTRE_SEXES),
  authority: z.enum(AUTHORITIES),
  timezone: timeZone.default('America/Guayaquil'),
  capacityEstimated: z.boolean().default(false),
});
export type CentreInput = z.input<typeof centreInputSchema>;

/** A centre as the API sends it. */
export const centreSchema = z.object({
  code: z.string(),
  name: z.string(),
  city: z.string(),
  province: z.string(),
  type: z.enum(CENTRE_TYPES),
  sex: z.enum(CENTRE_SEXES),
  authority: z.enum(AUTHORITIES),
  timezone: z.string(),
  capacityEstimated: z.boolean(),
});
export type Centre = z.infer<typeof centreSchema>;

export const centreListSchema = z.object({ centres: z.array(centreSchema) });
export type CentreList = z.infer<typeof centreListSchema>;

/** One record of who controlled a centre (`since` null: before it was registered here). */
export const authorityRecordSchema = z.object({
  authority: z.enum(AUTHORITIES),
  since: z.string().nullable(),
  decree: z.string().nullable(),
  recordedAt: instantText,
  recordedBy: z.string(),
});
export type AuthorityRecord = z.infer<typeof authorityRecordSchema>;

/** A centre with its control-authority history, newest first (`GET /centres/:code`). */
export const centreDetailSchema = centreSchema.extend({ authorityHistory: z.array(authorityRecordSchema) });
export type CentreDetail = z.infer<typeof centreDetailSchema>;

/** `GET /centres/:code`: any text, so an unknown or malformed code is simply not found. */
export const centreParamsSchema = z.object({ code: z.string().max(40) });

/** `POST /centres/:code/authority`. */
export const authorityParamsSchema = z.object({ code: locationCode });
export const authorityChangeInputSchema = z.object({
  authority: z.enum(AUTHORITIES),
  since: isoDate(),
  decree: line(200, 3),
});
export type AuthorityChangeInput = z.input<typeof authorityChangeInputSchema>;

// ---- Locations -------------------------------------------------------------------------------

const capacity = z.number().int().min(0).max(100_000);

/** A location to add to a centre's tree (`POST /locations`). */
export const locationInputSchema = z.object({
  code: locationCode,
  centre: locationCode,
  parent: locationCode.nullable().default(null),
  kind: z.enum(LOCATION_KINDS),
  name: line(100),
  sex: z.enum(LOCATION_SEXES).default('any'),
  regime: z.enum(REGIMES).default('mixed'),
  security: z.enum(SECURITY_LEVELS).default('medium'),
  designCapacity: capacity.nullable(),
  workingCapacity: capacity.nullable(),
  maxCapacity: capacity.nullable(),
});
export type LocationInput = z.input<typeof locationInputSchema>;

/** A location as the API sends it. */
export const locationSchema = z.object({
  code: z.string(),
  centre: z.string(),
  parent: z.string().nullable(),
  kind: z.enum(LOCATION_KINDS),
  name: z.string(),
  sex: z.enum(LOCATION_SEXES),
  regime: z.enum(REGIMES),
  security: z.enum(SECURITY_LEVELS),
  designCapacity: z.number().int().nullable(),
  workingCapacity: z.number().int().nullable(),
  maxCapacity: z.number().int().nullable(),
  status: z.enum(LOCATION_STATUSES),
  path: z.string(),
  depth: z.number().int(),
});
export type Location = z.infer<typeof locationSchema>;

export const locationListSchema = z.object({ locations: z.array(locationSchema) });
export type LocationList = z.infer<typeof locationListSchema>;

export const locationParamsSchema = z.object({ code: locationCode });

/** `PUT /locations/:code/capacity`. */
export const capacityInputSchema = z.object({
  designCapacity: capacity,
  workingCapacity: capacity,
  maxCapacity: capacity,
  reason,
});
export type CapacityInput = z.input<typeof capacityInputSchema>;

/** `PUT /locations/:code/status`: closing, reopening or marking damaged, with a reason. */
export const locationStatusInputSchema = z.object({ status: z.enum(LOCATION_STATUSES), reason });
export type LocationStatusInput = z.input<typeof locationStatusInputSchema>;

/** A capacity or status change of a location (`GET /locations/:code/history`), newest first. */
export const locationChangeSchema = z.object({
  kind: z.enum(['capacity', 'status']),
  oldValue: z.string(),
  newValue: z.string(),
  reason: z.string(),
  at: instantText,
  recordedBy: z.string(),
});
export type LocationChange = z.infer<typeof locationChangeSchema>;

export const locationHistorySchema = z.object({ changes: z.array(locationChangeSchema) });
export type LocationHistory = z.infer<typeof locationHistorySchema>;
