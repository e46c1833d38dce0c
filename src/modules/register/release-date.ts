/**
 * The computed release date of a sentenced person (pure; no clock, no database).
 *
 * The rule: a sentence is counted from the first day the person was held in this custody
 * episode — the earliest `since` of the episode's legal-status history, which is the day
 * preventive detention began (`pretrialSince`, possibly before admission when they were held
 * elsewhere) or, for someone admitted already sentenced, the day of admission — because time in
 * preventive detention counts in full towards the sentence (COIP art. 59). The sentence ends
 * `sentenceMonths` calendar months later, on the same day of the month (or the month's last day
 * when it has no such day: 31 August + 6 months = 28/29 February); that is the release date.
 * Remission, pardons, sentences of days and time served in another custody episode are not
 * known to Custodia and are not counted: the date is a guide for the records office, not a
 * decision.
 */

/** `date` (YYYY-MM-DD) plus `months` calendar months, clamped to the target month's last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12; // 0-based
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(targetYear, 4)}-${pad(targetMonth + 1, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** The day a sentence is counted from: the earliest day of the episode's legal-status history. */
export function sentenceStart(history: readonly { since: string }[]): string | null {
  let earliest: string | null = null;
  for (const change of history) if (earliest === null || change.since < earliest) earliest = change.since;
  return earliest;
}

/** When a sentence counted from `start` of `months` months ends; null when either is unknown. */
export function releaseDate(start: string | null, months: number | null): string | null {
  if (start === null || months === null) return null;
  return addMonths(start, months);
}

/**
 * The sentence of an episode: where it is counted from and when it ends, for a sentenced one
 * (null otherwise, and the release date null when the length is not recorded).
 */
export function sentenceOf(episode: { legalStatus: string; sentenceMonths: number | null; legalHistory: readonly { since: string }[] }): {
  sentenceStart: string | null;
  releaseDate: string | null;
} {
  if (episode.legalStatus !== 'sentenced') return { sentenceStart: null, releaseDate: null };
  const start = sentenceStart(episode.legalHistory);
  return { sentenceStart: start, releaseDate: releaseDate(start, episode.sentenceMonths) };
}
