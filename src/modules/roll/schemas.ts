import { z } from 'zod';
import { locationSchema } from '../estate/schemas.ts';
import { nextOfKinInputSchema, personInputSchema, personNamesSchema } from '../register/schemas.ts';
import { centreCode, instantText, isoDate, isoInstant, line, locationCode, note, registerNumber } from '../../kernel/fields.ts';
import {
  LEGAL_STATUSES,
  MOVEMENT_TYPES,
  OFFENCES,
  OUT_REASONS,
  RISK_LEVELS,
} from '../../kernel/vocabulary.ts';

/**
 * The roll, the centre and location views, admissions and movements: request and response
 * shapes. The API validates with them, the web derives its types from them and checks responses
 * against them. Browser-safe: zod, the kernel and other modules' schemas.
 */

export const PERSON_STATES = ['in', 'out', 'en_route', 'unaccounted'] as const;

/** `GET /roll?centre=&at=`: now, or as it stood at a past time. */
export const rollQuerySchema = z.object({ centre: centreCode.optional(), at: isoInstant().optional() });
export type RollQuery = z.input<typeof rollQuerySchema>;

/** `GET /roll/stream?centre=`. */
export const rollStreamQuerySchema = z.object({ centre: centreCode.optional() });

export const centreParamsSchema = z.object({ code: centreCode });
export const locationParamsSchema = z.object({ code: locationCode });
export const personParamsSchema = z.object({ id: registerNumber });

/** One centre's line of the establishment roll (also the shape of `custodia roll --json`). */
export const rollLineSchema = z.object({
  on_roll: z.number(),
  in: z.number(),
  out: z.number(),
  out_court: z.number(),
  out_hospital: z.number(),
  unaccounted: z.number(),
  en_route: z.number(),
  en_route_in: z.number(),
  arrived_today: z.number(),
  left_today: z.number(),
  design_capacity: z.number(),
  working_capacity: z.number(),
  max_capacity: z.number(),
  occupancy: z.number(),
  pretrial: z.number(),
  sentenced: z.number(),
});
export type RollLineView = z.infer<typeof rollLineSchema>;

export const rollCentreSchema = rollLineSchema.extend({ code: z.string(), name: z.string(), capacity_estimated: z.boolean() });
export type RollCentreView = z.infer<typeof rollCentreSchema>;

/** `GET /roll`. */
export const rollReportSchema = z.object({ at: z.string(), centres: z.array(rollCentreSchema), totals: rollLineSchema });
export type RollReportView = z.infer<typeof rollReportSchema>;

/** A location with its three capacities and occupancy, summed over what is under it. */
export const locationSummarySchema = locationSchema.extend({
  design: z.number(),
  working: z.number(),
  max: z.number(),
  occupancy: z.number(),
  band: z.enum(['under', 'at', 'over_design', 'over_max']),
});
export type LocationSummaryView = z.infer<typeof locationSummarySchema>;

/** A person placed somewhere (or on the roll, unplaced), with what an officer needs to know. */
export const occupantSchema = personNamesSchema.extend({
  location: z.string().nullable(),
  state: z.enum(PERSON_STATES),
  outReason: z.enum(OUT_REASONS).nullable(),
  since: instantText,
  legalStatus: z.enum(LEGAL_STATUSES).nullable(),
  risk: z.enum(RISK_LEVELS).nullable(),
});
export type OccupantView = z.infer<typeof occupantSchema>;

/** `GET /roll/centres/:code`. */
export const centreTreeSchema = z.object({
  centre: z.object({
    code: z.string(),
    name: z.string(),
    city: z.string(),
    province: z.string(),
    type: z.string(),
    sex: z.string(),
    authority: z.string(),
    capacityEstimated: z.boolean(),
  }),
  locations: z.array(locationSummarySchema),
  unplaced: z.number(),
});
export type CentreTreeView = z.infer<typeof centreTreeSchema>;

/** `GET /roll/centres/:code/unplaced`. */
export const unplacedSchema = z.object({ occupants: z.array(occupantSchema) });
export type Unplaced = z.infer<typeof unplacedSchema>;

/** `GET /roll/locations/:code`. */
export const locationViewSchema = z.object({
  location: locationSummarySchema,
  ancestors: z.array(locationSummarySchema.partial()),
  children: z.array(locationSummarySchema),
  occupants: z.array(occupantSchema),
});
export type LocationViewView = z.infer<typeof locationViewSchema>;

/** `POST /admissions`: a new person's identity or the register number of someone known, and the episode. */
export const admissionInputSchema = z.object({
  person: z.union([personInputSchema, z.object({ id: registerNumber })]),
  to: locationCode,
  admittedAt: isoInstant(),
  arrestedAt: isoInstant().nullable().default(null),
  commitmentOrder: line(100),
  issuingAuthority: line(200),
  injuriesOnArrival: note(0, 2000).nullable().default(null),
  offence: z.enum(OFFENCES),
  maxPenaltyYears: z.number().min(0).max(100).nullable().default(null),
  legalStatus: z.enum(LEGAL_STATUSES),
  pretrialSince: isoDate().nullable().default(null),
  sentenceMonths: z.number().int().min(0).max(1200).nullable().default(null),
  risk: z.enum(RISK_LEVELS).default('medium'),
  nextOfKin: z.array(nextOfKinInputSchema).max(10).default([]),
});
export type AdmissionRequest = z.input<typeof admissionInputSchema>;

export const admissionSchema = z.object({ person: z.string(), episode: z.string(), centre: z.string(), location: z.string().nullable() });
export type Admission = z.infer<typeof admissionSchema>;

/** `POST /persons/:id/movements`. */
export const movementInputSchema = z.object({
  type: z.enum(MOVEMENT_TYPES).exclude(['admission']),
  to: locationCode.nullable().default(null),
  at: isoInstant().optional(),
  reason: line(300, 0).nullable().default(null),
  note: note(0, 2000).nullable().default(null),
});
export type MovementRequest = z.input<typeof movementInputSchema>;

export const movementResultSchema = z.object({
  type: z.string(),
  at: instantText,
  state: z.object({ centre: z.string(), location: z.string().nullable(), state: z.string(), since: instantText }).nullable(),
});
export type MovementResult = z.infer<typeof movementResultSchema>;
