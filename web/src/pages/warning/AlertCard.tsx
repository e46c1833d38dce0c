import type { AlertView } from '../../../../src/modules/warning/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentreClocks } from '../roll/clock.ts';
import { alertPath, SeverityBadge, usePlaceOf } from './words.tsx';

interface AlertCardProps {
  alert: AlertView;
  /** The heading level of the alert's title in the page. */
  level?: 2 | 3;
  /** Say the centre too (lists of several centres). */
  showCentre?: boolean;
  /** The first reason only, and how many more the alert's page has (long lists of several centres). */
  compact?: boolean;
}

/**
 * One alert in a list: its type and place (a link to its page, when it has one — a
 * reconstruction has none), severity, since when, its status and who acknowledged it; the
 * reasons, or that they are reserved to intelligence.
 */
export function AlertCard({ alert, level = 3, showCentre = false, compact = false }: AlertCardProps) {
  const { t, tn } = useI18n();
  const clockOf = useCentreClocks();
  const time = clockOf(alert.centre);
  const place = usePlaceOf()(alert);
  const where = showCentre ? t('warn.alert.where', { place, centre: alert.centreName }) : place;
  const Heading = level === 2 ? 'h2' : 'h3';
  const title = `${t(`warn.type.${alert.type}`)} · ${where}`;
  return (
    <article className={`alert-card sev-edge-${alert.severity}`} data-alert-type={alert.type} data-severity={alert.severity} data-location={alert.location ?? ''}>
      <div className="alert-card-head">
        <SeverityBadge severity={alert.severity} />
        <Heading className="alert-card-title">{alert.id ? <Link to={alertPath(alert.id)}>{title}</Link> : title}</Heading>
        {alert.location && <span className="code-note alert-card-code">{alert.location}</span>}
      </div>
      <p className="alert-card-meta">
        <span>{t('warn.alert.since', { when: time.when(alert.since) })}</span>
        {alert.status && <span className={`alert-status alert-status-${alert.status}`}>{t(`warn.status.${alert.status}`)}</span>}
        {!alert.id && <span className="alert-status">{t('warn.alert.reconstructed')}</span>}
        {alert.acknowledgedAt && alert.acknowledgedBy && <span>{t('warn.alert.acknowledgedBy', { who: alert.acknowledgedBy, when: time.when(alert.acknowledgedAt) })}</span>}
      </p>
      {alert.withheld ? (
        <p className="alert-withheld" data-testid="alert-withheld">
          {t('warn.alert.withheld')}
        </p>
      ) : (
        alert.reasons.length > 0 && (
          <>
            <ul className="alert-reasons">
              {(compact ? alert.reasons.slice(0, 1) : alert.reasons).map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            {compact && alert.reasons.length > 1 && <p className="alert-more">{tn('warn.alert.moreReasons', alert.reasons.length - 1)}</p>}
          </>
        )
      )}
    </article>
  );
}
