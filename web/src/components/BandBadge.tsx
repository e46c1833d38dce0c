import type { LocationStatus, OccupancyBand } from '../api.ts';
import { useI18n } from '../i18n/index.ts';

const BAND_CLASS: Record<OccupancyBand, string> = {
  under: 'band-under',
  at: 'band-at',
  over_design: 'band-over',
  over_max: 'band-critical',
};

/** How full a location is, in words and colour. */
export function BandBadge({ band }: { band: OccupancyBand }) {
  const { t } = useI18n();
  return <span className={`badge ${BAND_CLASS[band]}`}>{t(`band.${band}`)}</span>;
}

const STATUS_CLASS: Record<LocationStatus, string> = { active: 'badge-ok', closed: 'badge-off', damaged: 'badge-warn' };

/** Active, closed or damaged. */
export function StatusBadge({ status }: { status: LocationStatus }) {
  const { t } = useI18n();
  // Active is the usual case: plain text, so that closed and damaged stand out.
  if (status === 'active') return <span className="status-active">{t('locationStatus.active')}</span>;
  return <span className={`badge ${STATUS_CLASS[status]}`}>{t(`locationStatus.${status}`)}</span>;
}
