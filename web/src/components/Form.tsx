import { useId, useState, type FormHTMLAttributes, type InputHTMLAttributes, type ReactNode, type Ref, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { get, useController, type FieldValues, type Path, type RegisterOptions } from 'react-hook-form';
import { ApiError } from '../api.ts';
import { errorText } from '../errors.ts';
import { useI18n } from '../i18n/index.ts';
import { ErrorAlert } from './Alert.tsx';
import { dateKindOf } from './date-text.ts';
import { DateTextInput, useDateHint } from './DateTextInput.tsx';
import { describedBy, FieldFrame } from './FieldNotes.tsx';
import { SelectOptions, type Choice } from './SelectField.tsx';
import type { SchemaForm } from './useSchemaForm.ts';

/**
 * A form and its fields on `useSchemaForm` (useSchemaForm.ts). `<Form>` validates with the
 * schema, then calls `onSubmit` with the parsed values; while it runs the submit button is
 * disabled and says `busyLabel`. What went wrong is said twice, as people need it: next to each
 * field, and in an alert above the form (role="alert": read out at once) — the fields to fix, or
 * the server's message. A refusal of the server naming a field of the form (ApiError.field,
 * "newPassword") is shown on that field too. A form of one or two fields may leave the alert of
 * fields to fix out (`summary={false}`): each problem is then said once, next to its field.
 *
 * @example
 * const form = useSchemaForm(passwordFormSchema, { currentPassword: '', newPassword: '', confirm: '' });
 * <Form form={form} onSubmit={save} submitLabel={t('password.submit')} busyLabel={t('password.submitting')}>
 *   <TextInput form={form} name="currentPassword" label={t('password.current')} type="password" />
 *   <TextInput form={form} name="newPassword" label={t('password.new')} hint={t('password.newHint')} type="password" />
 * </Form>
 */

interface FormProps<TValues extends FieldValues, TOutput extends FieldValues>
  extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  form: SchemaForm<TValues, TOutput>;
  /** Sends the values; a thrown ApiError is shown (on its field when it names one). */
  onSubmit: (values: TOutput) => Promise<unknown> | void;
  /**
   * The form's field a refusal of the server names (ApiError.field, a path of the request), where
   * the form's fields are not the request's; by default the field of that name, if the form has it.
   */
  fieldOf?: (serverField: string, values: TValues) => Path<TValues> | null;
  submitLabel: string;
  /** The button's text while sending; the submit label when not given. */
  busyLabel?: string;
  /** The submit button's classes (a danger button for closing, say). */
  submitClassName?: string;
  /** Whether the submit button is off for a reason of the page (nothing checked yet, a blocked move). */
  submitDisabled?: boolean;
  /** The submit button, for a page that moves the focus back to it. */
  submitRef?: Ref<HTMLButtonElement>;
  /**
   * Whether the alert above the form also lists the fields to fix and repeats a refusal of the
   * server shown on its field (default). Off, those are said next to the field only; a failure
   * no field owns is still in the alert.
   */
  summary?: boolean;
  /** Before the fields (a heading); after them come the alert's place and the fields. */
  header?: ReactNode;
  /** More buttons next to the submit button (cancel). */
  actions?: ReactNode;
  /** The classes of the buttons' row ('form-actions field-wide' in a grid form). */
  actionsClassName?: string;
  children: ReactNode;
}

export function Form<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  onSubmit,
  fieldOf = (serverField, values) => (get(values, serverField) !== undefined ? (serverField as Path<TValues>) : null),
  submitLabel,
  busyLabel,
  submitClassName = 'button button-primary',
  submitDisabled = false,
  submitRef,
  summary = true,
  header,
  actions,
  actionsClassName = 'form-actions',
  children,
  className = 'form',
  ...rest
}: FormProps<TValues, TOutput>) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const { errors, isSubmitting, isSubmitted } = form.formState;
  const invalid = Object.values(errors).length > 0;

  const submit = form.handleSubmit(
    async (values) => {
      setFailure(null);
      try {
        await onSubmit(values);
      } catch (error) {
        const field = error instanceof ApiError && error.field ? fieldOf(error.field, form.getValues()) : null;
        if (field) form.setError(field, { type: 'server', message: errorText(error, t) }, { shouldFocus: true });
        if (!field || summary) setFailure(errorText(error, t));
      }
    },
    () => setFailure(null),
  );

  return (
    <form className={className} onSubmit={submit} noValidate {...rest}>
      {header}
      {(failure || (summary && isSubmitted && invalid)) && (
        // Across the whole width of a grid form.
        <div className="field-wide">
          <ErrorAlert>{failure ?? fieldProblems(errors, t('form.fixFields'))}</ErrorAlert>
        </div>
      )}
      {children}
      <div className={actionsClassName}>
        <button type="submit" className={submitClassName} disabled={isSubmitting || submitDisabled} ref={submitRef}>
          {isSubmitting && busyLabel ? busyLabel : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}

/** The message of the field to fix; of several, the lead sentence and their messages (each once). */
function fieldProblems(errors: object, lead: string): ReactNode {
  const messages: string[] = [];
  const collect = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const message = (node as { message?: unknown }).message;
    if (typeof message === 'string' && message) messages.push(message);
    else for (const [key, child] of Object.entries(node)) if (key !== 'ref') collect(child);
  };
  collect(errors);
  const unique = [...new Set(messages)];
  if (messages.length === 1) return unique[0];
  return (
    <>
      <p>{lead}</p>
      <ul>
        {unique.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </>
  );
}

/** What a field of a schema form needs: the form, the field's name, its label, hint and mark. */
interface BoundProps<TValues extends FieldValues, TOutput extends FieldValues> {
  form: SchemaForm<TValues, TOutput>;
  name: Path<TValues>;
  label: string;
  hint?: string | undefined;
  mark?: string | undefined;
  /** react-hook-form's options for the value (valueAsNumber for numbers). */
  rules?: RegisterOptions<TValues, Path<TValues>>;
}

/** The error message of a field, if any. */
function useFieldError<TValues extends FieldValues, TOutput extends FieldValues>(form: SchemaForm<TValues, TOutput>, name: Path<TValues>) {
  return (get(form.formState.errors, name) as { message?: string } | undefined)?.message;
}

type Rest<T> = Omit<T, 'id' | 'name' | 'form' | 'value' | 'defaultValue' | 'onChange' | 'onBlur'>;

type TextInputProps<TValues extends FieldValues, TOutput extends FieldValues> = BoundProps<TValues, TOutput> &
  Rest<InputHTMLAttributes<HTMLInputElement>> & { capitals?: boolean };

/**
 * A text input of a schema form (type text, password, date, number…). With `capitals`, what is
 * typed turns to capitals at once (codes, register numbers), the caret staying where it was.
 * `type="date"` and `type="datetime-local"` are typed as DD/MM/YYYY [HH:MM] whatever the
 * browser's locale (DateTextInput); the form's value stays ISO.
 */
export function TextInput<TValues extends FieldValues, TOutput extends FieldValues>(props: TextInputProps<TValues, TOutput>) {
  return dateKindOf(props.type) ? <DateInput {...props} /> : <PlainTextInput {...props} />;
}

/** A date or date-and-time field of a schema form: typed DD/MM/YYYY [HH:MM], held as ISO text. */
function DateInput<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  name,
  label,
  hint,
  mark,
  rules,
  className,
  capitals: _capitals,
  type,
  ...input
}: TextInputProps<TValues, TOutput>) {
  const id = useId();
  const kind = dateKindOf(type) ?? 'date';
  const error = useFieldError(form, name);
  const fullHint = useDateHint(kind, hint);
  const { field } = useController({ control: form.control, name, ...(rules ? { rules: rules as object } : {}) });
  return (
    <FieldFrame id={id} label={label} hint={fullHint} error={error} mark={mark} className={className}>
      <DateTextInput
        id={id}
        aria-describedby={describedBy(id, fullHint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
        kind={kind}
        name={field.name}
        value={typeof field.value === 'string' ? field.value : ''}
        onChange={field.onChange}
        onBlur={field.onBlur}
        inputRef={field.ref}
      />
    </FieldFrame>
  );
}

function PlainTextInput<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  name,
  label,
  hint,
  mark,
  rules,
  className,
  capitals = false,
  ...input
}: TextInputProps<TValues, TOutput>) {
  const id = useId();
  const error = useFieldError(form, name);
  const field = form.register(name, rules);
  const onChange: typeof field.onChange = (event: { target: HTMLInputElement }) => {
    if (capitals) {
      const { target } = event;
      const [start, end] = [target.selectionStart, target.selectionEnd];
      target.value = target.value.toUpperCase();
      target.setSelectionRange(start, end);
    }
    return field.onChange(event);
  };
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} mark={mark} className={className}>
      <input
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
        {...field}
        onChange={onChange}
      />
    </FieldFrame>
  );
}

/** A multi-line text of a schema form. */
export function TextAreaInput<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  name,
  label,
  hint,
  mark,
  rules,
  className,
  rows = 3,
  ...area
}: BoundProps<TValues, TOutput> & Rest<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const id = useId();
  const error = useFieldError(form, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} mark={mark} className={className}>
      <textarea id={id} rows={rows} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...area} {...form.register(name, rules)} />
    </FieldFrame>
  );
}

/** A select of a schema form. */
export function SelectInput<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  name,
  label,
  hint,
  mark,
  rules,
  className,
  options,
  placeholder,
  ...select
}: BoundProps<TValues, TOutput> & Rest<SelectHTMLAttributes<HTMLSelectElement>> & { options: readonly Choice[]; placeholder?: string }) {
  const id = useId();
  const error = useFieldError(form, name);
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} mark={mark} className={className}>
      <select id={id} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined} {...select} {...form.register(name, rules)}>
        <SelectOptions options={options} placeholder={placeholder} />
      </select>
    </FieldFrame>
  );
}

/** One checkbox of a schema form, for a yes/no value. */
export function CheckboxInput<TValues extends FieldValues, TOutput extends FieldValues>({
  form,
  name,
  label,
  rules,
}: Omit<BoundProps<TValues, TOutput>, 'hint' | 'mark'>) {
  return (
    <label className="checkbox">
      <input type="checkbox" {...form.register(name, rules)} />
      <span>{label}</span>
    </label>
  );
}

interface ChoicesProps<TValues extends FieldValues, TOutput extends FieldValues> {
  form: SchemaForm<TValues, TOutput>;
  name: Path<TValues>;
  /** The choices; their labels may be rich (a code and a name). */
  options: readonly { value: string; label: ReactNode }[];
  /** Radio buttons (one value) or checkboxes (a list of values). */
  type: 'radio' | 'checkbox';
  className?: string;
  /** Called with the new value when the user changes it. */
  onPick?: (value: string | string[]) => void;
}

/** Radio buttons or checkboxes of a schema form; a list of checkboxes gives an array, whatever its length. */
export function Choices<TValues extends FieldValues, TOutput extends FieldValues>({ form, name, options, type, className, onPick }: ChoicesProps<TValues, TOutput>) {
  const { field } = useController({ control: form.control, name });
  const error = useFieldError(form, name);
  const value: unknown = field.value;
  const picked = (option: string) => (Array.isArray(value) ? value.includes(option) : value === option);
  const pick = (option: string, on: boolean) => {
    const list = Array.isArray(value) ? (value as string[]) : [];
    const next = type === 'radio' ? option : on ? [...list, option] : list.filter((v) => v !== option);
    field.onChange(next);
    onPick?.(next);
  };
  return (
    <div className={className}>
      {options.map((option) => (
        <label key={option.value} className="checkbox">
          <input
            type={type}
            name={field.name}
            value={option.value}
            checked={picked(option.value)}
            onChange={(event) => pick(option.value, event.target.checked)}
            onBlur={field.onBlur}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
