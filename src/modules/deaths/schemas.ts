import { z } from 'zod';
import { centreCode, instantText, isoInstant, line, locationCode, note, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
import { pageQueryFields, pageSchema } from '../../kernel/paging.ts';
import { DEATH_CAUSES } from '../../kernel/vocabulary.ts';
import { personNamesSchema } from '../register/schemas.ts';

/**
 * The deaths-in-custody register: request and response shapes. The API validates with them, the
 * web derives its types from them and checks responses against them. Browser-safe.
 */

export { DEATH_CAUSES };

/** What must follow a death (Mandela rules 71–72), in the order the checklist shows them. */
export const DEATH_OBLIGATIONS = [
  'next_of_kin_informed',
  'judge_informed',
  'ombudsman_informed',
  'investigation_opened',
  'autopsy',
  'body_handed_over',
] as const;
export type DeathObligation = (typeof DEATH_OBLIGATIONS)[number];

/** The state of a notice due within 24 hours of the death; `late`: made, but after the 24 hours. */
export const ALERT_STATES = ['done', 'late', 'due', 'overdue'] as const;

export const deathParamsSchema = z.object({ person: registerNumber });
export const obligationParamsSchema = deathParamsSchema.extend({ obligation: z.enum(DEATH_OBLIGATIONS) });

/**
 * `POST /deaths`: record a death, or complete the entry of one already recorded as a movement
 * (then `at` is the movement's and may be left out). `centre`, when given, is where the person is
 * said to be held; `location` a cell or unit of that centre (none: the centre as a whole).
 */
export const recordDeathInputSchema = z.object({
  person: registerNumber,
  at: isoInstant().optional(),
  centre: centreCode.optional(),
  location: locationCode.nullable().default(null),
  cause: z.enum(DEATH_CAUSES).default('pending'),
  circumstances: note(0, TEXT_LIMITS.note).default(''),
  foundBy: line(TEXT_LIMITS.name, 0).nullable().default(null),
  incident: line(64).nullable().default(null),
});
export type RecordDeathInput = z.output<typeof recordDeathInputSchema>;
export type RecordDeathRequest = z.input<typeof recordDeathInputSchema>;

/** `PUT /deaths/:person/cause`: the reason may be empty only when the cause was pending. */
export const changeCauseInputSchema = z.object({ cause: z.enum(DEATH_CAUSES), reason: note(0, TEXT_LIMITS.line).default('') });
export type ChangeCauseRequest = z.input<typeof changeCauseInputSchema>;

/** `PUT /deaths/:person/obligations/:obligation`: who did it, when, with what reference. */
export const obligationInputSchema = z.object({
  doneAt: isoInstant(),
  doneBy: line(TEXT_LIMITS.name),
  reference: line(TEXT_LIMITS.name, 0).nullable().default(null),
  note: note(0, 2000).nullable().default(null),
});
export type ObligationRequest = z.input<typeof obligationInputSchema>;

export const DEATH_SORTS = ['at', 'name', 'centre', 'cause'] as const;

/** `GET /deaths?centre=&cause=&from=&to=&overdue=&late=`: the register, newest first by default. */
export const deathListQuerySchema = z.object({
  centre: centreCode.optional(),
  cause: z.enum(DEATH_CAUSES).optional(),
  from: isoInstant().optional(),
  to: isoInstant().optional(),
  overdue: z.enum(['true', 'false']).optional(),
  /** Entries with a notice made after its 24 hours (true), or none made late (false). */
  late: z.enum(['true', 'false']).optional(),
  /** One person's entry, if they died in custody (an empty page if not). */
  person: registerNumber.optional(),
  ...pageQueryFields(DEATH_SORTS, 'at', 'desc'),
});
export type DeathListQuery = z.input<typeof deathListQuerySchema>;

/** `doneAt`: when the notice was made (with `done` and `late`; for the authority, the earlier of judge and ombudsman). */
const alertSchema = z.object({ state: z.enum(ALERT_STATES), dueAt: instantText, doneAt: instantText.optional() });
export const deathAlertsSchema = z.object({ nextOfKin: alertSchema, authority: alertSchema });

const entryFields = {
  person: personNamesSchema,
  at: instantText,
  centre: z.string(),
  /** Where the person died, as recorded; null = the centre, or not yet written. */
  location: z.string().nullable(),
  /** The person's last cell or unit on the roll. */
  lastLocation: z.string().nullable(),
  /** The names of `location` and `lastLocation` (null when there is none). */
  locationName: z.string().nullable(),
  lastLocationName: z.string().nullable(),
  cause: z.enum(DEATH_CAUSES),
  /** Whether the circumstances or who found the person have been written (a death movement alone has neither). */
  detailsRecorded: z.boolean(),
  emergency: z.string().nullable(),
  alerts: deathAlertsSchema,
  overdue: z.boolean(),
};

export const deathListItemSchema = z.object({ ...entryFields, obligationsDone: z.number().int().min(0) });
export const deathListSchema = pageSchema(deathListItemSchema);
export type DeathListItem = z.infer<typeof deathListItemSchema>;

export const causeChangeSchema = z.object({ from: z.enum(DEATH_CAUSES), to: z.enum(DEATH_CAUSES), reason: z.string(), at: instantText, by: z.string() });
export const obligationSchema = z.object({
  obligation: z.enum(DEATH_OBLIGATIONS),
  done: z
    .object({ doneAt: instantText, doneBy: z.string(), reference: z.string().nullable(), note: z.string().nullable(), recordedAt: instantText, recordedBy: z.string() })
    .nullable(),
});

/** `GET /deaths/:person`: the entry with the cause's history and the Mandela checklist. */
export const deathEntrySchema = z.object({
  ...entryFields,
  circumstances: z.string(),
  foundBy: z.string().nullable(),
  incident: z.string().nullable(),
  recordedAt: instantText.nullable(),
  recordedBy: z.string().nullable(),
  causeHistory: z.array(causeChangeSchema),
  obligations: z.array(obligationSchema),
});
export type DeathEntry = z.infer<typeof deathEntrySchema>;

/** `POST /deaths`: whose death, when, at which centre, and whether the movement was written now. */
export const recordedDeathSchema = z.object({ person: z.string(), at: instantText, centre: z.string(), movementRecorded: z.boolean() });
