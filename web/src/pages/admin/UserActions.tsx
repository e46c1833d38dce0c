import { useState } from 'react';
import { api, type UserSummary } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';

interface UserActionsProps {
  user: UserSummary;
  isSelf: boolean;
  onChanged: (user: UserSummary, message: MessageKey) => void;
}

/** Unlock a locked account; activate or (after confirming) deactivate one. */
export function UserActions({ user, isSelf, onChanged }: UserActionsProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<UserSummary>, done: MessageKey) {
    setBusy(true);
    setError(null);
    try {
      const changed = await action();
      setConfirming(false);
      onChanged(changed, done);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  if (confirming) {
    return (
      <div className="row-actions" role="group" aria-label={t('users.confirmDeactivate', { username: user.username })}>
        <span className="confirm-text">{t('users.confirmDeactivate', { username: user.username })}</span>
        <button
          type="button"
          className="button button-danger button-small"
          disabled={busy}
          onClick={() => run(() => api.setUserActive(user.username, false), 'users.deactivated')}
        >
          {t('users.confirmYes')}
        </button>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setConfirming(false)}>
          {t('users.confirmNo')}
        </button>
        {error && (
          <p className="inline-error" role="alert">
            {error}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="row-actions">
      {user.locked && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          aria-label={`${t('users.unlock')} ${user.username}`}
          onClick={() => run(() => api.unlockUser(user.username), 'users.unlocked')}
        >
          {t('users.unlock')}
        </button>
      )}
      {!user.active && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          aria-label={`${t('users.activate')} ${user.username}`}
          onClick={() => run(() => api.setUserActive(user.username, true), 'users.activated')}
        >
          {t('users.activate')}
        </button>
      )}
      {user.active && !isSelf && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={busy}
          aria-label={`${t('users.deactivate')} ${user.username}`}
          onClick={() => setConfirming(true)}
        >
          {t('users.deactivate')}
        </button>
      )}
      {error && (
        <p className="inline-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
