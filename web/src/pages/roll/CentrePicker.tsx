import { useId, useState, type FormEvent } from 'react';
import type { Centre } from '../../api.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import type { Load } from '../../useLoad.ts';
import { withQuery } from './query.ts';

interface CentrePickerProps {
  centres: Load<Centre[]>;
  retry: () => void;
  /** The page to open with ?centre= the chosen code. */
  path: string;
  current?: string;
}

/** Chooses the centre a page is about: a select and a button (nothing happens on the change alone). */
export function CentrePicker({ centres, retry, path, current = '' }: CentrePickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [choice, setChoice] = useState(current);
  if (centres.status !== 'ready') return <LoadState load={centres} retry={retry} />;
  if (centres.data.length === 0) return <p className="empty-state">{t('rollCentre.none')}</p>;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (choice) navigate(withQuery(path, { centre: choice }));
  }

  return (
    <form className="filter-bar roll-picker" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="visually-hidden">
        {t('rollCentre.choose')}
      </p>
      <SelectField
        label={t('rollCentre.label')}
        value={choice}
        onChange={setChoice}
        placeholder={t('rollCentre.choose')}
        options={centres.data.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }))}
      />
      <div className="filter-actions">
        <button type="submit" className="button button-secondary" disabled={!choice}>
          {t('rollCentre.submit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The centre a page is about: the one in the address, else the only one of the caseload; ''
 * when the user must choose.
 */
export function chosenCentre(fromAddress: string, centres: Load<Centre[]>): string {
  if (fromAddress) return fromAddress.toUpperCase();
  if (centres.status === 'ready' && centres.data.length === 1) return centres.data[0]?.code ?? '';
  return '';
}
