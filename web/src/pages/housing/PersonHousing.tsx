import { useSession } from '../../session.ts';
import { MembershipsPanel } from '../groups/MembershipsPanel.tsx';
import { NonAssociationsPanel } from './NonAssociationsPanel.tsx';
import { mayHousing } from './roles.ts';

/** Whom the person must be kept apart from, and their group memberships, for those who may see them. */
export function PersonHousing({ personId }: { personId: string }) {
  const { user } = useSession();
  return (
    <>
      {mayHousing(user, 'non_association.read') && <NonAssociationsPanel personId={personId} />}
      {mayHousing(user, 'membership.read') && <MembershipsPanel personId={personId} />}
    </>
  );
}
