import type { ReactNode } from 'react';
import { Allowed } from '../../components/Allowed.tsx';
import { Param, type RouteObject } from '../../router.tsx';
import { GroupGraphPage } from '../groups/GroupGraphPage.tsx';
import { GroupPage } from '../groups/GroupPage.tsx';
import { GroupsPage } from '../groups/GroupsPage.tsx';
import { CellMovePage } from './CellMovePage.tsx';
import { HousingPage } from './HousingPage.tsx';
import { OverridesPage } from './OverridesPage.tsx';
import { PowerMapPage } from './PowerMapPage.tsx';
import { mayHousing, type HousingAction } from './roles.ts';
import './housing.css';

/** The page for those allowed `action`; the ForbiddenPage for others. */
function allowed(action: HousingAction, page: ReactNode): ReactNode {
  return <Allowed when={(user) => mayHousing(user, action)}>{page}</Allowed>;
}

/**
 * The pages of criminal groups and housing: the groups and their graph, a group, a centre's
 * power map and overrides, a person's cell move.
 */
export const housingRoutes: RouteObject[] = [
  { path: 'housing', element: <HousingPage /> },
  { path: 'groups', element: allowed('group.read', <GroupsPage />) },
  { path: 'groups/graph', element: allowed('group.read', <GroupGraphPage />) },
  { path: 'groups/:code', element: allowed('group.read', <Param name="code" render={(code) => <GroupPage code={code} />} />) },
  {
    path: 'centres/:code/power-map',
    element: allowed('power_map.read', <Param name="code" render={(code) => <PowerMapPage code={code} />} />),
  },
  {
    path: 'centres/:code/overrides',
    element: allowed('placement.overrides.read', <Param name="code" render={(code) => <OverridesPage code={code} />} />),
  },
  { path: 'persons/:id/move', element: allowed('placement.move', <Param name="id" render={(id) => <CellMovePage id={id} />} />) },
];
