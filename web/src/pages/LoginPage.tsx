import { useEffect, useState, type FormEvent } from 'react';
import { api, type Session } from '../api.ts';
import { ErrorAlert, InfoNote } from '../components/Alert.tsx';
import { Emblem } from '../components/Emblem.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { TextField } from '../components/TextField.tsx';
import { errorText } from '../errors.ts';
import { useI18n } from '../i18n/index.ts';

export type LoginNotice = 'sessionEnded' | 'loggedOut';

interface LoginPageProps {
  notice?: LoginNotice | undefined;
  onLoggedIn: (session: Session) => void;
}

/** Username and password; the server's message (wrong password, locked, throttled) when refused. */
export function LoginPage({ notice, onLoggedIn }: LoginPageProps) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('login.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const session = await api.login(username.trim(), password);
      onLoggedIn(session);
    } catch (failure) {
      setError(errorText(failure, t));
      setPassword('');
      setBusy(false);
    }
  }

  return (
    <div className="login-screen">
      <header className="login-header">
        <div className="brand">
          <Emblem />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </div>
        <LanguageSwitch tone="dark" />
      </header>
      <main className="login-main" id="main">
        <div className="login-card">
          <h1>{t('login.title')}</h1>
          <p className="login-intro">{t('login.intro')}</p>
          {notice && !error && <InfoNote>{t(notice === 'sessionEnded' ? 'login.sessionEnded' : 'login.loggedOut')}</InfoNote>}
          {error && <ErrorAlert>{error}</ErrorAlert>}
          <form onSubmit={submit} className="form" noValidate>
            <TextField
              label={t('login.username')}
              value={username}
              onChange={setUsername}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              autoFocus
            />
            <TextField
              label={t('login.password')}
              value={password}
              onChange={setPassword}
              name="password"
              type="password"
              autoComplete="current-password"
              required
            />
            <button type="submit" className="button button-primary button-block" disabled={busy}>
              {busy ? t('login.submitting') : t('login.submit')}
            </button>
          </form>
        </div>
        <p className="login-notice">{t('login.notice')}</p>
      </main>
    </div>
  );
}
