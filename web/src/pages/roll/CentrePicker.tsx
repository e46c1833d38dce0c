import { useId, useState, type FormEvent } from 'react';
import type { Centre } from '../../api.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { navigate } from '../../router.tsx';
import { useSearchParam, withQuery } from './query.ts';

/** A centre's name for headings: "Name (CODE)", or the code while the list loads. */
export function centreLabel(centre: Centre | undefined, code: string): string {
  return centre ? `${centre.name} (${code})` : code;
}

/**
 * The centre a page is about: the one in the address (?centre=), else the only one of the
 * caseload; '' when the user must choose. `mustPick`: the page shows the picker (no centre yet,
 * or several to choose from).
 */
export function useChosenCentre() {
  const centres = useCentres();
  const fromAddress = useSearchParam('centre').toUpperCase();
  const list = centres.data;
  const centre = fromAddress || (list?.length === 1 ? (list[0]?.code ?? '') : '');
  const name = centre ? centreLabel(list?.find((c) => c.code === centre), centre) : '';
  return { centres, centre, name, mustPick: !centre || (list !== undefined && list.length > 1) };
}

/**
 * Chooses the centre a page is about: a select and a button (nothing happens on the change
 * alone); nothing when the caseload has one centre and it is chosen.
 */
export function CentrePicker({ path }: { path: string }) {
  const { t } = useI18n();
  const id = useId();
  const { centres, centre, mustPick } = useChosenCentre();
  const [choice, setChoice] = useState(centre);
  if (!mustPick) return null;
  if (!centres.data) return <LoadState query={centres} />;
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
