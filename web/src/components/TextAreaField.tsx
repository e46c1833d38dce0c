import { useId, type TextareaHTMLAttributes } from 'react';
import { FieldNotes, describedBy } from './FieldNotes.tsx';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Said after the label, such as «obligatorio» on a required field. */
  mark?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

/** A labelled multi-line text with an optional hint and error. */
export function TextAreaField({ label, hint, error, mark, value, onChange, className, rows = 3, ...area }: TextAreaFieldProps) {
  const id = useId();
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {mark && <span className="field-mark"> ({mark})</span>}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...area}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
