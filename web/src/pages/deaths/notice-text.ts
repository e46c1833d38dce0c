import type { useI18n } from '../../i18n/index.ts';
import type { DeathListItem } from './api.ts';

type Words = Pick<ReturnType<typeof useI18n>, 't' | 'formatWhen' | 'formatNumber'>;
export type Notice = keyof DeathListItem['alerts'];
type NoticeAlert = DeathListItem['alerts'][Notice];

/** Hours from the death to `doneAt`, up to the next tenth (so a notice a minute late never reads "24 h"). */
export function hoursAfterDeath(deathAt: string, doneAt: string): number {
  return Math.ceil((Date.parse(doneAt) - Date.parse(deathAt)) / 360_000) / 10;
}

/**
 * One 24-hour notice in words, in the centre's zone: overdue, due before its deadline, done, or
 * done late with when and how many hours after the death. The table, its CSV and the entry share it.
 */
export function noticeText({ t, formatWhen, formatNumber }: Words, deathAt: string, notice: Notice, alert: NoticeAlert, timeZone?: string): string {
  if (alert.state === 'late' && alert.doneAt !== undefined) {
    return t(`death.alert.${notice}.late`, { when: formatWhen(alert.doneAt, timeZone), hours: formatNumber(hoursAfterDeath(deathAt, alert.doneAt)) });
  }
  return t(`death.alert.${notice}.${alert.state === 'late' ? 'done' : alert.state}`, { when: formatWhen(alert.dueAt, timeZone) });
}
