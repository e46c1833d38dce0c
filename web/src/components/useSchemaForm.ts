import { toNestErrors } from '@hookform/resolvers';
import { useRef } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Resolver, type UseFormProps, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { describeIssue } from '../../../src/kernel/field-messages.ts';
import { hasMessage, useI18n, type Language, type Translate } from '../i18n/index.ts';

/**
 * Forms: react-hook-form, validated by a zod schema — the endpoint's input schema from
 * `src/modules/<module>/schemas.ts`, or one derived from it (`.extend`, `.refine`) when the form
 * asks more than the API (a password typed twice). Every refusal is worded in the user's
 * language with the kernel's `describeIssue` ("Debe tener al menos 3 caracteres."); a rule of
 * the form itself names its message with `params: { messageKey }` (a key of the catalogues).
 *
 * Why not `zodResolver` as it is: it copies zod's `issue.message`, which is zod's English (and the
 * shared field rules' English); this resolver words each issue instead and nests the errors with
 * the library's own `toNestErrors`.
 *
 * See Form.tsx for the form, its fields and how the server's refusals are shown.
 */

/** A schema whose input is the form's values. */
export type FormSchema<TValues extends FieldValues> = z.ZodType<FieldValues, TValues>;

/** A form built by `useSchemaForm`: react-hook-form's, typed by the schema's input and output. */
export type SchemaForm<TValues extends FieldValues, TOutput extends FieldValues = TValues> = UseFormReturn<TValues, unknown, TOutput>;

/** An empty text where one is needed is a missing value ("Es obligatorio."), not a text too short. */
const REQUIRED = { code: 'invalid_type', expected: 'string', input: undefined, message: 'undefined', path: [] } as unknown as z.core.$ZodIssue;
const isEmptyText = (issue: z.core.$ZodIssue) => issue.code === 'too_small' && issue.origin === 'string' && Number(issue.minimum) === 1 && issue.input === '';

const isBadlyWrittenDay = (issue: z.core.$ZodIssue) =>
  (issue as { params?: { reason?: unknown } }).params?.reason === 'date_format' || (issue.code === 'invalid_format' && issue.format === 'date');

/** A zod issue as a sentence for the user, in their language. */
export function wordIssue(issue: z.core.$ZodIssue, language: Language, t: Translate): string {
  const key = (issue as { params?: { messageKey?: unknown } }).params?.messageKey;
  if (typeof key === 'string' && hasMessage(key)) return t(key);
  // Dates are typed DD/MM/YYYY here (DateTextInput), not as the API's YYYY-MM-DD.
  if (isBadlyWrittenDay(issue)) return t('dateInput.dayFormat');
  const text = describeIssue(isEmptyText(issue) ? REQUIRED : issue, language);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Errors by field path: the first issue of each path, worded. */
function fieldErrors(issues: z.core.$ZodIssue[], word: (issue: z.core.$ZodIssue) => string): Record<string, FieldError> {
  const errors: Record<string, FieldError> = Object.create(null) as Record<string, FieldError>;
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= { type: issue.code, message: word(issue) };
  }
  return errors;
}

function schemaResolver<TValues extends FieldValues, TOutput extends FieldValues>(
  schema: z.ZodType<TOutput, TValues>,
  word: { current: (issue: z.core.$ZodIssue) => string },
): Resolver<TValues, unknown, TOutput> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values);
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: toNestErrors(fieldErrors(result.error.issues, word.current), options) };
  };
}

/**
 * A react-hook-form form validated by `schema`, its messages in the user's language. Pass the
 * result to `<Form form={…}>` and to its fields.
 *
 * @example
 * const form = useSchemaForm(locationStatusInputSchema, { status: 'closed', reason: '' });
 * <Form form={form} onSubmit={(values) => setStatus.mutateAsync(values)} submitLabel={t('…')}>
 *   <TextInput form={form} name="reason" label={t('locationAdmin.reason')} />
 * </Form>
 */
export function useSchemaForm<TValues extends FieldValues, TOutput extends FieldValues>(
  schema: z.ZodType<TOutput, TValues>,
  defaultValues: DefaultValues<TValues>,
  options: Omit<UseFormProps<TValues, unknown, TOutput>, 'resolver' | 'defaultValues'> = {},
): SchemaForm<TValues, TOutput> {
  const { language, t } = useI18n();
  // The resolver is made once; it reads the current language through this ref.
  const word = useRef((issue: z.core.$ZodIssue) => wordIssue(issue, language, t));
  word.current = (issue) => wordIssue(issue, language, t);
  const resolver = useRef(schemaResolver(schema, word));
  return useForm<TValues, unknown, TOutput>({ ...options, defaultValues, resolver: resolver.current });
}
