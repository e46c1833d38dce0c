import type { PretrialClock } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * The pretrial clock (COIP art. 541): days in preventive detention against the legal limit of
 * 12 or 18 months, the date it lapses, and the days left, or that it has lapsed.
 */
export function PretrialClockPanel({ clock }: { clock: PretrialClock }) {
  const { t, tn, formatNumber, formatDate } = useI18n();
  const total = clock.daysDetained + clock.daysRemaining;
  const share = total > 0 ? Math.min(1, clock.daysDetained / total) : 1;
  const near = !clock.overdue && clock.daysRemaining <= 30;
  const tone = clock.overdue ? 'clock-overdue' : near ? 'clock-near' : 'clock-running';
  return (
    <section className={`panel pretrial-clock ${tone}`} aria-labelledby="pretrial-clock">
      <div className="clock-head">
        <h2 id="pretrial-clock">{t('clock.title')}</h2>
        {clock.overdue && <span className="badge badge-danger badge-large">{t('clock.overdue')}</span>}
        {near && <span className="badge badge-warn badge-large">{t('clock.near')}</span>}
      </div>
      <p className="clock-lead">
        {clock.overdue
          ? tn('clock.overdueText', -clock.daysRemaining, { date: formatDate(clock.limitDate) })
          : tn('clock.runningText', clock.daysRemaining, { date: formatDate(clock.limitDate) })}
      </p>
      <div className="clock-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(share * 100)}%` }} />
      </div>
      <dl className="clock-figures">
        <div>
          <dt>{t('clock.days')}</dt>
          <dd>{formatNumber(clock.daysDetained)}</dd>
        </div>
        <div>
          <dt>{t('clock.limit')}</dt>
          <dd>{tn('common.months', clock.limitMonths)}</dd>
        </div>
        <div>
          <dt>{t('clock.limitDate')}</dt>
          <dd>{formatDate(clock.limitDate)}</dd>
        </div>
        <div>
          <dt>{clock.overdue ? t('clock.daysOver') : t('clock.daysLeft')}</dt>
          <dd>{formatNumber(Math.abs(clock.daysRemaining))}</dd>
        </div>
        <div>
          <dt>{t('clock.since')}</dt>
          <dd>{formatDate(clock.since)}</dd>
        </div>
      </dl>
      <p className="field-hint">{t('clock.rule')}</p>
    </section>
  );
}
