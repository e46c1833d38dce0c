import { Allowed } from '../../components/Allowed.tsx';
import { Param, type RouteObject } from '../../router.tsx';
import { AlertPage } from './AlertPage.tsx';
import { CentreWarningPage } from './CentreWarningPage.tsx';
import { RiskHistoryPage } from './RiskHistoryPage.tsx';
import { mayWarning } from './roles.ts';
import { WarningBoardPage } from './WarningBoardPage.tsx';
import './warning.css';

const reads = (user: Parameters<typeof mayWarning>[0]) => mayWarning(user, 'read');

/** The early warning's pages, included by App.tsx under the signed-in shell. */
export const warningRoutes: RouteObject[] = [
  { path: 'alerts', element: <Allowed when={reads}><WarningBoardPage /></Allowed> },
  { path: 'alerts/centres/:code', element: <Allowed when={reads}><Param name="code" render={(code) => <CentreWarningPage code={code.toUpperCase()} />} /></Allowed> },
  { path: 'alerts/risk/:code', element: <Allowed when={reads}><Param name="code" render={(code) => <RiskHistoryPage code={code.toUpperCase()} />} /></Allowed> },
  { path: 'alerts/:id', element: <Allowed when={reads}><Param name="id" render={(id) => <AlertPage id={id} />} /></Allowed> },
];
