import { useId } from 'react';
import { useI18n } from '../i18n/index.ts';
import { SelectOptions, type Choice } from './SelectField.tsx';

interface FilterSelectProps {
  label: string;
  /** '' = no filter ("Todos"). */
  value: string;
  onChange: (value: string) => void;
  options: readonly Choice[];
}

/** One filter of a list: a labelled select whose first choice is "Todos" (no filter). Goes in a `.list-filters` group. */
export function FilterSelect({ label, value, onChange, options }: FilterSelectProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <SelectOptions options={options} placeholder={t('filters.any')} />
      </select>
    </label>
  );
}
