import { createBrowserRouter, Navigate, useLocation, useParams, type RouteObject } from 'react-router';
import type { ReactNode } from 'react';

/**
 * Navigation for the whole app, on react-router (data mode: `createBrowserRouter`). Pages import
 * `Link`, `navigate`, `usePath` and `Redirect` from here rather than from react-router, so that
 * the one router instance is found in one place and plain functions (a graph library's click
 * handler, a form's success callback) can navigate without a hook.
 *
 * Route tables are react-router `RouteObject`s: the top level is in App.tsx; a feature with
 * several pages exports its own list (pages/roll/RollRoutes.tsx, pages/housing/housing-routes.tsx)
 * which App.tsx includes under the signed-in shell. A route with a parameter renders its page
 * through `<Param>` (the page gets the decoded value as a prop and a fresh state per value);
 * a page for some roles only is wrapped in `<Allowed>` (components/Allowed.tsx).
 */

export { Link } from 'react-router';
export type { RouteObject } from 'react-router';

type AppRouter = ReturnType<typeof createBrowserRouter>;

let router: AppRouter | null = null;
let navigated = false;

/** Creates the app's browser router from its route table; App.tsx calls it once. */
export function createAppRouter(routes: RouteObject[]): AppRouter {
  const created = createBrowserRouter(routes);
  const first = created.state.location.key;
  created.subscribe((state) => {
    if (state.location.key !== first) navigated = true;
  });
  router = created;
  return created;
}

/** Whether the app has moved from the page it was loaded on (to manage the focus). */
export function hasNavigated(): boolean {
  return navigated;
}

/** Calls `notify` after every navigation (for useSyncExternalStore over the address). */
export function subscribe(notify: () => void): () => void {
  return router ? router.subscribe(() => notify()) : () => {};
}

/** The current path, without the query string. */
export function usePath(): string {
  return useLocation().pathname;
}

/** Goes to `to` (a path, with its query string if any); usable outside components. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (!router) {
    window.location.assign(to);
    return;
  }
  void router.navigate(to, { replace: options.replace ?? false });
}

/** Sends the browser elsewhere as soon as it renders (for guards), replacing the current entry. */
export function Redirect({ to }: { to: string }) {
  return <Navigate to={to} replace />;
}

/**
 * Renders the page of a route with a parameter (`centres/:code`): `render` gets the decoded
 * value, and the page is keyed by it so that going from one record to another starts afresh.
 *
 * @example { path: 'centres/:code', element: <Param name="code" render={(code) => <CentrePage code={code} />} /> }
 */
export function Param({ name, render }: { name: string; render: (value: string) => ReactNode }) {
  const value = useParams()[name] ?? '';
  return <ParamKey key={value}>{render(value)}</ParamKey>;
}

function ParamKey({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
