import type { ReactNode } from 'react';
import type { User } from '../../api.ts';
import { ForbiddenPage } from '../ForbiddenPage.tsx';
import { GroupGraphPage } from '../groups/GroupGraphPage.tsx';
import { GroupPage } from '../groups/GroupPage.tsx';
import { GroupsPage } from '../groups/GroupsPage.tsx';
import { CellMovePage } from './CellMovePage.tsx';
import { HousingPage } from './HousingPage.tsx';
import { OverridesPage } from './OverridesPage.tsx';
import { PowerMapPage } from './PowerMapPage.tsx';
import { mayHousing, type HousingAction } from './roles.ts';
import './housing.css';

/** The one parameter of a path matching `pattern` (its first group), decoded; null otherwise. */
function match(path: string, pattern: RegExp): string | null {
  const found = pattern.exec(path)?.[1];
  if (!found) return null;
  try {
    return decodeURIComponent(found);
  } catch {
    return null;
  }
}

/**
 * The pages of criminal groups and housing: the groups and their graph, a group, a centre's
 * power map and overrides, a person's cell move. Null for any other path.
 */
export function housingPage(path: string, user: User): ReactNode | null {
  const allowed = (action: HousingAction, page: ReactNode) => (mayHousing(user, action) ? page : <ForbiddenPage />);
  if (path === '/housing') return <HousingPage />;
  if (path === '/groups') return allowed('group.read', <GroupsPage />);
  if (path === '/groups/graph') return allowed('group.read', <GroupGraphPage />);
  const group = match(path, /^\/groups\/([^/]+)$/);
  if (group) return allowed('group.read', <GroupPage key={group} code={group} />);
  const powerMap = match(path, /^\/centres\/([^/]+)\/power-map$/);
  if (powerMap) return allowed('power_map.read', <PowerMapPage key={powerMap} code={powerMap} />);
  const overrides = match(path, /^\/centres\/([^/]+)\/overrides$/);
  if (overrides) return allowed('placement.overrides.read', <OverridesPage key={overrides} code={overrides} />);
  const person = match(path, /^\/persons\/([^/]+)\/move$/);
  if (person) return allowed('placement.move', <CellMovePage key={person} id={person} />);
  return null;
}
