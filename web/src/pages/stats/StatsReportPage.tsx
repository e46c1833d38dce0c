import { Page } from '../../components/Page.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import type { StatsLine } from '../../api-stats.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { todayIn } from '../../time.ts';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { Definitions } from './Definitions.tsx';
import { useStatsFormat, type StatsFormat } from './format.ts';
import { CentresCapacity, DeathsByMonth, EscapesByMonth, IncidentsByType, PopulationTrend, PretrialTrend, SeizuresByItem } from './panels.tsx';
import { periodDays, previousDays } from './period.ts';
import { useStatsReport, useStatsSeries } from './queries.ts';
import { StatsFilters } from './StatsFilters.tsx';
import './stats.css';

/** A line of the report's table of figures: its name, how it is shown, its value (for the change). */
interface Row {
  key: MessageKey;
  shown: (line: StatsLine, f: StatsFormat) => string;
  value: (line: StatsLine) => number;
}

const ROWS: Row[] = [
  { key: 'stats.field.averagePopulation', shown: (l, f) => f.count(l.average_population), value: (l) => l.average_population },
  { key: 'stats.field.onRollEnd', shown: (l, f) => f.count(l.on_roll_end), value: (l) => l.on_roll_end },
  { key: 'stats.field.designCapacity', shown: (l, f) => f.count(l.design_capacity), value: (l) => l.design_capacity },
  { key: 'stats.field.occupancy', shown: (l, f) => f.per100(l.occupancy_end), value: (l) => l.occupancy_end },
  { key: 'stats.field.pretrialShare', shown: (l, f) => f.percent(l.pretrial_share_end), value: (l) => l.pretrial_share_end },
  { key: 'stats.field.admissions', shown: (l, f) => f.count(l.admissions), value: (l) => l.admissions },
  { key: 'stats.field.releases', shown: (l, f) => f.count(l.releases), value: (l) => l.releases },
  { key: 'stats.field.escapes', shown: (l, f) => f.count(l.escapes), value: (l) => l.escapes },
  { key: 'stats.field.recaptures', shown: (l, f) => f.count(l.recaptures), value: (l) => l.recaptures },
  { key: 'stats.field.deaths', shown: (l, f) => f.count(l.deaths.total), value: (l) => l.deaths.total },
  { key: 'stats.field.mortalityRate', shown: (l, f) => f.rate(l.mortality_per_10000), value: (l) => l.mortality_per_10000 },
  { key: 'stats.field.homicides', shown: (l, f) => f.count(l.deaths.homicide), value: (l) => l.deaths.homicide },
  { key: 'stats.field.homicideRate', shown: (l, f) => f.rate(l.homicide_per_10000), value: (l) => l.homicide_per_10000 },
  { key: 'stats.field.suicides', shown: (l, f) => f.count(l.deaths.self_inflicted), value: (l) => l.deaths.self_inflicted },
  { key: 'stats.field.suicideRate', shown: (l, f) => f.rate(l.self_inflicted_per_10000), value: (l) => l.self_inflicted_per_10000 },
];

/**
 * The annual report (`/stats/report?year=&centre=`), national or of one centre: the year's
 * figures beside the year before's, every chart followed by its table, the figures per centre,
 * and how each is worked out. Made to be printed from the browser on A4 (stats.css): no
 * navigation, no buttons, no chart cut across two pages.
 */
export default function StatsReportPage() {
  const { t, formatDate, formatNumber } = useI18n();
  const { user } = useSession();
  const f = useStatsFormat();
  const centres = useCentres();
  const askedYear = Number(useSearchParam('year'));
  const lastFullYear = Number(todayIn().slice(0, 4)) - 1;
  const year = Number.isInteger(askedYear) && askedYear >= 1900 && askedYear <= lastFullYear + 1 ? askedYear : lastFullYear;
  const asked = useSearchParam('centre');
  const centre = (centres.data ?? []).some((c) => c.code === asked) ? asked : '';
  const days = periodDays({ kind: 'year', year });
  const scopeQuery = centre ? { centre } : {};
  const report = useStatsReport(days ? { ...days, ...scopeQuery } : null);
  const before = useStatsReport(days ? { ...previousDays(days), ...scopeQuery } : null);
  const series = useStatsSeries(days ? { ...days, ...scopeQuery } : null);
  const national = user.caseload.all;
  const centreName = centres.data?.find((c) => c.code === centre)?.name;
  const scope = centreName ?? (national ? t('stats.scope.country') : t('stats.scope.caseload'));
  const shown = report.data;
  const fileWords = [String(year), centre];

  return (
    <Page title={t('stats.report.title', { year, scope })} heading={t('stats.report.title', { year, scope })} intro={t('stats.report.intro')}>
      <div className="no-print stats-report-tools">
        <StatsFilters
          period={{ kind: 'year', year }}
          onPeriod={(next) => next.kind === 'year' && navigate(withQuery('/stats/report', { year: String(next.year), centre }), { replace: true })}
          centre={centre}
          onCentre={(next) => navigate(withQuery('/stats/report', { year: String(year), centre: next }), { replace: true })}
          centres={centres.data ?? []}
          national={national}
          yearsOnly
        />
        <p className="stats-report-actions">
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('stats.report.print')}
          </button>
          <Link to={withQuery('/stats', { year: String(year), centre })}>{t('stats.report.back')}</Link>
        </p>
        <p className="field-hint">{t('stats.report.printHint')}</p>
      </div>
      <LoadState query={report} />
      {shown && (
        <article className="stats-report" data-testid="stats-report">
          <p className="stats-report-period">
            {t('stats.period.between', { from: formatDate(shown.from), to: formatDate(shown.to) })} ·{' '}
            {t('stats.report.made', { day: formatDate(todayIn()), centres: formatNumber(shown.centres.length) })}
          </p>
          <section className="stats-report-section" aria-labelledby="stats-report-figures">
            <h2 id="stats-report-figures">{t('stats.report.figures')}</h2>
            <div className="table-wrap">
              <table className="data-table data-table-compact stats-table">
                <caption>{t('stats.report.figuresCaption', { scope })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('stats.col.figure')}</th>
                    <th scope="col" className="num">{String(year)}</th>
                    <th scope="col" className="num">{String(year - 1)}</th>
                    <th scope="col" className="num">{t('stats.col.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ROWS.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{t(row.key)}</th>
                      <td className="num">{row.shown(shown.totals, f)}</td>
                      <td className="num">{before.data ? row.shown(before.data.totals, f) : '—'}</td>
                      <td className="num">{before.data ? f.change(row.value(shown.totals), row.value(before.data.totals)) || '—' : '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <LoadState query={series} />
          {series.data && (
            <>
              <PopulationTrend series={series.data} fileWords={fileWords} print />
              <PretrialTrend series={series.data} fileWords={fileWords} print />
              {shown.centres.length > 1 && <CentresCapacity report={shown} fileWords={fileWords} print />}
              <DeathsByMonth series={series.data} report={shown} fileWords={fileWords} print />
              <EscapesByMonth series={series.data} report={shown} fileWords={fileWords} print />
              <IncidentsByType report={shown} fileWords={fileWords} print />
              <SeizuresByItem report={shown} fileWords={fileWords} print />
            </>
          )}
          <section className="stats-report-section stats-report-definitions" aria-labelledby="stats-report-definitions">
            <h2 id="stats-report-definitions">{t('stats.define.title')}</h2>
            <Definitions />
          </section>
        </article>
      )}
    </Page>
  );
}
