import type { Emergency } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentreTime } from './clock.ts';

interface EmergencyBannerProps {
  emergency: Emergency;
  centreName?: string;
  /** Show a link to the emergency's page (not on that page). */
  link?: boolean;
}

/** The red band of an active emergency (grey once closed): what, where, since when, by whom; in words. */
export function EmergencyBanner({ emergency, centreName, link = false }: EmergencyBannerProps) {
  const { t } = useI18n();
  const { when: formatWhen } = useCentreTime(emergency.centre);
  const active = emergency.status === 'active';
  const where = centreName ?? emergency.centre;
  return (
    <section className={active ? 'emergency-banner' : 'emergency-banner emergency-banner-closed'} aria-label={t(active ? 'emergency.banner' : 'emergency.closedBanner')}>
      <p className="emergency-banner-title">
        <span aria-hidden="true">{active ? '⚠ ' : ''}</span>
        {t(active ? 'emergency.banner' : 'emergency.closedBanner')}
      </p>
      <p className="emergency-banner-what">
        {t('emergency.summary', {
          kind: t(`emergencyKind.${emergency.kind}`),
          centre: where,
          when: formatWhen(emergency.declaredAt),
          who: emergency.declaredBy,
        })}
      </p>
      <p className="emergency-banner-reason">{t('emergency.reason', { reason: emergency.reason })}</p>
      {!active && emergency.closedAt && (
        <p>{t('emergency.closedSummary', { when: formatWhen(emergency.closedAt), who: emergency.closedBy ?? '—' })}</p>
      )}
      {link && (
        <p>
          <Link to={`/roll/emergency/${encodeURIComponent(emergency.id)}`} className="button button-banner">
            {t('emergency.open')}
          </Link>
        </p>
      )}
    </section>
  );
}
