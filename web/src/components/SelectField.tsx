import { useId, type SelectHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldNotes.tsx';

export interface Choice {
  value: string;
  label: string;
  /** The language of the label, when not the page's (a language's own name). */
  lang?: string;
}

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange'> {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Said after the label, such as «obligatorio» on a required field. */
  mark?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  options: readonly Choice[];
  /** A first, empty choice ("Seleccione…"). */
  placeholder?: string;
}

/** The options of a select, after an optional empty first choice. */
export function SelectOptions({ options, placeholder }: { options: readonly Choice[]; placeholder?: string | undefined }) {
  return (
    <>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </>
  );
}

/** A labelled select with an optional hint and error. In a `useSchemaForm` form, use `SelectInput`. */
export function SelectField({ label, hint, error, mark, value, onChange, options, placeholder, className, ...select }: SelectFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} mark={mark} className={className}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...select}
      >
        <SelectOptions options={options} placeholder={placeholder} />
      </select>
    </FieldFrame>
  );
}
