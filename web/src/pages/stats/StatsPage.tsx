import { useState } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { statsApi, type StatsQuery } from '../../api-stats.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link, navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { Definitions } from './Definitions.tsx';
import { KeyFigures } from './KeyFigures.tsx';
import { CentresCapacity, DeathsByMonth, EscapesByMonth, IncidentsByType, PopulationTrend, PretrialTrend, SeizuresByItem } from './panels.tsx';
import { periodDays, periodFromSearch, periodSearch, previousDays, type Period } from './period.ts';
import { useStatsReport, useStatsSeries } from './queries.ts';
import { StatsFilters } from './StatsFilters.tsx';
import { useStatsFormat } from './format.ts';
import './stats.css';

/**
 * The statistics dashboard (`/stats`): the figures of a period for the country (HQ, oversight)
 * or for the centres of the user's caseload, with the period before for the trend, then each
 * chart with its table and its CSV file. The period and the centre are in the address, so that
 * a view can be kept and sent.
 */
export default function StatsPage() {
  const { t, formatDate } = useI18n();
  const { user } = useSession();
  const f = useStatsFormat();
  const centres = useCentres();
  const [period, setPeriod] = useState<Period>(() => periodFromSearch(new URLSearchParams(window.location.search)));
  const asked = useSearchParam('centre');
  // Only a centre of the caseload is asked for (the server would answer nothing else).
  const centre = (centres.data ?? []).some((c) => c.code === asked) ? asked : '';
  const days = periodDays(period);
  const query: StatsQuery | null = days ? { ...days, ...(centre ? { centre } : {}) } : null;
  const report = useStatsReport(query);
  const before = useStatsReport(days ? { ...previousDays(days), ...(centre ? { centre } : {}) } : null);
  const series = useStatsSeries(query);

  function show(next: Period, nextCentre: string) {
    setPeriod(next);
    if (periodDays(next) || next.kind !== 'range') navigate(withQuery('/stats', { ...periodSearch(next), centre: nextCentre }), { replace: true });
  }

  const national = user.caseload.all;
  const centreName = centres.data?.find((c) => c.code === centre)?.name;
  const scope = centreName ?? (national ? t('stats.scope.country') : t('stats.scope.caseload'));
  const shown = report.data;
  const fileWords = [shown ? `${shown.from}-${shown.to}` : '', centre];
  const reportYear = period.kind === 'year' ? String(period.year) : (days?.to ?? '').slice(0, 4);

  return (
    <Page
      title={t('stats.title')}
      intro={t('stats.intro')}
      actions={
        <div className="stats-actions">
          <Link className="button button-secondary" to={withQuery('/stats/report', { year: reportYear, centre })}>
            {t('stats.report.link')}
          </Link>
          <Link className="button button-secondary" to="/datos">
            {t('stats.openData.link')}
          </Link>
        </div>
      }
    >
      <StatsFilters
        period={period}
        onPeriod={(next) => show(next, centre)}
        centre={centre}
        onCentre={(next) => show(period, next)}
        centres={centres.data ?? []}
        national={national}
      />
      {!days && <p className="muted">{t('stats.filter.both')}</p>}
      {days && <LoadState query={report} />}
      {shown && (
        <div className="stats-body" aria-busy={report.isFetching || series.isFetching}>
          <div className="stats-scope">
            <h2>
              {scope} · {t('stats.period.between', { from: formatDate(shown.from), to: formatDate(shown.to) })}
            </h2>
            <a className="button button-secondary button-small" href={statsApi.exportUrl(query ?? {})} download>
              {t('stats.csv.all')}
            </a>
          </div>
          <KeyFigures line={shown.totals} before={before.data?.totals} label={t('stats.figures', { scope })} />
          {before.data && (
            <p className="muted stats-note">{t('stats.trend.note', { from: formatDate(before.data.from), to: formatDate(before.data.to) })}</p>
          )}
          <LoadState query={series} />
          {series.data && (
            <div className="stats-grid">
              <PopulationTrend series={series.data} fileWords={fileWords} />
              <PretrialTrend series={series.data} fileWords={fileWords} />
              {shown.centres.length > 1 && <CentresCapacity report={shown} fileWords={fileWords} />}
              <DeathsByMonth series={series.data} report={shown} fileWords={fileWords} />
              <EscapesByMonth series={series.data} report={shown} fileWords={fileWords} />
              <IncidentsByType report={shown} fileWords={fileWords} />
              <SeizuresByItem report={shown} fileWords={fileWords} />
            </div>
          )}
          <details className="panel stats-how">
            <summary>{t('stats.define.title')}</summary>
            <Definitions />
          </details>
          <p className="muted stats-note">{t('stats.source', { count: f.count(shown.centres.length) })}</p>
        </div>
      )}
    </Page>
  );
}
