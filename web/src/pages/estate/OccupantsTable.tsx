import type { Occupant } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';
import { SortHeader, type Sort } from '../../components/SortHeader.tsx';
import { PersonStateBadge } from '../people/PersonStateBadge.tsx';

/** The columns a paged list sorts on (the server's `LOCATION_PEOPLE_SORTS`). */
export type OccupantSort = 'name' | 'id' | 'cell' | 'since' | 'state' | 'legalStatus';

interface OccupantsTableProps {
  occupants: Occupant[];
  /** Sortable headers: the sort shown, and what a click asks for (the server sorts). */
  sort?: Sort<OccupantSort> | undefined;
  onSort?: ((column: OccupantSort) => void) | undefined;
  caption: string;
  /** Show where each one is placed (a pavilion or wing lists the people of all its cells). */
  showLocation?: boolean;
  /** The centre's time zone, for the times. */
  timeZone: string;
}

/** People on the roll: name (to their file), aliases, where, legal status, risk and state. */
export function OccupantsTable({ occupants, caption, showLocation = false, timeZone, sort, onSort }: OccupantsTableProps) {
  const { t, formatWhen } = useI18n();
  const header = (label: string, column: OccupantSort) =>
    sort && onSort ? (
      <SortHeader label={label} column={column} sort={sort} onSort={onSort} />
    ) : (
      <th scope="col">{label}</th>
    );
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header(t('person.name'), 'name')}
            <th scope="col">{t('person.aliases')}</th>
            {header(t('person.id'), 'id')}
            {showLocation && header(t('person.location'), 'cell')}
            {header(t('person.legalStatus'), 'legalStatus')}
            <th scope="col">{t('person.risk')}</th>
            {header(t('person.state'), 'state')}
            {header(t('person.since'), 'since')}
          </tr>
        </thead>
        <tbody>
          {occupants.map((o) => (
            <tr key={o.id} data-person={o.id}>
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
