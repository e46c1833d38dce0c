import { useId, type InputHTMLAttributes } from 'react';
import { dateKindOf } from './date-text.ts';
import { DateTextInput, useDateHint } from './DateTextInput.tsx';
import { describedBy, FieldFrame } from './FieldNotes.tsx';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange'> {
  label: string;
  hint?: string | undefined;
  /** What is wrong with the value (from the form's checks or the server): shown under the field. */
  error?: string | undefined;
  /** Said after the label, such as «obligatorio» on a required field. */
  mark?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled input with an optional hint and error tied to it for assistive technology, whose
 * value the caller holds. In a form built with `useSchemaForm`, use `TextInput` (Form.tsx).
 * `type="date"` and `type="datetime-local"` are typed as DD/MM/YYYY [HH:MM] (DateTextInput),
 * the value staying ISO.
 */
export function TextField({ label, hint, error, mark, value, onChange, className, ...input }: TextFieldProps) {
  const id = useId();
  const dateKind = dateKindOf(input.type);
  const fullHint = useDateHint(dateKind, hint);
  if (dateKind) {
    const { type: _type, ...rest } = input;
    return (
      <FieldFrame id={id} label={label} hint={fullHint} error={error} mark={mark} className={className}>
        <DateTextInput
          {...rest}
          id={id}
          kind={dateKind}
          value={value}
          onChange={onChange}
          aria-describedby={describedBy(id, fullHint, error)}
          aria-invalid={error ? true : undefined}
        />
      </FieldFrame>
    );
  }
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} mark={mark} className={className}>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldFrame>
  );
}
