import { useState } from 'react';
import type { UserSummary } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useSetUserActive, useUnlockUser } from './queries.ts';

interface UserActionsProps {
  user: UserSummary;
  isSelf: boolean;
  onChanged: (user: UserSummary, message: MessageKey) => void;
}

/** Unlock a locked account; activate or (after confirming) deactivate one. */
export function UserActions({ user, isSelf, onChanged }: UserActionsProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const unlock = useUnlockUser();
  const setActive = useSetUserActive();
  const busy = unlock.isPending || setActive.isPending;
  const failure = unlock.error ?? setActive.error;
  const error = failure && (
    <p className="inline-error" role="alert">
      {errorText(failure, t)}
    </p>
  );
  const done = (message: MessageKey) => ({
    onSuccess: (changed: UserSummary) => {
      setConfirming(false);
      onChanged(changed, message);
    },
  });
  const activate = (active: boolean) =>
    setActive.mutate({ username: user.username, active }, done(active ? 'users.activated' : 'users.deactivated'));

  if (confirming) {
    return (
      <div className="row-actions" role="group" aria-label={t('users.confirmDeactivate', { username: user.username })}>
        <span className="confirm-text">{t('users.confirmDeactivate', { username: user.username })}</span>
        <button type="button" className="button button-danger button-small" disabled={busy} onClick={() => activate(false)}>
          {t('users.confirmYes')}
        </button>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setConfirming(false)}>
          {t('users.confirmNo')}
        </button>
        {error}
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
          onClick={() => unlock.mutate(user.username, done('users.unlocked'))}
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
          onClick={() => activate(true)}
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
      {error}
    </div>
  );
}
