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

export function pretrialClock(since: string, maxPenaltyYears: number | null, today: Date): PretrialClock {
  const limitMonths = pretrialLimitMonths(maxPenaltyYears);
  const limitDate = addMonths(since, limitMonths);
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  const daysDetained = Math.floor((todayUtc - Date.parse(`${since}T00:00:00Z`)) / DAY);
  const daysRemaining = Math.floor((Date.parse(`${limitDate}T00:00:00Z`) - todayUtc) / DAY);
  return { since, limitDate, limitMonths, daysDetained, daysRemaining, overdue: daysRemaining < 0 };
}
