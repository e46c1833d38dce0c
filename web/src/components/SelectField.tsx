import { useId, type SelectHTMLAttributes } from 'react';
import { FieldNotes, describedBy } from './FieldNotes.tsx';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Said after the label, such as «obligatorio» on a required field. */
  mark?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  /** A first, empty choice ("Seleccione…"). */
  placeholder?: string;
}

/** A labelled select with an optional hint and error. */
export function SelectField({ label, hint, error, mark, value, onChange, options, placeholder, className, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`field ${error ? 'field-invalid' : ''} ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {mark && <span className="field-mark"> ({mark})</span>}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
