import { Allowed } from '../../components/Allowed.tsx';
import { Param, type RouteObject } from '../../router.tsx';
import { IncidentPage } from './IncidentPage.tsx';
import { IncidentsPage } from './IncidentsPage.tsx';
import { NewIncidentPage } from './NewIncidentPage.tsx';
import { mayIncident } from './roles.ts';
import './incidents.css';

/** Incident reports: their pages, included by App.tsx under the signed-in shell. */
export const incidentRoutes: RouteObject[] = [
  { path: 'incidents', element: <Allowed when={(user) => mayIncident(user, 'read')}><IncidentsPage /></Allowed> },
  { path: 'incidents/new', element: <Allowed when={(user) => mayIncident(user, 'report')}><NewIncidentPage /></Allowed> },
  { path: 'incidents/:id', element: <Allowed when={(user) => mayIncident(user, 'read')}><Param name="id" render={(id) => <IncidentPage id={id} />} /></Allowed> },
];
