import type { DeathListItem } from './api.ts';
import { useI18n } from '../../i18n/index.ts';

type Alerts = DeathListItem['alerts'];

/**
 * The two 24-hour notices of a death (next of kin; a judge or the ombudsman): overdue ones in
 * words and colour, due ones with their deadline, done ones ticked.
 */
export function NoticeFlags({ alerts, timeZone }: { alerts: Alerts; timeZone?: string | undefined }) {
  const { t, formatWhen } = useI18n();
  return (
    <ul className="death-notices">
      {(['nextOfKin', 'authority'] as const).map((notice) => {
        const { state, dueAt } = alerts[notice];
        return (
          <li key={notice} className={`death-notice death-notice-${state}`}>
            <span aria-hidden="true">{state === 'done' ? '✓ ' : state === 'overdue' ? '⚠ ' : '… '}</span>
            {t(`death.alert.${notice}.${state}`, { when: formatWhen(dueAt, timeZone) })}
          </li>
        );
      })}
    </ul>
  );
}
