import { useState } from 'react';
import type { UserSummary } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useResetPassword, useSetUserActive, useUnlockUser } from './queries.ts';

interface UserActionsProps {
  user: UserSummary;
  isSelf: boolean;
  onChanged: (user: UserSummary, message: MessageKey) => void;
  /** Opens the roles and caseload of the user. */
  onEditAccess: (user: UserSummary) => void;
  /** A one-time password was given: to be shown once. */
  onReset: (user: UserSummary, oneTimePassword: string) => void;
}

type Confirming = 'deactivate' | 'reset' | null;

/** Change access, reset the password (after confirming), unlock, activate or (after confirming) deactivate. */
export function UserActions({ user, isSelf, onChanged, onEditAccess, onReset }: UserActionsProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const unlock = useUnlockUser();
  const setActive = useSetUserActive();
  const reset = useResetPassword();
  const busy = unlock.isPending || setActive.isPending || reset.isPending;
  const failure = unlock.error ?? setActive.error ?? reset.error;
  const error = failure && (
    <p className="inline-error" role="alert">
      {errorText(failure, t)}
    </p>
  );
  const done = (message: MessageKey) => ({
    onSuccess: (changed: UserSummary) => {
      setConfirming(null);
      onChanged(changed, message);
    },
  });
  const activate = (active: boolean) =>
    setActive.mutate({ username: user.username, active }, done(active ? 'users.activated' : 'users.deactivated'));
  const resetPassword = () =>
    reset.mutate(user.username, {
      onSuccess: (result) => {
        setConfirming(null);
        onReset(result.user, result.oneTimePassword);
      },
    });

  if (confirming) {
    const question = t(confirming === 'reset' ? 'users.confirmReset' : 'users.confirmDeactivate', { username: user.username });
    return (
      <div className="row-actions" role="group" aria-label={question}>
        <span className="confirm-text">{question}</span>
        <button
          type="button"
          className="button button-danger button-small"
          disabled={busy}
          onClick={() => (confirming === 'reset' ? resetPassword() : activate(false))}
        >
          {t(confirming === 'reset' ? 'users.confirmResetYes' : 'users.confirmYes')}
        </button>
        <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setConfirming(null)}>
          {t('users.confirmNo')}
        </button>
        {error}
      </div>
    );
  }

  const action = (label: MessageKey, onClick: () => void) => (
    <button
      type="button"
      className="button button-secondary button-small"
      disabled={busy}
      aria-label={`${t(label)} ${user.username}`}
      onClick={onClick}
    >
      {t(label)}
    </button>
  );

  return (
    <div className="row-actions">
      {action('users.editAccess', () => onEditAccess(user))}
      {!isSelf && action('users.resetPassword', () => setConfirming('reset'))}
      {user.locked && action('users.unlock', () => unlock.mutate(user.username, done('users.unlocked')))}
      {!user.active && action('users.activate', () => activate(true))}
      {user.active && !isSelf && action('users.deactivate', () => setConfirming('deactivate'))}
      {error}
    </div>
  );
}
