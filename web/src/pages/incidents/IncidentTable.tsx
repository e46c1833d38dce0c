import type { IncidentSort, IncidentSummary } from '../../../../src/modules/incidents/schemas.ts';
import { SortHeader, type Sort } from '../../components/SortHeader.tsx';
import type { CsvColumn } from '../../csv.ts';
import { useI18n, type Translate } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useCentreClocks } from '../roll/clock.ts';
import { StatusBadge } from './StatusBadge.tsx';

export const incidentLink = (id: string) => `/incidents/${encodeURIComponent(id)}`;

/** Deaths and injuries in words ("Ninguna" when both are 0). */
export function casualtiesText(c: { deaths: number; injuries: number }, t: Translate): string {
  return c.deaths === 0 && c.injuries === 0 ? t('inc.casualtiesNone') : t('inc.casualties', { deaths: c.deaths, injuries: c.injuries });
}

/** The columns of a list of incidents as the table shows them, for its CSV export. */
export function useIncidentColumns(): CsvColumn<IncidentSummary>[] {
  const { t } = useI18n();
  const clockOf = useCentreClocks();
  const centres = useCentres().data;
  const centreName = (code: string) => centres?.find((c) => c.code === code)?.name ?? code;
  return [
    { header: t('inc.col.id'), value: (i) => i.id },
    { header: t('inc.col.startedAt'), value: (i) => clockOf(i.centre).when(i.startedAt) },
    { header: t('inc.col.centre'), value: (i) => centreName(i.centre) },
    { header: t('inc.col.location'), value: (i) => i.location ?? t('inc.wholeCentre') },
    { header: t('inc.col.type'), value: (i) => t(`inc.type.${i.type}`) },
    { header: t('inc.col.severity'), value: (i) => t(`inc.severity.${i.severity}`) },
    { header: t('inc.col.status'), value: (i) => t(`inc.status.${i.status}`) },
    { header: t('inc.col.deaths'), value: (i) => i.casualties.deaths },
    { header: t('inc.col.injuries'), value: (i) => i.casualties.injuries },
    { header: t('inc.col.summary'), value: (i) => i.summary },
  ];
}

interface IncidentTableProps {
  items: readonly IncidentSummary[];
  caption: string;
  /** Sortable headers when given. */
  sort?: Sort<IncidentSort>;
  onSort?: (column: IncidentSort) => void;
}

/** Incidents, newest first unless sorted otherwise: each row links to its report. */
export function IncidentTable({ items, caption, sort, onSort }: IncidentTableProps) {
  const { t } = useI18n();
  const clockOf = useCentreClocks();
  const centres = useCentres().data;
  const header = (column: IncidentSort, label: string) =>
    sort && onSort ? (
      <SortHeader label={label} column={column} sort={sort} onSort={onSort} />
    ) : (
      <th scope="col">{label}</th>
    );
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact incident-table" data-testid="incident-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {header('id', t('inc.col.id'))}
            {header('startedAt', t('inc.col.startedAt'))}
            {header('centre', t('inc.col.centre'))}
            {header('type', t('inc.col.type'))}
            {header('severity', t('inc.col.severity'))}
            {header('status', t('inc.col.status'))}
            <th scope="col">{t('inc.col.casualties')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.id} data-incident={i.id}>
              <th scope="row">
                <Link to={incidentLink(i.id)}>{i.id}</Link>
              </th>
              <td className="nowrap">{clockOf(i.centre).when(i.startedAt)}</td>
              <td>
                {centres?.find((c) => c.code === i.centre)?.name ?? i.centre}
                <span className="code-note">{i.location ?? t('inc.wholeCentre')}</span>
              </td>
              <td className="incident-type-cell">
                {t(`inc.type.${i.type}`)}
                <span className="incident-summary">{i.summary}</span>
              </td>
              <td>
                <span className={`badge incident-severity-${i.severity}`}>{t(`inc.severity.${i.severity}`)}</span>
              </td>
              <td>
                <StatusBadge status={i.status} />
              </td>
              <td>{casualtiesText(i.casualties, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
