import { useState } from 'react';
import type { AlertNotification } from '../../../../src/modules/warning/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf } from '../../queries.ts';
import { Link, usePath } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useCentreTime } from '../roll/clock.ts';
import { useAlert, useLiveWarning } from './queries.ts';
import { mayWarning } from './roles.ts';
import { alertPath } from './words.tsx';

/** One notice: the centre and type at once; the place by name once the alert is read. */
function Notice({ notice, onDismiss }: { notice: AlertNotification; onDismiss: () => void }) {
  const { t } = useI18n();
  const centre = useCentreOf(notice.centre)?.name ?? notice.centre;
  const time = useCentreTime(notice.centre);
  const alert = useAlert(notice.id).data;
  const here = usePath() === alertPath(notice.id);
  const place = alert ? (alert.locationName ?? t('warn.alert.centreWide')) : null;
  return (
    <div className="critical-notice" data-testid="critical-notice" data-alert={notice.id}>
      <p className="critical-notice-title" role="alert">
        <span aria-hidden="true">⚠ </span>
        {t('warn.live.banner', { centre, type: t(`warn.type.${notice.type}`) })}
      </p>
      {notice.change === 'escalated' && <p>{t('warn.live.escalated')}</p>}
      {place && <p>{t('warn.live.where', { place, when: time.when(alert?.since ?? notice.at) })}</p>}
      <p className="critical-notice-actions">
        {!here && (
          <Link to={alertPath(notice.id)} className="button button-banner">
            {t('warn.live.open')}
          </Link>
        )}
        <button type="button" className="button button-link critical-notice-dismiss" onClick={onDismiss}>
          {t('warn.live.dismiss')}
        </button>
      </p>
    </div>
  );
}

/** At most this many notices at once: the newest; the boards list them all. */
const SHOWN = 3;

/**
 * The shell's notice of a critical alert raised (or become critical) at a centre of the caseload
 * while the user is signed in, for directors and HQ: "Alerta crítica en {centre}: {type}", with
 * the way to the alert, until dismissed. The stream also re-reads every board on screen.
 *
 * Each notice is `role="alert"` (assertive), not a polite region: a critical alert is rare —
 * violence is expected within days or hours — and is addressed to those who must act at once;
 * a polite message may be queued behind other speech, or lost while the director types a form.
 * Only the title line is the alert (announced once, when the notice appears; the place, read
 * after, is not announced again). Each alert is shown once (by its id); dismissing says nothing.
 */
export function CriticalAlertNotices() {
  const { t } = useI18n();
  const { user } = useSession();
  const [notices, setNotices] = useState<AlertNotification[]>([]);
  const notified = mayWarning(user, 'notified') && mayWarning(user, 'read');
  useLiveWarning(notified, undefined, (alert) => {
    if (!alert || alert.severity !== 'critical') return;
    setNotices((current) => (current.some((n) => n.id === alert.id) ? current : [alert, ...current].slice(0, SHOWN)));
  });
  if (!notified || notices.length === 0) return null;
  const dismiss = (id: string) => setNotices((current) => current.filter((n) => n.id !== id));
  return (
    <div className="critical-notices" aria-label={t('warn.live.region')} role="region">
      {notices.map((n) => (
        <Notice key={n.id} notice={n} onDismiss={() => dismiss(n.id)} />
      ))}
    </div>
  );
}
