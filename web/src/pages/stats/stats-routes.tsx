import { lazy, Suspense, type ReactNode } from 'react';
import { Allowed } from '../../components/Allowed.tsx';
import { useI18n } from '../../i18n/index.ts';
import type { RouteObject } from '../../router.tsx';
import { mayReadStats } from './roles.ts';

/*
 * The statistics pages are loaded when first opened (with the chart library they draw with), so
 * that the login page and the other pages do not carry them.
 */
const StatsPage = lazy(() => import('./StatsPage.tsx'));
const StatsReportPage = lazy(() => import('./StatsReportPage.tsx'));
const OpenDataPage = lazy(() => import('./OpenDataPage.tsx'));

function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** The statistics pages for signed-in users (the HQ dashboard, the annual report), included by App.tsx under the signed-in shell. */
export const statsRoutes: RouteObject[] = [
  { path: 'stats', element: <Allowed when={mayReadStats}><Later><StatsPage /></Later></Allowed> },
  { path: 'stats/report', element: <Allowed when={mayReadStats}><Later><StatsReportPage /></Later></Allowed> },
];

/** The public open-data pages (`/datos`), outside the signed-in shell: no login, aggregates only. */
export const publicStatsRoutes: RouteObject[] = [{ path: 'datos', element: <Later><OpenDataPage /></Later> }];
