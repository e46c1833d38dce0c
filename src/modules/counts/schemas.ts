import { z } from 'zod';
import { personNamesSchema } from '../register/schemas.ts';
import { centreCode, instantText, line, locationCode, note, registerNumber, TEXT_LIMITS } from '../../kernel/fields.ts';
import { COUNT_KINDS, LOCATION_KINDS, LOCATION_STATUSES } from '../../kernel/vocabulary.ts';

/**
 * Counts and the roll sheet: request and response shapes. The API validates with them, the web
 * derives its types from them and checks responses against them. Browser-safe: zod and the
 * kernel only.
 */

export const LINE_STATUSES = ['pending', 'ok', 'discrepancy', 'reconciled'] as const;

/** A line's location in a URL: a location code, or '-' for the people not placed (location ''). */
export const countLineParamsSchema = z.object({ id: z.uuid(), location: z.union([z.literal('-'), locationCode]) });
export const countParamsSchema = z.object({ id: z.uuid() });

/** `POST /counts`. */
export const startCountInputSchema = z.object({
  centre: centreCode,
  kind: z.enum(COUNT_KINDS),
  note: line(TEXT_LIMITS.line, 0).nullable().default(null),
});
export type StartCountInput = z.input<typeof startCountInputSchema>;

/** `GET /counts/due?centre=`. */
export const countDueQuerySchema = z.object({ centre: centreCode });

/**
 * The standard count of the centre due now: its time (HH:MM in the centre's zone) and instant,
 * whether a count was started since; the next one; the count in progress, if any.
 */
export const countDueSchema = z.object({
  centre: z.string(),
  timeZone: z.string(),
  times: z.array(z.string()),
  due: z.object({ time: z.string(), at: instantText, started: z.boolean() }),
  next: z.object({ time: z.string(), at: instantText }),
  openCount: z.uuid().nullable(),
});
export type CountDueView = z.infer<typeof countDueSchema>;

/** `GET /counts?centre=`. */
export const countListQuerySchema = z.object({ centre: centreCode.optional() });

/** `PUT /counts/:id/lines/:location/count`. */
export const enterCountInputSchema = z.object({ counted: z.number().int().min(0).max(100_000) });
export type EnterCountInput = z.input<typeof enterCountInputSchema>;

/** `PUT /counts/:id/lines/:location/marks`. */
export const markPeopleInputSchema = z.object({ marks: z.array(z.object({ person: registerNumber, present: z.boolean() })).min(1).max(5000) });
export type MarkPeopleInput = z.input<typeof markPeopleInputSchema>;

/** `POST /counts/:id/lines/:location/reconcile`. */
export const reconcileLineInputSchema = z.object({ explanation: note(5, 2000) });
export type ReconcileLineInput = z.input<typeof reconcileLineInputSchema>;

/** A count session as the API sends it. */
export const countSessionSchema = z.object({
  id: z.string(),
  centre: z.string(),
  kind: z.enum(COUNT_KINDS),
  status: z.enum(['open', 'closed']),
  startedAt: instantText,
  startedBy: z.string(),
  closedAt: instantText.nullable(),
  closedBy: z.string().nullable(),
  note: z.string().nullable(),
});
export type CountSessionView = z.infer<typeof countSessionSchema>;

export const countTotalsSchema = z.object({
  lines: z.number(),
  expected: z.number(),
  counted: z.number(),
  discrepancies: z.number(),
  unreconciled: z.number(),
  pending: z.number(),
});
export type CountTotalsView = z.infer<typeof countTotalsSchema>;

export const countLineSchema = z.object({
  location: z.string().describe("a location code; '' for people on the roll not placed (written '-' in URLs)"),
  name: z.string().nullable(),
  kind: z.enum(LOCATION_KINDS).nullable(),
  pavilion: z.object({ code: z.string(), name: z.string() }).nullable(),
  expected: z.number(),
  counted: z.number().nullable(),
  difference: z.number().nullable(),
  status: z.enum(LINE_STATUSES),
  countedBy: z.string().nullable(),
  countedAt: instantText.nullable(),
  reconciliation: z.string().nullable(),
  reconciledBy: z.string().nullable(),
  reconciledAt: instantText.nullable(),
});
export type CountLineItem = z.infer<typeof countLineSchema>;

/** A count with every line: `POST /counts`, `GET /counts/:id`, `POST /counts/:id/close`. */
export const countDetailSchema = z.object({ session: countSessionSchema, lines: z.array(countLineSchema), totals: countTotalsSchema });
export type CountDetailView = z.infer<typeof countDetailSchema>;

/** One line and the count's totals, after an entry, marks or a reconciliation. */
export const countLineResultSchema = z.object({ line: countLineSchema, totals: countTotalsSchema });
export type CountLineResult = z.infer<typeof countLineResultSchema>;

/** `GET /counts`. */
export const countListSchema = z.object({ counts: z.array(countSessionSchema.extend({ totals: countTotalsSchema })) });
export type CountList = z.infer<typeof countListSchema>;

/** Who a person on a count or a roll sheet is. */
const personNames = personNamesSchema.shape;

/** `GET /counts/:id/lines/:location/people`: who was expected there at the start, with their marks. */
export const linePeopleSchema = z.object({
  location: z.string(),
  expected: z.number(),
  people: z.array(
    z.object({
      ...personNames,
      present: z.boolean().nullable(),
      markedBy: z.string().nullable(),
      markedAt: instantText.nullable(),
    }),
  ),
});
export type LinePeople = z.infer<typeof linePeopleSchema>;

/** `GET /roll/centres/:code/sheet?pavilion=`. */
export const rollSheetParamsSchema = z.object({ code: centreCode });
export const rollSheetQuerySchema = z.object({ pavilion: locationCode });

export const rollSheetSchema = z.object({
  centre: z.object({ code: z.string(), name: z.string() }),
  pavilion: z.object({ code: z.string(), name: z.string() }),
  generatedAt: instantText,
  cells: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      kind: z.enum(LOCATION_KINDS),
      status: z.enum(LOCATION_STATUSES),
      people: z.array(
        z.object({
          ...personNames,
          legalStatus: z.string().nullable(),
          risk: z.string().nullable(),
          state: z.string(),
          outReason: z.string().nullable(),
          /** Where the register's photograph is (`/api/v1/persons/:id/photo`), or null when it holds none. */
          photo: z.string().nullable(),
        }),
      ),
    }),
  ),
  totals: z.object({ placed: z.number(), in: z.number() }),
});
export type RollSheet = z.infer<typeof rollSheetSchema>;
