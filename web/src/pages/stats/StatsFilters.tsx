import { useId, useState } from 'react';
import type { Centre } from '../../api.ts';
import { DateTextInput } from '../../components/DateTextInput.tsx';
import { useI18n } from '../../i18n/index.ts';
import { isDay, recentYears, type Period } from './period.ts';

interface StatsFiltersProps {
  period: Period;
  onPeriod: (period: Period) => void;
  /** '' = every centre of the caseload. */
  centre: string;
  onCentre: (centre: string) => void;
  /** The centres of the user's caseload: the only ones offered. */
  centres: readonly Centre[];
  /** Whether the caseload is the whole country (the first choice then says so). */
  national: boolean;
  /** Years only (the annual report). */
  yearsOnly?: boolean;
}

/** The period (the last twelve months, a year, or two days) and the centre of the statistics pages. */
export function StatsFilters({ period, onPeriod, centre, onCentre, centres, national, yearsOnly }: StatsFiltersProps) {
  const { t } = useI18n();
  const periodId = useId();
  const centreId = useId();
  const [draft, setDraft] = useState(() => (period.kind === 'range' ? { from: period.from, to: period.to } : { from: '', to: '' }));
  const years = recentYears();
  const choice = period.kind === 'year' ? String(period.year) : period.kind;

  function choose(value: string) {
    if (value === 'recent') onPeriod({ kind: 'recent' });
    else if (value === 'range') {
      setDraft({ from: '', to: '' });
      onPeriod({ kind: 'range', from: '', to: '' });
    } else onPeriod({ kind: 'year', year: Number(value) });
  }
  function typeDay(bound: 'from' | 'to', value: string) {
    const next = { ...draft, [bound]: value };
    setDraft(next);
    if (isDay(next.from) && isDay(next.to)) onPeriod({ kind: 'range', ...next });
  }
  const badDay = (value: string) => value !== '' && !isDay(value);
  const reversed = isDay(draft.from) && isDay(draft.to) && draft.from > draft.to;

  return (
    <>
      <div className="list-filters stats-filters" role="group" aria-label={t('stats.filters')}>
        <label htmlFor={periodId}>
          {t('stats.filter.period')}
          <select id={periodId} value={choice} onChange={(event) => choose(event.target.value)}>
            {!yearsOnly && <option value="recent">{t('stats.period.recent')}</option>}
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year === years[0] ? t('stats.period.thisYear', { year }) : String(year)}
              </option>
            ))}
            {!yearsOnly && <option value="range">{t('stats.period.range')}</option>}
          </select>
        </label>
        {period.kind === 'range' &&
          (['from', 'to'] as const).map((bound) => (
            <label key={bound}>
              {t(bound === 'from' ? 'stats.filter.from' : 'stats.filter.to')}
              <DateTextInput kind="date" value={draft[bound]} onChange={(value) => typeDay(bound, value)} aria-invalid={badDay(draft[bound]) || undefined} />
            </label>
          ))}
        <label htmlFor={centreId}>
          {t('stats.filter.centre')}
          <select id={centreId} value={centre} onChange={(event) => onCentre(event.target.value)}>
            <option value="">{national ? t('stats.scope.country') : t('stats.scope.caseload')}</option>
            {centres.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      {(badDay(draft.from) || badDay(draft.to)) && period.kind === 'range' && <p className="field-error">{t('stats.filter.dayInvalid')}</p>}
      {reversed && period.kind === 'range' && <p className="field-error">{t('stats.filter.reversed')}</p>}
    </>
  );
}
