import type { Occupant } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';
import { PersonStateBadge } from '../people/PersonStateBadge.tsx';

interface OccupantsTableProps {
  occupants: Occupant[];
  caption: string;
  /** Show where each one is placed (a pavilion or wing lists the people of all its cells). */
  showLocation?: boolean;
  /** The centre's time zone, for the times. */
  timeZone: string;
}

/** People on the roll: name (to their file), aliases, where, legal status, risk and state. */
export function OccupantsTable({ occupants, caption, showLocation = false, timeZone }: OccupantsTableProps) {
  const { t, formatWhen } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('person.name')}</th>
            <th scope="col">{t('person.aliases')}</th>
            <th scope="col">{t('person.id')}</th>
            {showLocation && <th scope="col">{t('person.location')}</th>}
            <th scope="col">{t('person.legalStatus')}</th>
            <th scope="col">{t('person.risk')}</th>
            <th scope="col">{t('person.state')}</th>
            <th scope="col">{t('person.since')}</th>
          </tr>
        </thead>
        <tbody>
          {occupants.map((o) => (
            <tr key={o.id}>
              <th scope="row">
                <Link to={`/persons/${encodeURIComponent(o.id)}`}>{listName(o)}</Link>
              </th>
              <td>{o.aliases.length > 0 ? o.aliases.join(', ') : <span className="muted">—</span>}</td>
              <td className="code">{o.id}</td>
              {showLocation && <td className="code">{o.location ?? '—'}</td>}
              <td>{o.legalStatus ? t(`legalStatus.${o.legalStatus}`) : '—'}</td>
              <td>{o.risk ? t(`risk.${o.risk}`) : '—'}</td>
              <td>
                <PersonStateBadge state={o.state} outReason={o.outReason} />
              </td>
              <td className="nowrap">{formatWhen(o.since, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
