import type { GroupMember } from '../../../../src/modules/groups/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';

const ROLE_ORDER = { leader: 0, lieutenant: 1, member: 2, associate: 3 } as const;

/** The group's members in custody today, in the user's caseload: leaders first. */
export function GroupMembers({ members }: { members: GroupMember[] }) {
  const { t, formatDate } = useI18n();
  const ordered = [...members].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
  return (
    <section className="panel" aria-labelledby="group-members">
      <h2 id="group-members">{t('group.members')}</h2>
      {ordered.length === 0 ? (
        <p className="muted">{t('group.membersNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact" data-testid="group-members">
            <caption>{t('group.membersCaption', { count: ordered.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('person.id')}</th>
                <th scope="col">{t('membership.role')}</th>
                <th scope="col">{t('person.centre')}</th>
                <th scope="col">{t('group.col.since')}</th>
                <th scope="col">{t('group.col.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {ordered.map((m) => (
                <tr key={m.id} data-person={m.person}>
                  <th scope="row">
                    <Link to={`/persons/${encodeURIComponent(m.person)}`}>{m.name}</Link>
                  </th>
                  <td className="code">{m.person}</td>
                  <td>{t(`membershipRole.${m.role}`)}</td>
                  <td className="code">{m.centre ?? '—'}</td>
                  <td className="nowrap">{m.since ? formatDate(m.since) : '—'}</td>
                  <td>{t(`confidence.${m.confidence}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
