import { useState, type FormEvent } from 'react';
import { api } from '../api.ts';
import { ErrorAlert, SuccessNote } from '../components/Alert.tsx';
import { Page } from '../components/Page.tsx';
import { TextField } from '../components/TextField.tsx';
import { errorText } from '../errors.ts';
import { useI18n } from '../i18n/index.ts';
import { useSession } from '../session.ts';

export const PASSWORD_MIN_LENGTH = 12;

/** Change one's own password: the current one, the new one twice. */
export function PasswordPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    if (!current) return setError(t('password.missingCurrent'));
    if (next.length < PASSWORD_MIN_LENGTH) return setError(t('password.tooShort'));
    if (next !== confirm) return setError(t('password.mismatch'));
    setError(null);
    setBusy(true);
    try {
      await api.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirm('');
      setDone(true);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('password.title')} intro={t('password.intro')}>
      <div className="panel panel-narrow">
        {error && <ErrorAlert>{error}</ErrorAlert>}
        {done && <SuccessNote>{t('password.done')}</SuccessNote>}
        <form className="form" onSubmit={submit} noValidate>
          {/* For password managers: whose password this is. */}
          <input type="text" name="username" autoComplete="username" value={user.username} readOnly hidden />
          <TextField
            label={t('password.current')}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={setCurrent}
            required
          />
          <TextField
            label={t('password.new')}
            hint={t('password.newHint')}
            type="password"
            autoComplete="new-password"
            minLength={PASSWORD_MIN_LENGTH}
            value={next}
            onChange={setNext}
            required
          />
          <TextField
            label={t('password.confirm')}
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={setConfirm}
            required
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('password.submitting') : t('password.submit')}
            </button>
          </div>
        </form>
      </div>
    </Page>
  );
}
