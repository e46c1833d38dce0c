import { useState, type FormEvent } from 'react';
import { dateProblem, registerNumber } from '../../../../src/kernel/fields.ts';
import { SEARCH_KINDS, SEIZURE_ITEMS } from '../../../../src/modules/intelligence/schemas.ts';
import { Page } from '../../components/Page.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import type { FindFilter } from './api.ts';
import { FindTable } from './FindTable.tsx';
import { useCentrePlaces } from './places.ts';
import { maySeizures } from './roles.ts';
import { SearchTable } from './SearchTable.tsx';
import { itemWord } from './words.ts';

interface Draft {
  centre: string;
  location: string;
  person: string;
  item: string;
  kind: string;
  from: string;
  to: string;
}
const EMPTY: Draft = { centre: '', location: '', person: '', item: '', kind: '', from: '', to: '' };
type View = 'searches' | 'finds';

/** The filter as the API takes it: empty fields left out. */
function filterOf(draft: Draft, view: View): FindFilter {
  return {
    ...(draft.centre ? { centre: draft.centre } : {}),
    ...(draft.location ? { location: draft.location } : {}),
    ...(draft.person ? { person: draft.person } : {}),
    ...(draft.item ? { item: [draft.item] } : {}),
    ...(draft.kind && view === 'searches' ? { kind: [draft.kind] } : {}),
    ...(draft.from ? { from: draft.from } : {}),
    ...(draft.to ? { to: draft.to } : {}),
  };
}

/**
 * Searches and finds of the caseload: the searches with what each found, or the finds one by one
 * (with those made outside a search), filtered by centre, place (and under it), person, item, kind
 * of search and days, a page at a time, exported to CSV as filtered.
 */
export function SearchesPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const centres = useCentres();
  const [view, setView] = useState<View>('searches');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [applied, setApplied] = useState<Draft>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<'from' | 'to' | 'person', string>>>({});
  const severalCentres = (centres.data?.length ?? 0) > 1;
  const only = centres.data?.length === 1 ? (centres.data[0]?.code ?? '') : '';
  const places = useCentrePlaces(draft.centre || only);
  const centreName = (code: string) => centres.data?.find((c) => c.code === code)?.name ?? code;

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const wrong = (day: string) => (day && dateProblem(day) ? t('dateInput.dayFormat') : undefined);
    const person = draft.person.trim().toUpperCase();
    const found = {
      from: wrong(draft.from),
      to: wrong(draft.to) ?? (draft.from && draft.to && draft.to < draft.from ? t('sz.filter.order') : undefined),
      person: person && !registerNumber.safeParse(person).success ? t('sz.filter.personFormat') : undefined,
    };
    setProblems(found);
    if (!found.from && !found.to && !found.person) setApplied({ ...draft, person });
  }

  const filter = filterOf(applied, view);
  const filtered = Object.values(applied).some((v) => v !== '');
  return (
    <Page
      title={t('sz.title')}
      intro={t('sz.intro')}
      actions={
        maySeizures(user, 'record') && (
          <Link to="/searches/new" className="button button-primary">
            {t('sz.new')}
          </Link>
        )
      }
    >
      <form className="filter-bar" onSubmit={apply} noValidate aria-label={t('filters.title')}>
        {severalCentres && (
          <SelectField
            label={t('sz.filter.centre')}
            value={draft.centre}
            onChange={(centre) => setDraft({ ...draft, centre, location: '' })}
            placeholder={t('sz.filter.allCentres')}
            options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
            name="centre"
          />
        )}
        {places.length > 0 && (
          <SelectField
            label={t('sz.filter.location')}
            value={draft.location}
            onChange={(location) => setDraft({ ...draft, location })}
            placeholder={t('filters.any')}
            options={places}
            name="location"
          />
        )}
        <TextField
          label={t('sz.filter.person')}
          hint={t('sz.filter.personHint')}
          value={draft.person}
          onChange={(person) => setDraft({ ...draft, person })}
          error={problems.person}
          name="person"
          autoComplete="off"
          spellCheck={false}
        />
        <SelectField
          label={t('sz.filter.item')}
          value={draft.item}
          onChange={(item) => setDraft({ ...draft, item })}
          placeholder={t('filters.any')}
          options={SEIZURE_ITEMS.map((i) => ({ value: i, label: itemWord(t, i) }))}
          name="item"
        />
        {view === 'searches' && (
          <SelectField
            label={t('sz.filter.kind')}
            value={draft.kind}
            onChange={(kind) => setDraft({ ...draft, kind })}
            placeholder={t('filters.any')}
            options={SEARCH_KINDS.map((k) => ({ value: k, label: t(`sz.kind.${k}`) }))}
            name="kind"
          />
        )}
        <TextField type="date" label={t('sz.filter.from')} value={draft.from} onChange={(from) => setDraft({ ...draft, from })} error={problems.from} name="from" />
        <TextField type="date" label={t('sz.filter.to')} value={draft.to} onChange={(to) => setDraft({ ...draft, to })} error={problems.to} name="to" />
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('sz.filter.apply')}
          </button>
          {filtered && (
            <button
              type="button"
              className="button button-link"
              onClick={() => {
                setDraft(EMPTY);
                setApplied(EMPTY);
                setProblems({});
              }}
            >
              {t('filters.clear')}
            </button>
          )}
        </div>
      </form>
      <div className="sz-views" role="group" aria-label={t('sz.view.label')}>
        {(['searches', 'finds'] as const).map((v) => (
          <button key={v} type="button" className="button button-secondary button-small" aria-pressed={view === v} onClick={() => setView(v)}>
            {t(`sz.view.${v}`)}
          </button>
        ))}
      </div>
      {view === 'searches' ? (
        <SearchTable key={JSON.stringify(filter)} filter={filter} centreName={centreName} severalCentres={severalCentres} />
      ) : (
        <FindTable key={JSON.stringify(filter)} filter={filter} centreName={centreName} severalCentres={severalCentres} />
      )}
    </Page>
  );
}
