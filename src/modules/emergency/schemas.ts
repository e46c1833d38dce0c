import { z } from 'zod';
import { personNamesSchema } from '../register/schemas.ts';
import { centreCode, instantText, isoInstant, locationCode, note, registerNumber } from '../../kernel/fields.ts';
import { pageQueryFields, pageSchema, SORT_DIRECTIONS } from '../../kernel/paging.ts';
import { EMERGENCY_KINDS, VERIFICATION_STATUSES } from '../../kernel/vocabulary.ts';

/**
 * Emergency mode and the missing list: request and response shapes. The API validates with them,
 * the web derives its types from them and checks responses against them. Browser-safe: zod and
 * the kernel only.
 */

export const EMERGENCY_STATUSES = ['active', 'closed'] as const;
/** What an officer may record of a person on the list. */
export const EMERGENCY_MARKS = ['verified', 'injured', 'hostage', 'dead'] as const;

export const emergencyParamsSchema = z.object({ id: z.uuid() });
export const emergencyPersonParamsSchema = emergencyParamsSchema.extend({ person: registerNumber });

/** `POST /emergencies`. */
export const declareEmergencyInputSchema = z.object({ centre: centreCode, kind: z.enum(EMERGENCY_KINDS), reason: note(1, 2000) });
export type DeclareEmergencyInput = z.input<typeof declareEmergencyInputSchema>;

/** `GET /emergencies?centre=&status=`. */
export const emergencyListQuerySchema = z.object({ centre: centreCode.optional(), status: z.enum(EMERGENCY_STATUSES).optional() });

/** Which of the frozen list `GET /emergencies/:id` includes: everyone, those marked other than verified (injured, hostage, dead, escaped), or nobody (the counts say how many). */
export const DETAIL_PEOPLE = ['all', 'marked', 'none'] as const;
export type DetailPeople = (typeof DETAIL_PEOPLE)[number];

/** `GET /emergencies/:id?people=all|marked|none` (all by default). */
export const emergencyDetailQuerySchema = z.object({ people: z.enum(DETAIL_PEOPLE).default('all') });

/** How the frozen list can be ordered: where each was expected (then register number), or by name. */
export const LISTED_SORTS = ['location', 'name'] as const;
export type ListedSort = (typeof LISTED_SORTS)[number];

/**
 * `GET /emergencies/:id/people?q=&status=&location=&sort=&dir=&limit=&offset=` (the kernel's
 * paging shape): `location` is a pavilion, wing or cell of the centre (everyone expected
 * anywhere under it); with `q`, best matches first.
 */
export const emergencyPeopleQuerySchema = z.object({
  q: z.string().max(200).default(''),
  status: z.enum(VERIFICATION_STATUSES).optional(),
  location: locationCode.optional(),
  ...pageQueryFields(LISTED_SORTS, 'location'),
});
export type EmergencyPeopleQuery = Partial<z.output<typeof emergencyPeopleQuerySchema>>;

/** `POST /emergencies/:id/locations/:code/verify`. */
export const locationParamsSchema = emergencyParamsSchema.extend({ code: locationCode });

/**
 * The people the officer saw in the confirmation: exactly everyone still unverified under the
 * location, or the server refuses (409) and nobody is marked.
 */
export const verifyLocationInputSchema = z.object({ people: z.array(registerNumber).min(1).max(20_000), note: note(0, 2000).nullable().default(null) });
export type VerifyLocationInput = z.input<typeof verifyLocationInputSchema>;

/** `POST /emergencies/:id/locations/:code/verify`: who was marked verified, when, by whom. */
export const locationVerifiedSchema = z.object({
  emergency: z.uuid(),
  location: z.string(),
  verified: z.array(z.string()),
  markedAt: instantText,
  markedBy: z.string(),
});
export type LocationVerified = z.infer<typeof locationVerifiedSchema>;

/** `PUT /emergencies/:id/people/:person`. */
export const markPersonInputSchema = z.object({ status: z.enum(EMERGENCY_MARKS), note: note(0, 2000).nullable().default(null) });
export type MarkPersonInput = z.input<typeof markPersonInputSchema>;

/** `POST /emergencies/:id/escapes`: when (default now). */
export const declareEscapesInputSchema = z.object({ at: isoInstant().optional() }).nullish();
export type DeclareEscapesInput = z.input<typeof declareEscapesInputSchema>;

export const emergencyCountsSchema = z.object({
  expected: z.number(),
  unverified: z.number(),
  verified: z.number(),
  injured: z.number(),
  hostage: z.number(),
  dead: z.number(),
  escaped: z.number(),
  recaptured: z.number(),
});
export type EmergencyCountsView = z.infer<typeof emergencyCountsSchema>;

export const emergencySummarySchema = z.object({
  id: z.uuid(),
  centre: z.string(),
  kind: z.enum(EMERGENCY_KINDS),
  status: z.enum(EMERGENCY_STATUSES),
  reason: z.string(),
  declaredAt: instantText,
  declaredBy: z.string(),
  escapesDeclaredAt: instantText.nullable(),
  closedAt: instantText.nullable(),
  closedBy: z.string().nullable(),
  counts: emergencyCountsSchema,
});
export type EmergencySummaryView = z.infer<typeof emergencySummarySchema>;

export const listedPersonSchema = personNamesSchema.extend({
  expectedLocation: z.string().nullable(),
  status: z.enum(VERIFICATION_STATUSES),
  note: z.string().nullable(),
  markedAt: instantText.nullable(),
  markedBy: z.string().nullable(),
  state: z.enum(['in', 'out', 'en_route', 'unaccounted']).nullable(),
  recaptured: z.boolean(),
});
export type ListedPersonView = z.infer<typeof listedPersonSchema>;

export const absentPersonSchema = z.object({
  id: z.string(),
  givenNames: z.string(),
  familyNames: z.string(),
  state: z.enum(['out', 'en_route']),
  outReason: z.string().nullable(),
  destination: z.string().nullable(),
});
export type AbsentPersonView = z.infer<typeof absentPersonSchema>;

/** `GET /emergencies`. */
export const emergencyListSchema = z.object({ emergencies: z.array(emergencySummarySchema) });
export type EmergencyList = z.infer<typeof emergencyListSchema>;

/** `GET /emergencies/:id`. */
export const emergencyDetailSchema = emergencySummarySchema.extend({ people: z.array(listedPersonSchema), out: z.array(absentPersonSchema) });
export type EmergencyDetailView = z.infer<typeof emergencyDetailSchema>;

/** `GET /emergencies/:id/people`: the page asked for (`items`), and how many match in all. */
export const emergencyPeopleSchema = pageSchema(listedPersonSchema);
export type EmergencyPeople = z.infer<typeof emergencyPeopleSchema>;

/** `PUT /emergencies/:id/people/:person`. */
export const personMarkSchema = z.object({
  emergency: z.uuid(),
  person: z.string(),
  status: z.enum(VERIFICATION_STATUSES),
  note: z.string().nullable(),
  markedAt: instantText,
  markedBy: z.string().nullable(),
});
export type PersonMark = z.infer<typeof personMarkSchema>;

/** `POST /emergencies/:id/escapes`. */
export const escapesDeclaredSchema = z.object({
  emergency: z.uuid(),
  at: instantText,
  escaped: z.array(z.string()),
  alreadyUnaccounted: z.array(z.string()),
  skipped: z.array(z.string()),
});
export type EscapesDeclared = z.infer<typeof escapesDeclaredSchema>;

export const missingParamsSchema = z.object({ code: centreCode });

export const MISSING_SORTS = ['name', 'location', 'since'] as const;
export type MissingSort = (typeof MISSING_SORTS)[number];

/**
 * `GET /roll/centres/:code/missing?location=&q=&sort=&dir=&limit=&offset=`: without `limit`,
 * the whole list (as `custodia missing` prints it).
 */
export const missingQuerySchema = z.object({
  location: locationCode.optional(),
  q: z.string().max(200).default(''),
  sort: z.enum(MISSING_SORTS).default('name'),
  dir: z.enum(SORT_DIRECTIONS).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type MissingQuery = Partial<z.output<typeof missingQuerySchema>>;

/** One person unaccounted for (the JSON shape of `custodia missing --json`). */
export const missingPersonSchema = z.object({
  id: z.string(),
  given_names: z.string(),
  family_names: z.string(),
  /** Since when: the escape, or the declaration of the emergency they are not yet found in. */
  since: instantText,
  /** The cell they escaped from, or were expected in when the emergency was declared. */
  last_location: z.string().nullable(),
  national_id: z.string().nullable(),
  birth_date: z.string().nullable(),
  /** Whole years at `at`; null without a birth date. */
  age: z.number().int().nullable(),
  /** The register holds a photograph (`GET /persons/:id/photo`). */
  has_photo: z.boolean(),
});
export type MissingPerson = z.infer<typeof missingPersonSchema>;

/** `GET /roll/centres/:code/missing` and `custodia missing --json`. */
export const missingListSchema = z.object({
  centre: z.string(),
  at: instantText,
  people: z.array(missingPersonSchema),
  /** How many match the filters in all; `people` are those from `offset` (at most `limit`, when asked). */
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int().nullable(),
});
export type MissingList = z.infer<typeof missingListSchema>;
