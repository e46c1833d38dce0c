import type { DeathListItem } from './api.ts';
import { useI18n } from '../../i18n/index.ts';
import { noticeText } from './notice-text.ts';

type Alerts = DeathListItem['alerts'];

const MARK = { done: '✓ ', late: '⚠ ', overdue: '⚠ ', due: '… ' } as const;

/**
 * The two 24-hour notices of a death (next of kin; a judge or the ombudsman): overdue ones in
 * words and colour, due ones with their deadline, done ones ticked, and those done after the 24
 * hours as late (when, and how many hours after the death) in a warning colour.
 */
export function NoticeFlags({ at, alerts, timeZone }: { at: string; alerts: Alerts; timeZone?: string | undefined }) {
  const i18n = useI18n();
  return (
    <ul className="death-notices">
      {(['nextOfKin', 'authority'] as const).map((notice) => {
        const { state } = alerts[notice];
        return (
          <li key={notice} className={`death-notice death-notice-${state}`}>
            <span aria-hidden="true">{MARK[state]}</span>
            {noticeText(i18n, at, notice, alerts[notice], timeZone)}
          </li>
        );
      })}
    </ul>
  );
}
