import type { IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useCentreClocks } from '../roll/clock.ts';
import { casualtiesText, incidentLink } from './IncidentTable.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** The report's facts: what, where, when, its casualties (counted), its links; then the first report as written. */
export function ReportFacts({ report }: { report: IncidentDetail }) {
  const { t } = useI18n();
  const centre = useCentreOf(report.centre);
  const clock = useCentreClocks()(report.centre);
  const facts: [string, React.ReactNode][] = [
    [t('inc.col.status'), <StatusBadge status={report.status} />],
    [t('inc.field.type'), t(`inc.type.${report.type}`)],
    [t('inc.field.severity'), <span className={`badge incident-severity-${report.severity}`}>{t(`inc.severity.${report.severity}`)}</span>],
    [t('inc.field.centre'), centre?.name ?? report.centre],
    [
      t('inc.field.location'),
      report.location ? <Link to={`/locations/${encodeURIComponent(report.location)}`}>{report.location}</Link> : t('inc.wholeCentre'),
    ],
    [t('inc.field.startedAt'), clock.when(report.startedAt)],
    [t('inc.field.endedAt'), report.endedAt ? clock.when(report.endedAt) : t('inc.report.stillGoing')],
    [
      t('inc.report.casualties'),
      <>
        {casualtiesText(report.casualties, t)}
        <span className="cell-note">{t('inc.report.casualtiesNote')}</span>
      </>,
    ],
  ];
  if (report.emergency) facts.push([t('inc.field.emergency'), <Link to={`/roll/emergency/${report.emergency}`}>{t('inc.report.emergencyLink')}</Link>]);
  if (report.duplicateOf) facts.push([t('inc.report.duplicateOf'), <Link to={incidentLink(report.duplicateOf)}>{report.duplicateOf}</Link>]);
  return (
    <section className="panel" aria-labelledby="incident-facts" data-testid="incident-facts">
      <h2 id="incident-facts">{t('inc.report.facts')}</h2>
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="incident-description-title">{t('inc.field.description')}</h3>
      <p className="prewrap incident-description">{report.description}</p>
      <p className="cell-note">{t('inc.report.reported', { when: clock.when(report.reportedAt), who: report.reportedByName })}</p>
    </section>
  );
}
