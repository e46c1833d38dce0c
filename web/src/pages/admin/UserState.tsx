import type { UserSummary } from '../../api.ts';
import { useI18n } from '../../i18n/index.ts';

/** Active, inactive, locked (until when): as badges with text, never colour alone. */
export function UserState({ user }: { user: UserSummary }) {
  const { t, formatTime } = useI18n();
  return (
    <span className="state-list">
      {user.active ? (
        <span className="badge badge-ok">{t('users.state.active')}</span>
      ) : (
        <span className="badge badge-off">{t('users.state.inactive')}</span>
      )}
      {user.locked && (
        <span className="badge badge-warn">
          {t('users.state.locked')}
          {user.lockedUntil && ` ${t('users.lockedUntil', { time: formatTime(user.lockedUntil) })}`}
        </span>
      )}
    </span>
  );
}
