import { z } from 'zod';
import { centreCode, line, locationCode, note, registerNumber, TEXT_LIMITS } from '../../../../src/kernel/fields.ts';
import { findInputSchema, SEARCH_KINDS, SEARCH_RESULTS, SEIZURE_ITEMS, type RecordSearchInput } from '../../../../src/modules/intelligence/schemas.ts';
import { blankIsNull, filled, says } from '../../components/form-rules.ts';

/**
 * The search form's values and how they become the API's request: the same field rules as
 * `POST /searches` (src/modules/intelligence/schemas.ts), read from the controls (a select's ''
 * when nothing is chosen, a quantity as typed, times on the centre's clock).
 */

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const localTime = z.string().refine((value) => LOCAL_TIME.test(value), says('sz.form.timeInvalid'));

/** A whole number as typed ("-3" is a number, refused by the API's rule: at least 1). */
const quantity = z
  .string()
  .trim()
  .refine((value) => /^-?\d+$/.test(value), says('sz.form.quantityWhole'))
  .transform(Number)
  .pipe(findInputSchema.shape.quantity);

export const findFormSchema = z.object({
  item: filled(z.enum(SEIZURE_ITEMS), 'sz.form.itemMissing'),
  quantity,
  whereFound: blankIsNull(line(TEXT_LIMITS.line).nullable()),
  location: blankIsNull(locationCode.nullable()),
  description: blankIsNull(note(1).nullable()),
  person: blankIsNull(registerNumber.nullable()),
  openIncident: z.boolean(),
});

export const searchFormSchema = z.object({
  centre: filled(centreCode, 'sz.form.centreMissing'),
  location: blankIsNull(locationCode.nullable()),
  kind: filled(z.enum(SEARCH_KINDS), 'sz.form.kindMissing'),
  startedAt: localTime,
  endedAt: z.string().refine((value) => value === '' || LOCAL_TIME.test(value), says('sz.form.timeInvalid')),
  team: filled(line(TEXT_LIMITS.line), 'sz.form.teamMissing'),
  result: filled(z.enum(SEARCH_RESULTS), 'sz.form.resultMissing'),
  note: blankIsNull(note(1).nullable()),
  finds: z.array(findFormSchema),
});

export type SearchFormValues = z.input<typeof searchFormSchema>;
export type SearchFormOutput = z.output<typeof searchFormSchema>;
export type FindFormValues = z.input<typeof findFormSchema>;

export const EMPTY_FIND: FindFormValues = { item: '', quantity: '1', whereFound: '', location: '', description: '', person: '', openIncident: false };

/** The request, given the form's checked values and the instants of its times. */
export function toRequest(values: SearchFormOutput, times: { startedAt: string; endedAt: string | null }): RecordSearchInput {
  return {
    centre: values.centre,
    location: values.location,
    kind: values.kind,
    startedAt: times.startedAt,
    endedAt: times.endedAt,
    team: values.team,
    result: values.result,
    note: values.note,
    openIncident: false,
    finds: values.finds.map((find) => ({ ...find })),
  };
}
