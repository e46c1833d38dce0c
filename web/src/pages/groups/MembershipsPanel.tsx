import { useState } from 'react';
import type { PersonMembershipList } from '../../../../src/modules/groups/schemas.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { usePersonZone } from '../housing/queries.ts';
import { OpenFormButton } from '../housing/OpenFormButton.tsx';
import { mayHousing } from '../housing/roles.ts';
import { EndRecordForm } from './EndRecordForm.tsx';
import { EndCell, LinkCells, LinkHeaders } from './LinkColumns.tsx';
import { MembershipForm } from './MembershipForm.tsx';
import { groupPath } from './paths.ts';
import { useEndMembership, useMemberships } from './queries.ts';

type Membership = PersonMembershipList['memberships'][number];

/** The person's criminal-group memberships, current first (intelligence records and ends them). */
export function MembershipsPanel({ personId }: { personId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const manage = mayHousing(user, 'membership.manage');
  const memberships = useMemberships(personId);
  const timeZone = usePersonZone(personId);
  const endMembership = useEndMembership(personId);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Membership | null>(null);
  const [note, setNote] = useState<MessageKey | null>(null);

  const done = (key: MessageKey) => {
    setAdding(false);
    setEnding(null);
    setNote(key);
  };
  const list = memberships.data ? [...memberships.data].sort((a, b) => Number(a.until !== null) - Number(b.until !== null) || b.id - a.id) : [];

  return (
    <section className="panel" aria-labelledby="person-memberships" data-testid="memberships">
      <h2 id="person-memberships">{t('membership.title')}</h2>
      <LoadState query={memberships} />
      {note && <SuccessNote>{t(note)}</SuccessNote>}
      {memberships.data && list.length === 0 && <p className="muted">{t('membership.none')}</p>}
      {list.length > 0 && (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{t('membership.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('membership.group')}</th>
                <th scope="col">{t('membership.role')}</th>
                <LinkHeaders manage={manage} />
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className={m.until ? 'row-inactive' : undefined} data-group={m.group}>
                  <th scope="row">
                    <Link to={groupPath(m.group)}>{m.groupName}</Link>
                  </th>
                  <td>{t(`membershipRole.${m.role}`)}</td>
                  <LinkCells link={m} current="membership.current" timeZone={timeZone} />
                  {manage && (
                    <EndCell link={m} label={t('membership.end', { group: m.groupName })} pressed={ending?.id === m.id} onEnd={() => setEnding(m)} />
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && ending && (
        <EndRecordForm
          key={ending.id}
          title={t('membership.end', { group: ending.groupName })}
          submitLabel={t('membership.endSubmit')}
          end={(end) => endMembership.mutateAsync({ id: ending.id, end })}
          onEnded={() => done('membership.ended')}
          onCancel={() => setEnding(null)}
        />
      )}
      {manage &&
        (adding ? (
          <MembershipForm personId={personId} onRecorded={() => done('membership.recorded')} onCancel={() => setAdding(false)} />
        ) : (
          <OpenFormButton
            label={t('membership.add')}
            onOpen={() => {
              setNote(null);
              setAdding(true);
            }}
          />
        ))}
    </section>
  );
}
