/**
 * The pretrial clock (COIP art. 541): preventive detention lapses after one year for offences
 * punishable by up to five years, and after eighteen months above that.
 */
export interface PretrialClock {
  since: string;
  /** The date preventive detention lapses. */
  limitDate: string;
  limitMonths: 12 | 18;
  daysDetained: number;
  daysRemaining: number;
  overdue: boolean;
}

const DAY = 86_400_000;

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The limit in months for an offence's maximum penalty (unknown penalty: the longer limit). */
export function pretrialLimitMonths(maxPenaltyYears: number | null): 12 | 18 {
  return maxPenaltyYears !== null && maxPenaltyYears <= 5 ? 12 : 18;
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function localDate(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The clock on `now`, counted in days of the centre's time zone. */
export function pretrialClock(since: string, maxPenaltyYears: number | null, now: Date, timeZone = 'America/Guayaquil'): PretrialClock {
  const limitMonths = pretrialLimitMonths(maxPenaltyYears);
  const limitDate = addMonths(since, limitMonths);
  const todayUtc = Date.parse(`${localDate(now, timeZone)}T00:00:00Z`);
  const daysDetained = Math.floor((todayUtc - Date.parse(`${since}T00:00:00Z`)) / DAY);
  const daysRemaining = Math.floor((Date.parse(`${limitDate}T00:00:00Z`) - todayUtc) / DAY);
  return { since, limitDate, limitMonths, daysDetained, daysRemaining, overdue: daysRemaining < 0 };
}
