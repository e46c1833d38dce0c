import { useCallback, useState } from 'react';
import { housingApi, type Membership } from '../../api-housing.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { mayHousing } from '../housing/roles.ts';
import { EndMembershipForm } from './EndMembershipForm.tsx';
import { MembershipForm } from './MembershipForm.tsx';
import { groupPath } from './paths.ts';

/** The person's criminal-group memberships, current first (intelligence records and ends them). */
export function MembershipsPanel({ personId }: { personId: string }) {
  const { t, formatDate, formatWhen } = useI18n();
  const { user } = useSession();
  const manage = mayHousing(user, 'membership.manage');
  const fetchMemberships = useCallback(() => housingApi.memberships(personId).then((r) => r.memberships), [personId]);
  const [load, reload, , refresh] = useLoad(fetchMemberships, personId);
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<(Membership & { groupName: string }) | null>(null);
  const [note, setNote] = useState<MessageKey | null>(null);
  const none = <span className="muted">—</span>;

  const done = (key: MessageKey) => {
    setAdding(false);
    setEnding(null);
    setNote(key);
    refresh();
  };
  const list = load.status === 'ready' ? [...load.data].sort((a, b) => Number(a.until !== null) - Number(b.until !== null) || b.id - a.id) : [];

  return (
    <section className="panel" aria-labelledby="person-memberships" data-testid="memberships">
      <h2 id="person-memberships">{t('membership.title')}</h2>
      <LoadState load={load} retry={reload} />
      {note && <SuccessNote>{t(note)}</SuccessNote>}
      {load.status === 'ready' && list.length === 0 && <p className="muted">{t('membership.none')}</p>}
      {list.length > 0 && (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{t('membership.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('membership.group')}</th>
                <th scope="col">{t('membership.role')}</th>
                <th scope="col">{t('group.col.since')}</th>
                <th scope="col">{t('group.col.until')}</th>
                <th scope="col">{t('group.col.confidence')}</th>
                <th scope="col">{t('group.col.note')}</th>
                {manage && (
                  <th scope="col">
                    <span className="visually-hidden">{t('group.col.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id} className={m.until ? 'row-inactive' : undefined} data-group={m.group}>
                  <th scope="row">
                    <Link to={groupPath(m.group)}>{m.groupName}</Link>
                  </th>
                  <td>{t(`membershipRole.${m.role}`)}</td>
                  <td className="nowrap">{m.since ? formatDate(m.since) : none}</td>
                  <td className="nowrap">{m.until ? t('group.endedOn', { date: formatDate(m.until) }) : t('membership.current')}</td>
                  <td>{t(`confidence.${m.confidence}`)}</td>
                  <td>
                    {m.note ?? none}
                    <span className="cell-note">{t('common.recorded', { when: formatWhen(m.recordedAt), who: m.recordedBy })}</span>
                  </td>
                  {manage && (
                    <td>
                      {!m.until && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          aria-label={t('membership.end', { group: m.groupName })}
                          onClick={() => setEnding(m)}
                        >
                          {t('group.endShort')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {manage && ending && (
        <EndMembershipForm key={ending.id} membership={ending} onEnded={() => done('membership.ended')} onCancel={() => setEnding(null)} />
      )}
      {manage &&
        (adding ? (
          <MembershipForm personId={personId} onRecorded={() => done('membership.recorded')} onCancel={() => setAdding(false)} />
        ) : (
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                setNote(null);
                setAdding(true);
              }}
            >
              {t('membership.add')}
            </button>
          </div>
        ))}
    </section>
  );
}
