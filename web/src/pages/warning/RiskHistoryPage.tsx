import { useState, type FormEvent } from 'react';
import { isoDate } from '../../../../src/kernel/fields.ts';
import type { AlertSeverity } from '../../../../src/kernel/vocabulary.ts';
import type { RiskHistoryQuery, RiskHistoryView } from '../../../../src/modules/warning/schemas.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { AlertCard } from './AlertCard.tsx';
import { useRiskHistory } from './queries.ts';
import { centreBoardPath, SeverityBadge } from './words.tsx';

/** Consecutive days of one severity: the history read as steps. */
interface Stretch {
  from: string;
  to: string;
  days: number;
  highest: AlertSeverity | null;
  /** The most alerts open on one of its days. */
  open: number;
}

function stretchesOf(days: RiskHistoryView['days']): Stretch[] {
  const stretches: Stretch[] = [];
  for (const day of days) {
    const last = stretches[stretches.length - 1];
    if (last && last.highest === day.highest) {
      last.to = day.day;
      last.days += 1;
      last.open = Math.max(last.open, day.open);
    } else stretches.push({ from: day.day, to: day.day, days: 1, highest: day.highest, open: day.open });
  }
  return stretches;
}

const DAY_MS = 86_400_000;
const validDay = (value: string) => isoDate().safeParse(value).success;

/** The period asked: both days or neither (the server's default, the last 90 days). */
function PeriodForm({ period, onPeriod }: { period: RiskHistoryQuery; onPeriod: (period: RiskHistoryQuery) => void }) {
  const { t } = useI18n();
  const [from, setFrom] = useState(period.from ?? '');
  const [to, setTo] = useState(period.to ?? '');
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: { from?: string; to?: string } = {};
    if (from && !validDay(from)) found.from = t('warn.history.dayInvalid');
    if (to && !validDay(to)) found.to = t('warn.history.dayInvalid');
    if (!found.from && !found.to && from && to) {
      const span = (Date.parse(to) - Date.parse(from)) / DAY_MS;
      if (span < 0) found.to = t('warn.history.order');
      else if (span > 365) found.to = t('warn.history.span');
    }
    setErrors(found);
    if (found.from || found.to) return;
    onPeriod({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
  }

  return (
    <form className="filter-bar" onSubmit={submit} aria-label={t('warn.history.form')} noValidate>
      <TextField type="date" label={t('warn.history.from')} value={from} onChange={setFrom} error={errors.from} />
      <TextField type="date" label={t('warn.history.to')} value={to} onChange={setTo} error={errors.to} />
      <div className="filter-actions">
        <button type="submit" className="button button-primary">
          {t('warn.history.show')}
        </button>
      </div>
    </form>
  );
}

/** The days as a strip of colour (a picture of the table below, hidden from screen readers). */
function DayStrip({ history }: { history: RiskHistoryView }) {
  const { t, formatDate } = useI18n();
  return (
    <div className="risk-strip-frame" aria-hidden="true">
      <div className="risk-strip" title={t('warn.history.strip')}>
        {history.days.map((d) => (
          <span key={d.day} className={`risk-strip-day sev-${d.highest ?? 'none'}`} title={`${formatDate(d.day)}: ${t(`warn.severity.${d.highest ?? 'none'}`)}`} />
        ))}
      </div>
      <p className="risk-strip-ends">
        <span>{formatDate(history.from)}</span>
        <span>{formatDate(history.to)}</span>
      </p>
    </div>
  );
}

/** The stretches of days of one severity, as a table: when, how many days, the risk in words, the most alerts open. */
function StretchTable({ history }: { history: RiskHistoryView }) {
  const { t, tn, formatDate, formatNumber: n } = useI18n();
  const stretches = stretchesOf(history.days);
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact risk-stretches" data-testid="risk-stretches">
        <caption>{t('warn.history.caption', { from: formatDate(history.from), to: formatDate(history.to) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('warn.history.col.days')}</th>
            <th scope="col">{t('warn.history.col.risk')}</th>
            <th scope="col" className="num">
              {t('warn.board.col.open')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...stretches].reverse().map((s) => (
            <tr key={s.from} data-severity={s.highest ?? 'none'}>
              <th scope="row">
                {s.days === 1 ? formatDate(s.from) : t('warn.history.range', { from: formatDate(s.from), to: formatDate(s.to) })}
                <span className="risk-days">{tn('warn.history.dayCount', s.days)}</span>
              </th>
              <td>
                <SeverityBadge severity={s.highest} />
              </td>
              <td className="num">{n(s.open)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A pavilion's (or any location's) risk over time: the most severe alert open on each day, as a
 * strip of colour and as a table of stretches in words, newest first; then the alerts of the period.
 */
export function RiskHistoryPage({ code }: { code: string }) {
  const { t } = useI18n();
  const [period, setPeriod] = useState<RiskHistoryQuery>({});
  const query = useRiskHistory(code, period);
  const history = query.data;
  const centre = useCentreOf(history?.location.centre);
  const place = history?.location.name ?? code;
  const centreName = centre?.name ?? history?.location.centre ?? '';
  const quiet = history ? history.days.every((d) => d.highest === null) : false;
  return (
    <Page
      title={t('warn.history.heading', { place })}
      intro={history ? `${t('warn.history.intro')}` : undefined}
      breadcrumb={
        <Breadcrumb
          items={[
            { label: t('warn.board.title'), to: '/alerts' },
            ...(history ? [{ label: centreName, to: centreBoardPath(history.location.centre) }] : []),
            { label: t('warn.history.title') },
          ]}
        />
      }
      actions={history && <Link to={`/locations/${encodeURIComponent(history.location.code)}`}>{place}</Link>}
    >
      <PeriodForm key={history ? `${history.from}|${history.to}` : ''} period={history ? { from: history.from, to: history.to } : period} onPeriod={setPeriod} />
      <LoadState query={query} />
      {history && (
        <>
          {quiet && <p className="empty-state">{t('warn.history.quiet')}</p>}
          <DayStrip history={history} />
          <StretchTable history={history} />
          <section aria-labelledby="risk-alerts">
            <h2 id="risk-alerts">{t('warn.history.alerts')}</h2>
            {history.alerts.length === 0 ? (
              <p className="empty-state">{t('warn.history.noAlerts')}</p>
            ) : (
              <ul className="alert-cards">
                {history.alerts.map((alert) => (
                  <li key={alert.id ?? `${alert.type}-${alert.since}`}>
                    <AlertCard alert={alert} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
