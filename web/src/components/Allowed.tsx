import type { ReactNode } from 'react';
import type { User } from '../api.ts';
import { ForbiddenPage } from '../pages/ForbiddenPage.tsx';
import { useSession } from '../session.ts';

/**
 * A route's page for the users `when` lets in; everyone else sees the ForbiddenPage at the same
 * address. Used in route tables: `element: <Allowed when={(u) => hasRole(u, 'admin')}><UsersPage /></Allowed>`.
 */
export function Allowed({ when, children }: { when: (user: User) => boolean; children: ReactNode }) {
  const { user } = useSession();
  return when(user) ? children : <ForbiddenPage />;
}
