import { z } from 'zod';
import type { MessageKey } from '../i18n/index.ts';

/**
 * What a form adds to the API's input schemas (useSchemaForm.ts): the values of its controls (a
 * select's '' when nothing is chosen, an empty date or note, a comma-separated list) read into
 * the request's values, and refusals worded by a catalogue message (`params.messageKey`) where
 * the form says more than the shared wording.
 *
 * @example
 * const person = admissionInputSchema.shape.person.options[0].shape;
 * z.object({
 *   sex: filled(person.sex),                                  // '' → "Es obligatorio."
 *   birthDate: blankIsNull(person.birthDate),                 // '' → null, else a YYYY-MM-DD day
 *   aliases: commaList(person.aliases),                       // "Fito, El Gordo" → ['Fito', 'El Gordo']
 *   to: filled(upperCase(locationCode), 'move.toMissing'),    // said in the form's own words when blank
 * });
 */

/** A refusal worded by the catalogue's `messageKey`. */
export function says(messageKey: MessageKey) {
  return { params: { messageKey } };
}

/**
 * `schema` reading what the control gives. zod types a pipe's target by its exact input, so that
 * an API field with a default (input `T | undefined`) would not take the control's `T`: it does.
 */
function fed<T extends z.ZodType, I>(schema: T) {
  return schema as unknown as z.ZodType<z.output<T>, I>;
}

/**
 * A required control: left blank (nothing chosen or written) it is refused — "Es obligatorio.",
 * or in the words of `messageKey` — otherwise `schema` checks the value.
 */
export function filled<T extends z.ZodType>(schema: T, messageKey?: MessageKey) {
  const text = z.string().trim();
  const present = messageKey ? text.refine((value) => value !== '', says(messageKey)) : text.min(1);
  return present.pipe(fed<T, string>(schema));
}

/** An optional control (a date, a note): left blank, it is null; otherwise `schema` checks it. */
export function blankIsNull<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((value) => (value.trim() === '' ? null : value))
    .pipe(fed<T, string | null>(schema));
}

/** A list written in one line, comma-separated; `schema` checks the items. */
export function commaList<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    )
    .pipe(fed<T, string[]>(schema));
}

/**
 * A number typed with a decimal comma or point ("2,5"), or a whole number when `whole`: left
 * blank, it is null; otherwise refused with `messageKey` when it is no such number, then checked
 * by `schema`.
 */
export function typedNumber<T extends z.ZodType>(schema: T, messageKey: MessageKey, { whole = false } = {}) {
  const pattern = whole ? /^\d+$/ : /^\d+([.,]\d+)?$/;
  return z
    .string()
    .trim()
    .refine((value) => value === '' || pattern.test(value), says(messageKey))
    .transform((value) => (value === '' ? null : Number(value.replace(',', '.'))))
    .pipe(fed<T, number | null>(schema));
}

/** A code typed in any case, read in capitals (a `capitals` TextInput shows them so as one types). */
export function upperCase<T extends z.ZodType>(schema: T) {
  return z
    .string()
    .transform((value) => value.trim().toUpperCase())
    .pipe(fed<T, string>(schema));
}
