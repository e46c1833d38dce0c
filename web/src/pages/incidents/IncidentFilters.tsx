import { isoDate, registerNumber } from '../../../../src/kernel/fields.ts';
import { INCIDENT_STATUSES, INCIDENT_TYPES, type IncidentListQuery } from '../../../../src/modules/incidents/schemas.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { useTreeOf } from '../roll/queries.ts';

/** What the filters hold as typed ('' = no filter). */
export interface FilterValues {
  centre: string;
  type: string;
  status: string;
  from: string;
  to: string;
  person: string;
  location: string;
}

export const NO_FILTERS: FilterValues = { centre: '', type: '', status: '', from: '', to: '', person: '', location: '' };

const validDay = (value: string) => value !== '' && isoDate().safeParse(value).success;
const validPerson = (value: string) => registerNumber.safeParse(value.trim().toUpperCase()).success;

/** The query of the filters: a date or register number not (yet) valid is left out and marked on its field. */
export function filterQuery(f: FilterValues): IncidentListQuery {
  return {
    ...(f.centre ? { centre: f.centre } : {}),
    ...(f.type ? { type: [f.type as (typeof INCIDENT_TYPES)[number]] } : {}),
    ...(f.status ? { status: [f.status as (typeof INCIDENT_STATUSES)[number]] } : {}),
    ...(validDay(f.from) ? { from: f.from } : {}),
    ...(validDay(f.to) ? { to: f.to } : {}),
    ...(f.person && validPerson(f.person) ? { person: f.person.trim().toUpperCase() } : {}),
    ...(f.centre && f.location ? { location: f.location } : {}),
  };
}

interface IncidentFiltersProps {
  values: FilterValues;
  onChange: (name: keyof FilterValues, value: string) => void;
  onClear: () => void;
}

/** The list's filters: centre, type, status, the days it started between, a person, a location of the centre. */
export function IncidentFilters({ values, onChange, onClear }: IncidentFiltersProps) {
  const { t } = useI18n();
  const centres = useCentres();
  const tree = useTreeOf(values.centre);
  const places = (tree.data?.locations ?? []).filter((l) => l.kind !== 'cell').sort((a, b) => a.path.localeCompare(b.path));
  const dayError = (value: string) => (value !== '' && !validDay(value) ? t('inc.filter.dayInvalid') : undefined);
  const filtered = Object.values(values).some((v) => v !== '');
  return (
    <div className="list-filters incident-filters" role="group" aria-label={t('filters.title')}>
      <FilterSelect
        label={t('filters.centre')}
        value={values.centre}
        onChange={(v) => onChange('centre', v)}
        options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
      />
      <FilterSelect
        label={t('inc.filter.type')}
        value={values.type}
        onChange={(v) => onChange('type', v)}
        options={INCIDENT_TYPES.map((type) => ({ value: type, label: t(`inc.type.${type}`) }))}
      />
      <FilterSelect
        label={t('inc.filter.status')}
        value={values.status}
        onChange={(v) => onChange('status', v)}
        options={INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`inc.status.${s}`) }))}
      />
      {values.centre && places.length > 0 && (
        <FilterSelect
          label={t('inc.filter.location')}
          value={values.location}
          onChange={(v) => onChange('location', v)}
          options={places.map((l) => ({ value: l.code, label: `${l.name} (${l.code})` }))}
        />
      )}
      <TextField type="date" label={t('inc.filter.from')} value={values.from} onChange={(v) => onChange('from', v)} error={dayError(values.from)} />
      <TextField type="date" label={t('inc.filter.to')} value={values.to} onChange={(v) => onChange('to', v)} error={dayError(values.to)} />
      <TextField
        label={t('inc.filter.person')}
        hint={t('inc.filter.personHint')}
        value={values.person}
        onChange={(v) => onChange('person', v)}
        error={values.person.trim() !== '' && !validPerson(values.person) ? t('inc.filter.personInvalid') : undefined}
        autoComplete="off"
        spellCheck={false}
        maxLength={30}
      />
      {filtered && (
        <button type="button" className="button button-link" onClick={onClear}>
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}
