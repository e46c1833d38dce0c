import { z } from 'zod';
import { pageWindowFields } from '../../kernel/paging.ts';
import { centreCode, country, instantText, isoDate, line, nationalId, note, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
import {
  LEGAL_STATUSES,
  MOVEMENT_TYPES,
  OFFENCES,
  PERSON_SEXES,
  RELEASE_REASONS,
  RISK_LEVELS,
  VULNERABILITIES,
} from '../../kernel/vocabulary.ts';

/**
 * The register's request and response shapes: the API validates with them, the web derives its
 * types from them and checks responses against them. Browser-safe: zod and the kernel only.
 */

/** `/persons/:id`: a register number. */
export const personParamsSchema = z.object({ id: registerNumber });

// ---- Identity --------------------------------------------------------------------------------

/**
 * A new person's identity (admission of someone not yet in the register). Without `id` the
 * system issues the next register number of the admitting centre's series (`MAC-000042`); an
 * `id` given (a number the person already had, an import) is kept as it is.
 */
export const personInputSchema = z.object({
  id: registerNumber.optional(),
  nationalId: nationalId.nullable().default(null),
  givenNames: line(100),
  familyNames: line(100),
  aliases: z.array(line(60)).max(20).default([]),
  birthDate: isoDate().nullable().default(null),
  sex: z.enum(PERSON_SEXES),
  nationality: country.default('ECU'),
});
export type PersonInput = z.input<typeof personInputSchema>;

/** A person's identity as the API sends it. */
export const personSchema = z.object({
  id: z.string(),
  nationalId: z.string().nullable(),
  givenNames: z.string(),
  familyNames: z.string(),
  aliases: z.array(z.string()),
  birthDate: z.string().nullable(),
  sex: z.enum(PERSON_SEXES),
  nationality: z.string(),
});
export type Person = z.infer<typeof personSchema>;

// ---- Identification: physical description and photograph -----------------------------------

/** `PUT /persons/:id/description`: how to recognise the person (every field replaced; null: not recorded). */
export const descriptionInputSchema = z.object({
  heightCm: z.number().int().min(50).max(250).nullable().default(null),
  weightKg: z.number().int().min(20).max(300).nullable().default(null),
  hair: line(60, 0).nullable().default(null),
  eyes: line(60, 0).nullable().default(null),
  /** Scars, marks and other distinguishing features, with where they are. */
  marks: note(0, 2000).nullable().default(null),
  tattoos: note(0, 2000).nullable().default(null),
});
export type DescriptionInput = z.input<typeof descriptionInputSchema>;

export const descriptionSchema = z.object({
  heightCm: z.number().int().nullable(),
  weightKg: z.number().int().nullable(),
  hair: z.string().nullable(),
  eyes: z.string().nullable(),
  marks: z.string().nullable(),
  tattoos: z.string().nullable(),
});
export type Description = z.infer<typeof descriptionSchema>;

/** The photograph formats taken (recognised by their first bytes, whatever the sender says). */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];
/** The largest photograph taken, in bytes (2 MiB). */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

/** `PUT /persons/:id/photo`: the image file's bytes in base64 (JPEG, PNG or WebP, up to 2 MiB). */
export const photoInputSchema = z.object({ photo: z.base64().min(4).max(Math.ceil(PHOTO_MAX_BYTES / 3) * 4) });
export type PhotoInput = z.input<typeof photoInputSchema>;

export const photoRecordedSchema = z.object({
  contentType: z.enum(PHOTO_TYPES),
  bytes: z.number().int(),
  /** SHA-256 of the bytes, hex: what the audit log keeps of a photograph. */
  sha256: z.string(),
  recordedAt: instantText,
});
export type PhotoRecorded = z.infer<typeof photoRecordedSchema>;

/** A person's identity with their physical description and whether a photograph is on file (the person file). */
export const personDetailsSchema = personSchema.extend({
  ...descriptionSchema.shape,
  hasPhoto: z.boolean(),
  /** When the photograph on file was recorded; also what makes its address change when it is replaced. */
  photoRecordedAt: instantText.nullable(),
});
export type PersonDetails = z.infer<typeof personDetailsSchema>;

/** Who a person is, as lists show them: register number and names. */
export const personNamesSchema = personSchema.pick({ id: true, givenNames: true, familyNames: true, aliases: true });
export type PersonNames = z.infer<typeof personNamesSchema>;

// ---- Search ----------------------------------------------------------------------------------

/** `GET /persons?q=`: names, aliases, register numbers or IDs, forgiving accents and typos. */
export const personSearchInputSchema = z.object({
  q: line(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Skip this many of the best matches (the next page: "see more"). */
  offset: pageWindowFields.offset,
});
export type PersonSearchInput = z.input<typeof personSearchInputSchema>;

export const personMatchSchema = personSchema.pick({ id: true, nationalId: true, givenNames: true, familyNames: true, aliases: true, birthDate: true }).extend({
  /** The centre responsible now, or null if not in custody. */
  centre: z.string().nullable(),
  legalStatus: z.enum(LEGAL_STATUSES).nullable(),
  score: z.number(),
});
export type PersonMatch = z.infer<typeof personMatchSchema>;

/** The page of matches (`people`, best first) and how many there are in all (`total`), from `offset`. */
export const personSearchResultSchema = z.object({
  people: z.array(personMatchSchema),
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1),
});
export type PersonSearchResult = z.infer<typeof personSearchResultSchema>;

// ---- The person file -------------------------------------------------------------------------

export const nextOfKinInputSchema = z.object({
  name: line(200),
  relationship: line(60),
  phone: line(40, 0).nullable().default(null),
  address: line(300, 0).nullable().default(null),
});
export type NextOfKinInput = z.input<typeof nextOfKinInputSchema>;

export const nextOfKinSchema = z.object({
  name: z.string(),
  relationship: z.string(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});
export type NextOfKin = z.infer<typeof nextOfKinSchema>;

/** The pretrial clock (COIP art. 541), counted in days of the centre's time zone. */
export const pretrialClockSchema = z.object({
  since: z.string(),
  limitDate: z.string(),
  limitMonths: z.union([z.literal(12), z.literal(18)]),
  daysDetained: z.number().int(),
  daysRemaining: z.number().int(),
  overdue: z.boolean(),
});
export type PretrialClock = z.infer<typeof pretrialClockSchema>;

/** Where a person is now (from the roll). */
export const whereaboutsSchema = z.object({
  centre: z.string(),
  location: z.string().nullable(),
  state: z.enum(['in', 'out', 'en_route', 'unaccounted']),
  outReason: z.enum(['court', 'hospital', 'other']).nullable(),
  since: instantText,
});
export type Whereabouts = z.infer<typeof whereaboutsSchema>;

/** One movement of a person (from the roll), newest first. */
export const personMovementSchema = z.object({
  id: z.number().int(),
  type: z.enum(MOVEMENT_TYPES),
  at: instantText,
  fromCentre: z.string().nullable(),
  fromLocation: z.string().nullable(),
  toCentre: z.string().nullable(),
  toLocation: z.string().nullable(),
  reason: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: instantText,
});
export type PersonMovement = z.infer<typeof personMovementSchema>;

export const courtCaseSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  court: z.string().nullable(),
  charges: z.string(),
  offence: z.enum(OFFENCES),
  maxPenaltyYears: z.number().nullable(),
  lawyer: z.string().nullable(),
  nextHearing: z.string().nullable(),
});
export type CourtCase = z.infer<typeof courtCaseSchema>;

export const legalStatusChangeSchema = z.object({
  legalStatus: z.enum(LEGAL_STATUSES),
  since: z.string(),
  sentenceMonths: z.number().int().nullable(),
  note: z.string().nullable(),
  recordedAt: instantText,
  recordedBy: z.string(),
});
export type LegalStatusChange = z.infer<typeof legalStatusChangeSchema>;

/** A custody episode with its cases and legal-status history. */
export const episodeSchema = z.object({
  id: z.string(),
  person: z.string(),
  centre: z.string(),
  admittingCentre: z.string(),
  admittedAt: instantText,
  arrestedAt: instantText.nullable(),
  commitmentOrder: z.string().nullable(),
  issuingAuthority: z.string().nullable(),
  injuriesOnArrival: z.string().nullable(),
  offence: z.enum(OFFENCES),
  maxPenaltyYears: z.number().nullable(),
  legalStatus: z.enum(LEGAL_STATUSES),
  pretrialSince: z.string().nullable(),
  sentenceMonths: z.number().int().nullable(),
  /**
   * Sentenced: the day the sentence is counted from (the first day held in this custody,
   * preventive detention included, COIP art. 59) and the day it ends (release-date.ts); null when
   * not sentenced or the sentence length is not recorded.
   */
  sentenceStart: z.string().nullable(),
  releaseDate: z.string().nullable(),
  risk: z.enum(RISK_LEVELS),
  releasedAt: instantText.nullable(),
  /** `unspecified`: released by an imported movement that gave no reason code. */
  releaseReason: z.enum([...RELEASE_REASONS, 'unspecified']).nullable(),
  releaseNote: z.string().nullable(),
  cases: z.array(courtCaseSchema),
  legalHistory: z.array(legalStatusChangeSchema),
});
export type Episode = z.infer<typeof episodeSchema>;

/** `GET /persons/:id`: identity, where they are, custody history, legal status, pretrial clock. */
export const personFileSchema = z.object({
  person: personDetailsSchema,
  nextOfKin: z.array(nextOfKinSchema),
  pretrialClock: pretrialClockSchema.nullable(),
  current: whereaboutsSchema.nullable(),
  movements: z.array(personMovementSchema),
  /** Newest first. */
  episodes: z.array(episodeSchema),
});
export type PersonFile = z.infer<typeof personFileSchema>;

// ---- Legal status, classification, cases -----------------------------------------------------

/** `POST /persons/:id/legal-status`. */
export const legalStatusInputSchema = z.object({
  legalStatus: z.enum(LEGAL_STATUSES),
  since: isoDate(),
  sentenceMonths: z.number().int().min(0).max(1200).nullable().default(null),
  note: note(0, TEXT_LIMITS.line).nullable().default(null),
});
export type LegalStatusInput = z.input<typeof legalStatusInputSchema>;

export const legalStatusResultSchema = z.object({
  legalStatus: z.enum(LEGAL_STATUSES),
  pretrialSince: z.string().nullable(),
  sentenceMonths: z.number().int().nullable(),
});
export type LegalStatusResult = z.infer<typeof legalStatusResultSchema>;

/** `PUT /persons/:id/classification`. */
export const classificationInputSchema = z.object({
  risk: z.enum(RISK_LEVELS),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)).max(VULNERABILITIES.length),
  reason: note(5, 1000),
});
export type ClassificationInput = z.input<typeof classificationInputSchema>;

export const classificationSchema = z.object({
  risk: z.enum(RISK_LEVELS),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)),
  reason: z.string(),
  recordedAt: instantText,
  recordedBy: z.string(),
});
export type Classification = z.infer<typeof classificationSchema>;

/** `GET /persons/:id/classification`: the current classification and its history. */
export const classificationFileSchema = z.object({
  risk: z.enum(RISK_LEVELS),
  vulnerabilities: z.array(z.enum(VULNERABILITIES)),
  history: z.array(classificationSchema),
});
export type ClassificationFile = z.infer<typeof classificationFileSchema>;

/** `POST /persons/:id/cases`. */
export const caseInputSchema = z.object({
  caseNumber: line(60),
  court: line(200, 0).nullable().default(null),
  charges: note(1, 1000),
  offence: z.enum(OFFENCES),
  maxPenaltyYears: z.number().min(0).max(100).nullable().default(null),
  lawyer: line(200, 0).nullable().default(null),
  nextHearing: isoDate().nullable().default(null),
});
export type CaseInput = z.input<typeof caseInputSchema>;

export const caseCreatedSchema = z.object({ id: z.string() });
export type CaseCreated = z.infer<typeof caseCreatedSchema>;

// ---- Pretrial limits due ---------------------------------------------------------------------

/** `/centres/:code/pretrial-due`: a centre code. */
export const pretrialDueParamsSchema = z.object({ code: centreCode });

/** `GET /centres/:code/pretrial-due?within=&limit=`: limits passed, and due within `within` days. */
export const pretrialDueQuerySchema = z.object({
  within: z.coerce.number().int().min(0).max(366).default(30),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type PretrialDueQuery = z.input<typeof pretrialDueQuerySchema>;

/** One person whose pretrial limit has passed or falls due soon, with their clock. */
export const pretrialDuePersonSchema = personNamesSchema.pick({ id: true, givenNames: true, familyNames: true }).extend({ clock: pretrialClockSchema });
export type PretrialDuePerson = z.infer<typeof pretrialDuePersonSchema>;

/**
 * `GET /centres/:code/pretrial-due`: the people of the centre in preventive detention whose limit
 * has passed (`overdue`) or falls within `within` days (`due`), the most urgent first; `people`
 * holds at most `limit` of them, the totals count them all.
 */
export const pretrialDueSchema = z.object({
  centre: z.string(),
  /** The centre's calendar day the clocks are counted on. */
  today: z.string(),
  within: z.number().int(),
  overdue: z.number().int(),
  due: z.number().int(),
  people: z.array(pretrialDuePersonSchema),
});
export type PretrialDue = z.infer<typeof pretrialDueSchema>;
