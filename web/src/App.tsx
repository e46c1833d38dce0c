import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, ApiError, onSessionLost, setApiLanguage, setCsrfToken, type Session, type User } from './api.ts';
import { ErrorAlert } from './components/Alert.tsx';
import { AppShell } from './components/AppShell.tsx';
import { errorText } from './errors.ts';
import { I18nContext, makeI18n, storedLanguage, storeLanguage, type Language } from './i18n/index.ts';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { CentrePage } from './pages/estate/CentrePage.tsx';
import { CentresPage } from './pages/estate/CentresPage.tsx';
import { LocationPage } from './pages/estate/LocationPage.tsx';
import { ForbiddenPage } from './pages/ForbiddenPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage, type LoginNotice } from './pages/LoginPage.tsx';
import { housingPage } from './pages/housing/housing-routes.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PasswordPage } from './pages/PasswordPage.tsx';
import { AdmissionPage } from './pages/people/AdmissionPage.tsx';
import { PersonPage } from './pages/people/PersonPage.tsx';
import { PersonsPage } from './pages/people/PersonsPage.tsx';
import { may } from './pages/people/roles.ts';
import { RollRoutes } from './pages/roll/RollRoutes.tsx';
import { navigate, usePath } from './router.tsx';
import { hasRole, SessionContext } from './session.ts';

type Auth =
  | { status: 'checking' }
  | { status: 'failed'; error: unknown }
  | { status: 'anonymous'; notice?: LoginNotice }
  | { status: 'signed-in'; user: User };

const LOGIN_PATH = '/login';

/** Where to go after logging in: the page asked for before the login page. */
let afterLogin = '/';

/** The one parameter of a path like /centres/LIT, or null when the path is not of that form. */
function parameter(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (!rest || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

function pageFor(path: string, user: User): ReactNode {
  if (path === '/roll' || path.startsWith('/roll/')) return <RollRoutes path={path} />;
  const housing = housingPage(path, user);
  if (housing) return housing;
  const centre = parameter(path, '/centres/');
  if (centre) return <CentrePage key={centre} code={centre} />;
  const location = parameter(path, '/locations/');
  if (location) return <LocationPage key={location} code={location} />;
  const person = parameter(path, '/persons/');
  if (person) return <PersonPage key={person} id={person} />;
  switch (path) {
    case '/':
      return <HomePage />;
    case '/centres':
      return <CentresPage />;
    case '/persons':
      return <PersonsPage />;
    case '/admissions/new':
      return may(user, 'admit') ? <AdmissionPage /> : <ForbiddenPage />;
    case '/account/password':
      return <PasswordPage />;
    case '/admin/users':
      return hasRole(user, 'admin') ? <UsersPage /> : <ForbiddenPage />;
    case '/admin/audit':
      return hasRole(user, 'admin') ? <AuditPage /> : <ForbiddenPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [auth, setAuth] = useState<Auth>({ status: 'checking' });
  const path = usePath();

  const applyLanguage = useCallback((next: Language) => {
    setApiLanguage(next);
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const begin = useCallback(
    (session: Session) => {
      setCsrfToken(session.csrfToken);
      applyLanguage(session.user.language);
      setAuth({ status: 'signed-in', user: session.user });
    },
    [applyLanguage],
  );

  const check = useCallback(() => {
    setAuth({ status: 'checking' });
    api.me().then(begin, (error: unknown) => {
      if (error instanceof ApiError && error.status === 401) setAuth({ status: 'anonymous' });
      else setAuth({ status: 'failed', error });
    });
  }, [begin]);

  useEffect(() => {
    onSessionLost(() => {
      setCsrfToken('');
      setAuth((current) => (current.status === 'signed-in' ? { status: 'anonymous', notice: 'sessionEnded' } : current));
    });
    check();
  }, [check]);

  const user = auth.status === 'signed-in' ? auth.user : null;

  const setLanguage = useCallback(
    (next: Language) => {
      applyLanguage(next);
      if (user && user.language !== next) {
        setAuth({ status: 'signed-in', user: { ...user, language: next } });
        // Remembered per user; a failure only means it is not remembered (a lost session is handled by the client).
        api.setLanguage(next).catch(() => {});
      }
    },
    [applyLanguage, user],
  );

  const i18n = useMemo(() => makeI18n(language, setLanguage), [language, setLanguage]);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // The session ends on this side whatever the server answered.
    }
    setCsrfToken('');
    setAuth({ status: 'anonymous', notice: 'loggedOut' });
  }, []);

  // The address follows the state: anonymous users are on the login page, signed-in users never are.
  useEffect(() => {
    if (auth.status === 'anonymous' && path !== LOGIN_PATH) {
      afterLogin = auth.notice === 'loggedOut' ? '/' : path + window.location.search;
      navigate(LOGIN_PATH, { replace: true });
    } else if (auth.status === 'signed-in' && path === LOGIN_PATH) {
      const next = afterLogin;
      afterLogin = '/';
      navigate(next, { replace: true });
    }
  }, [auth, path]);

  const session = useMemo(() => (user ? { user, logout } : null), [user, logout]);

  let content: ReactNode;
  if (auth.status === 'checking') {
    content = (
      <p className="loading loading-screen" role="status">
        {i18n.t('app.loading')}
      </p>
    );
  } else if (auth.status === 'failed') {
    content = (
      <div className="loading-screen">
        <ErrorAlert>
          <p>{errorText(auth.error, i18n.t)}</p>
          <button type="button" className="button button-secondary" onClick={check}>
            {i18n.t('common.retry')}
          </button>
        </ErrorAlert>
      </div>
    );
  } else if (auth.status === 'anonymous') {
    content = (
      <LoginPage
        notice={auth.notice}
        onLoggedIn={begin}
      />
    );
  } else if (path === LOGIN_PATH) {
    content = null;
  } else {
    content = (
      <SessionContext.Provider value={session}>
        <AppShell>{pageFor(path, auth.user)}</AppShell>
      </SessionContext.Provider>
    );
  }

  return <I18nContext.Provider value={i18n}>{content}</I18nContext.Provider>;
}
