import { QueryClientProvider } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { api, ApiError, onSessionLost, setApiLanguage, setCsrfToken, type Session, type User } from './api.ts';
import { ErrorAlert } from './components/Alert.tsx';
import { Allowed } from './components/Allowed.tsx';
import { AppShell } from './components/AppShell.tsx';
import { errorText } from './errors.ts';
import { I18nContext, makeI18n, storedLanguage, storeLanguage, useI18n, type Language } from './i18n/index.ts';
import { AuditPage } from './pages/admin/AuditPage.tsx';
import { UsersPage } from './pages/admin/UsersPage.tsx';
import { CentrePage } from './pages/estate/CentrePage.tsx';
import { CentresPage } from './pages/estate/CentresPage.tsx';
import { LocationPage } from './pages/estate/LocationPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { deathRoutes } from './pages/deaths/deaths-routes.tsx';
import { housingRoutes } from './pages/housing/housing-routes.tsx';
import { incidentRoutes } from './pages/incidents/incidents-routes.tsx';
import { LoginPage, type LoginNotice } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PasswordPage } from './pages/PasswordPage.tsx';
import { AdmissionPage } from './pages/people/AdmissionPage.tsx';
import { PersonPage } from './pages/people/PersonPage.tsx';
import { PersonsPage } from './pages/people/PersonsPage.tsx';
import { may } from './pages/people/roles.ts';
import { rollRoutes } from './pages/roll/RollRoutes.tsx';
import { seizureRoutes } from './pages/seizures/seizures-routes.tsx';
import { publicStatsRoutes, statsRoutes } from './pages/stats/stats-routes.tsx';
import { warningRoutes } from './pages/warning/warning-routes.tsx';
import { PretrialDuePage } from './pages/start/PretrialDuePage.tsx';
import { queryClient } from './queries.ts';
import { createAppRouter, Param, type RouteObject } from './router.tsx';
import { hasRole, SessionContext } from './session.ts';

type Auth =
  | { status: 'checking' }
  | { status: 'failed'; error: unknown }
  | { status: 'anonymous'; notice?: LoginNotice }
  | { status: 'signed-in'; user: User; mustChangePassword: boolean };

interface AuthValue {
  auth: Auth;
  /** A session was opened (the login page's answer). */
  begin: (session: Session) => void;
  /** The one-time password given by an administrator has been changed. */
  passwordChanged: () => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside App');
  return value;
}

const LOGIN_PATH = '/login';
const PASSWORD_PATH = '/account/password';

/** Where the login page sends the user once logged in: the page they asked for (kept in the history entry's state). */
interface LoginState {
  from?: string;
}

/** The login page; a signed-in user goes on to the page they had asked for. */
function LoginRoute() {
  const { auth, begin } = useAuth();
  const from = (useLocation().state as LoginState | null)?.from ?? '/';
  if (auth.status === 'signed-in') return <Navigate to={from} replace />;
  return <LoginPage notice={auth.status === 'anonymous' ? auth.notice : undefined} onLoggedIn={begin} />;
}

/** Every page but the login page: the shell around the page for a signed-in user; the login page for others. */
function SignedIn() {
  const { auth, logout, passwordChanged } = useAuth();
  const location = useLocation();
  const user = auth.status === 'signed-in' ? auth.user : null;
  const mustChangePassword = auth.status === 'signed-in' && auth.mustChangePassword;
  const session = useMemo(() => (user ? { user, logout, mustChangePassword, passwordChanged } : null), [user, logout, mustChangePassword, passwordChanged]);
  if (!session) {
    // After logging out one starts from the home page; otherwise from the page asked for.
    const from = auth.status === 'anonymous' && auth.notice === 'loggedOut' ? '/' : location.pathname + location.search;
    return <Navigate to={LOGIN_PATH} replace state={{ from } satisfies LoginState} />;
  }
  // A one-time password opens nothing but its own change (the server refuses everything else).
  if (mustChangePassword && location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
  return (
    <SessionContext.Provider value={session}>
      <AppShell>
        <Outlet />
      </AppShell>
    </SessionContext.Provider>
  );
}

const isAdmin = (user: User) => hasRole(user, 'admin');

/** Every address of the app. Features with several pages bring their own route lists. */
const routes: RouteObject[] = [
  { path: LOGIN_PATH, element: <LoginRoute /> },
  ...publicStatsRoutes,
  {
    element: <SignedIn />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'centres', element: <CentresPage /> },
      { path: 'centres/:code', element: <Param name="code" render={(code) => <CentrePage code={code} />} /> },
      { path: 'locations/:code', element: <Param name="code" render={(code) => <LocationPage code={code} />} /> },
      { path: 'persons', element: <PersonsPage /> },
      { path: 'persons/:id', element: <Param name="id" render={(id) => <PersonPage id={id} />} /> },
      { path: 'admissions/new', element: <Allowed when={(user) => may(user, 'admit')}><AdmissionPage /></Allowed> },
      { path: PASSWORD_PATH.slice(1), element: <PasswordPage /> },
      { path: 'admin/users', element: <Allowed when={isAdmin}><UsersPage /></Allowed> },
      { path: 'admin/audit', element: <Allowed when={(user) => isAdmin(user) || hasRole(user, 'oversight')}><AuditPage /></Allowed> },
      { path: 'pretrial-due', element: <PretrialDuePage /> },
      rollRoutes,
      ...housingRoutes,
      ...incidentRoutes,
      ...deathRoutes,
      ...seizureRoutes,
      ...warningRoutes,
      ...statsRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

const router = createAppRouter(routes);

/** Checking the session, or the reason it could not be checked. */
function Starting({ auth, retry }: { auth: Auth; retry: () => void }) {
  const { t } = useI18n();
  if (auth.status === 'failed') {
    return (
      <div className="loading-screen">
        <ErrorAlert>
          <p>{errorText(auth.error, t)}</p>
          <button type="button" className="button button-secondary" onClick={retry}>
            {t('common.retry')}
          </button>
        </ErrorAlert>
      </div>
    );
  }
  return (
    <p className="loading loading-screen" role="status">
      {t('app.loading')}
    </p>
  );
}

export function App() {
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const [auth, setAuth] = useState<Auth>({ status: 'checking' });

  const applyLanguage = useCallback((next: Language) => {
    setApiLanguage(next);
    storeLanguage(next);
    setLanguageState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  /** The session changed hands: nothing read for the previous user may be shown. */
  const end = useCallback((notice: LoginNotice | undefined) => {
    setCsrfToken('');
    queryClient.clear();
    setAuth((current) => (notice === 'sessionEnded' && current.status !== 'signed-in' ? current : { status: 'anonymous', notice }));
  }, []);

  const begin = useCallback(
    (session: Session) => {
      queryClient.clear();
      setCsrfToken(session.csrfToken);
      applyLanguage(session.user.language);
      setAuth({ status: 'signed-in', user: session.user, mustChangePassword: session.mustChangePassword });
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
    onSessionLost(() => end('sessionEnded'));
    check();
  }, [check, end]);

  const user = auth.status === 'signed-in' ? auth.user : null;
  // Until a one-time password is changed the server remembers nothing for the user (403).
  const remembersLanguage = auth.status === 'signed-in' && !auth.mustChangePassword;

  const setLanguage = useCallback(
    (next: Language) => {
      applyLanguage(next);
      if (user && user.language !== next) {
        setAuth((current) => (current.status === 'signed-in' ? { ...current, user: { ...current.user, language: next } } : current));
        // Remembered per user; a failure only means it is not remembered (a lost session is handled by the client).
        if (remembersLanguage) api.setLanguage(next).catch(() => {});
      }
    },
    [applyLanguage, user, remembersLanguage],
  );

  const i18n = useMemo(() => makeI18n(language, setLanguage), [language, setLanguage]);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch {
      // The session ends on this side whatever the server answered.
    }
    end('loggedOut');
  }, [end]);

  const passwordChanged = useCallback(() => {
    setAuth((current) => (current.status === 'signed-in' ? { ...current, mustChangePassword: false } : current));
  }, []);

  const authValue = useMemo(() => ({ auth, begin, logout, passwordChanged }), [auth, begin, logout, passwordChanged]);

  return (
    <I18nContext.Provider value={i18n}>
      <QueryClientProvider client={queryClient}>
        {auth.status === 'checking' || auth.status === 'failed' ? (
          <Starting auth={auth} retry={check} />
        ) : (
          <AuthContext.Provider value={authValue}>
            <RouterProvider router={router} />
          </AuthContext.Provider>
        )}
      </QueryClientProvider>
    </I18nContext.Provider>
  );
}
