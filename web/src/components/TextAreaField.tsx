import { useId, type TextareaHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldNotes.tsx';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Said after the label, such as «obligatorio» on a required field. */
  mark?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line text with an optional hint and error. In a `useSchemaForm` form, use `TextAreaInput`. */
export function TextAreaField({ label, hint, error, mark, value, onChange, className, rows = 3, ...area }: TextAreaFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} mark={mark} className={className}>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...area}
      />
    </FieldFrame>
  );
}
