import { useMemo } from 'react';
import { useI18n, type Language, type Translate } from '../../i18n/index.ts';
import type { DeathCause, IncidentType, OpenDataValue, SeizureItem } from '../../api-stats.ts';

/** Numbers of the statistics in the user's language: counts, people, places, shares and rates. */
export interface StatsFormat {
  /** A count or a number of people (an average is rounded to whole people). */
  count: (n: number) => string;
  /** A ratio as prisoners per 100 places (1.1234 → "112"). */
  per100: (ratio: number) => string;
  /** A ratio as a percentage with one decimal (0.3742 → "37,4 %"). */
  percent: (ratio: number) => string;
  /** A rate per 10,000 with two decimals. */
  rate: (n: number) => string;
  /** A month `YYYY-MM` as "dic 2025" / "Dec 2025". */
  month: (month: string) => string;
  /** The same, short for an axis: "dic 25". */
  monthShort: (month: string) => string;
  /** A change from `before` to `now` as a signed percentage ("+3,1 %"); '' when there was nothing before. */
  change: (now: number, before: number) => string;
}

const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };

export function statsFormat(language: Language): StatsFormat {
  const locale = LOCALES[language];
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const signed = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const rate = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const asDate = (m: string) => new Date(`${m.slice(0, 7)}-01T00:00:00Z`);
  return {
    count: (n) => whole.format(n),
    per100: (ratio) => whole.format(ratio * 100),
    percent: (ratio) => percent.format(ratio),
    rate: (n) => rate.format(n),
    month: (m) => month.format(asDate(m)),
    monthShort: (m) => monthShort.format(asDate(m)),
    change: (now, before) => (before > 0 ? signed.format((now - before) / before) : ''),
  };
}

export function useStatsFormat(): StatsFormat {
  const { language } = useI18n();
  return useMemo(() => statsFormat(language), [language]);
}

export const causeWord = (t: Translate, cause: DeathCause) => t(`death.cause.${cause}`);
export const incidentWord = (t: Translate, type: IncidentType) => t(`inc.type.${type}`);
export const itemWord = (t: Translate, item: SeizureItem) => t(`sz.item.${item}`);

/** An open-data cell as published: a number in the user's language, "<5" and "*" as they are, "—" for none. */
export function openValue(value: OpenDataValue | undefined, type: string, f: StatsFormat): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string') return value;
  if (type === 'ratio') return f.percent(value);
  if (type === 'rate' || type === 'decimal') return f.rate(value);
  return f.count(value);
}
