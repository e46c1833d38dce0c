import { z } from 'zod';
import { locationSchema } from '../estate/schemas.ts';
import { placementCheckSchema } from '../housing/schemas.ts';
import { nextOfKinInputSchema, personInputSchema, personNamesSchema } from '../register/schemas.ts';
import { centreCode, groupCode, instantText, isoDate, isoInstant, line, locationCode, note, registerNumber } from '../../kernel/fields.ts';
import { enumList, pageQueryFields, pageSchema } from '../../kernel/paging.ts';
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

/** `GET /roll/centres/:code/out`: the people of the centre's roll out now (court, hospital), longest out first. */
export const peopleOutSchema = z.object({ people: z.array(occupantSchema) });
export type PeopleOut = z.infer<typeof peopleOutSchema>;

/** Someone en route to a centre: the sending centre, and the cell chosen at departure (if any). */
export const arrivalSchema = occupantSchema.extend({ from: z.string(), fromName: z.string(), destinationLocation: z.string().nullable() });
export type ArrivalView = z.infer<typeof arrivalSchema>;

/** `GET /roll/centres/:code/arrivals`: the people en route to the centre, to be received there. */
export const arrivalsSchema = z.object({ people: z.array(arrivalSchema) });
export type Arrivals = z.infer<typeof arrivalsSchema>;

/** `GET /roll/centres/:code/arrivals/:id/placement-check?cell=`: housing's placement check of receiving that person into the cell. */
export const arrivalCheckParamsSchema = z.object({ code: centreCode, id: registerNumber });
export const arrivalCheckQuerySchema = z.object({ cell: locationCode });
export const arrivalCheckSchema = placementCheckSchema;
export type ArrivalCheckView = z.infer<typeof arrivalCheckSchema>;

/** `GET /roll/locations/:code`. */
export const locationViewSchema = z.object({
  location: locationSummarySchema,
  ancestors: z.array(locationSummarySchema.partial()),
  children: z.array(locationSummarySchema),
  occupants: z.array(occupantSchema),
});
export type LocationViewView = z.infer<typeof locationViewSchema>;

/** `GET /roll/locations/:code?occupants=none`: the view without its occupants (the screen pages them through `/people`). */
export const locationViewQuerySchema = z.object({ occupants: z.enum(['all', 'none']).default('all') });

/** How a location's people can be sorted. */
export const LOCATION_PEOPLE_SORTS = ['name', 'id', 'cell', 'since', 'state', 'legalStatus'] as const;
export type LocationPeopleSort = (typeof LOCATION_PEOPLE_SORTS)[number];

/**
 * `GET /roll/locations/:code/people`: the people placed in a location or under it, a page at a
 * time, filtered by wing (a wing under the location), legal status (`none`: not recorded), state
 * and criminal group (for those who may read memberships; the reading is audited).
 */
export const locationPeopleQuerySchema = z.object({
  ...pageQueryFields(LOCATION_PEOPLE_SORTS, 'name'),
  wing: locationCode.optional(),
  legalStatus: enumList([...LEGAL_STATUSES, 'none']),
  state: enumList(PERSON_STATES),
  group: groupCode.optional(),
});
/** What a client may send (every field optional; the server fills in the defaults). */
export type LocationPeopleQuery = Partial<z.output<typeof locationPeopleQuerySchema>>;

export const locationPeoplePageSchema = pageSchema(occupantSchema);
export type LocationPeoplePage = z.infer<typeof locationPeoplePageSchema>;

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
