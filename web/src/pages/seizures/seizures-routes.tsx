import type { ReactNode } from 'react';
import { Allowed } from '../../components/Allowed.tsx';
import { Param, type RouteObject } from '../../router.tsx';
import { CentreFindsPage } from './CentreFindsPage.tsx';
import { NewSearchPage } from './NewSearchPage.tsx';
import { maySeizures } from './roles.ts';
import { SearchesPage } from './SearchesPage.tsx';
import { SearchPage } from './SearchPage.tsx';
import './seizures.css';

function allowed(action: 'read' | 'record', page: ReactNode): ReactNode {
  return <Allowed when={(user) => maySeizures(user, action)}>{page}</Allowed>;
}

/** Searches and seizures: their pages, included by App.tsx under the signed-in shell. */
export const seizureRoutes: RouteObject[] = [
  { path: 'searches', element: allowed('read', <SearchesPage />) },
  { path: 'searches/new', element: allowed('record', <NewSearchPage />) },
  { path: 'searches/:id', element: allowed('read', <Param name="id" render={(id) => <SearchPage id={id} />} />) },
  { path: 'centres/:code/finds', element: allowed('read', <Param name="code" render={(code) => <CentreFindsPage code={code} />} />) },
];
