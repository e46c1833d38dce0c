import { useEffect } from 'react';
import { z } from 'zod';
import { loginInputSchema } from '../../../src/modules/auth/schemas.ts';
import { api, type Session } from '../api.ts';
import { InfoNote } from '../components/Alert.tsx';
import { Emblem } from '../components/Emblem.tsx';
import { Form, TextInput } from '../components/Form.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useSchemaForm } from '../components/useSchemaForm.ts';
import { useI18n } from '../i18n/index.ts';
import { Link } from '../router.tsx';

export type LoginNotice = 'sessionEnded' | 'loggedOut';

/** The API's login, the username taken without the spaces around it. */
const loginFormSchema = loginInputSchema.extend({ username: z.string().trim().pipe(loginInputSchema.shape.username) });

interface LoginPageProps {
  notice?: LoginNotice | undefined;
  onLoggedIn: (session: Session) => void;
}

/** Username and password; the server's message (wrong password, locked, throttled) when refused. */
export function LoginPage({ notice, onLoggedIn }: LoginPageProps) {
  const { t } = useI18n();
  const form = useSchemaForm(loginFormSchema, { username: '', password: '' });

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  async function submit({ username, password }: z.output<typeof loginFormSchema>) {
    try {
      onLoggedIn(await api.login(username, password));
    } catch (failure) {
      // Emptied for the next try.
      form.setValue('password', '');
      throw failure;
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
          {notice && !form.formState.isSubmitted && <InfoNote>{t(notice === 'sessionEnded' ? 'login.sessionEnded' : 'login.loggedOut')}</InfoNote>}
          <Form
            form={form}
            onSubmit={submit}
            submitLabel={t('login.submit')}
            busyLabel={t('login.submitting')}
            submitClassName="button button-primary button-block"
          >
            <TextInput
              form={form}
              name="username"
              label={t('login.username')}
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              autoFocus
            />
            <TextInput form={form} name="password" label={t('login.password')} type="password" autoComplete="current-password" required />
          </Form>
        </div>
        <p className="login-notice">{t('login.notice')}</p>
        <p className="login-notice">
          <Link to="/datos">{t('stats.openData.link')}</Link>
        </p>
      </main>
    </div>
  );
}
