import type { ReactNode } from 'react';
import { Allowed } from '../../components/Allowed.tsx';
import { Param, type RouteObject } from '../../router.tsx';
import { DeathPage } from './DeathPage.tsx';
import { DeathsPage } from './DeathsPage.tsx';
import { NewDeathPage } from './NewDeathPage.tsx';
import { mayDeaths } from './roles.ts';
import './deaths.css';

function allowed(action: 'read' | 'write', page: ReactNode): ReactNode {
  return <Allowed when={(user) => mayDeaths(user, action)}>{page}</Allowed>;
}

/** The deaths-in-custody register: their pages, included by App.tsx under the signed-in shell. */
export const deathRoutes: RouteObject[] = [
  { path: 'deaths', element: allowed('read', <DeathsPage />) },
  { path: 'deaths/new', element: allowed('write', <NewDeathPage />) },
  { path: 'deaths/:person', element: allowed('read', <Param name="person" render={(person) => <DeathPage person={person} />} />) },
];
