import { z } from 'zod';
import { country, instantText, isoDate, line, nationalId, note, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
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

/** A new person's identity (admission of someone not yet in the register). */
export const personInputSchema = z.object({
  id: registerNumber,
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

/** Who a person is, as lists show them: register number and names. */
export const personNamesSchema = personSchema.pick({ id: true, givenNames: true, familyNames: true, aliases: true });
export type PersonNames = z.infer<typeof personNamesSchema>;

// ---- Search ----------------------------------------------------------------------------------

/** `GET /persons?q=`: names, aliases, register numbers or IDs, forgiving accents and typos. */
export const personSearchInputSchema = z.object({
  q: line(200),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PersonSearchInput = z.input<typeof personSearchInputSchema>;

export const personMatchSchema = personSchema.pick({ id: true, nationalId: true, givenNames: true, familyNames: true, aliases: true, birthDate: true }).extend({
  /** The centre responsible now, or null if not in custody. */
  centre: z.string().nullable(),
  legalStatus: z.enum(LEGAL_STATUSES).nullable(),
  score: z.number(),
});
export type PersonMatch = z.infer<typeof personMatchSchema>;

export const personSearchResultSchema = z.object({ people: z.array(personMatchSchema) });
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
  person: personSchema,
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
