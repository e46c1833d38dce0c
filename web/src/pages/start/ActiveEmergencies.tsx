import type { Emergency } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useCentreClocks } from '../roll/clock.ts';

/** Who is not accounted for in an emergency: still unverified on its list, or escaped and not recaptured. */
export function unaccountedIn(emergency: Emergency): number {
  const { unverified, escaped, recaptured } = emergency.counts;
  return unverified + Math.max(0, escaped - recaptured);
}

/**
 * A large red notice for each active emergency of the caseload — every centre's for HQ — with
 * how many people are unaccounted for and the way to the emergency; the largest first.
 */
export function ActiveEmergencies({ emergencies }: { emergencies: Emergency[] }) {
  const { t, tn, formatNumber } = useI18n();
  const centres = useCentres().data ?? [];
  const clockOf = useCentreClocks();
  if (emergencies.length === 0) return null;
  const sorted = [...emergencies].sort((a, b) => unaccountedIn(b) - unaccountedIn(a) || a.declaredAt.localeCompare(b.declaredAt));
  return (
    <section className="start-emergencies" aria-label={t('start.emergencies')}>
      {sorted.map((e) => {
        const centre = centres.find((c) => c.code === e.centre);
        const where = centre ? `${centre.name} (${e.centre})` : e.centre;
        const missing = unaccountedIn(e);
        return (
          <article key={e.id} className="emergency-banner start-emergency" aria-labelledby={`emergency-${e.id}`} data-emergency={e.centre}>
            <h2 id={`emergency-${e.id}`} className="emergency-banner-title">
              <span aria-hidden="true">⚠ </span>
              {t('start.emergency.title', { centre: where })}
            </h2>
            <p className="start-emergency-figure">
              <strong className="start-emergency-number" data-testid="emergency-unaccounted">
                {formatNumber(missing)}
              </strong>{' '}
              <span>{tn('start.emergency.missing', missing)}</span>
            </p>
            <p>
              {t('start.emergency.detail', {
                unverified: formatNumber(e.counts.unverified),
                expected: formatNumber(e.counts.expected),
                escaped: formatNumber(Math.max(0, e.counts.escaped - e.counts.recaptured)),
              })}
            </p>
            <p>{t('start.emergency.what', { kind: t(`emergencyKind.${e.kind}`), when: clockOf(e.centre).when(e.declaredAt), who: e.declaredBy })}</p>
            <p>
              <Link to={`/roll/emergency/${encodeURIComponent(e.id)}`} className="button button-banner">
                {t('start.emergency.open')}
              </Link>
            </p>
          </article>
        );
      })}
    </section>
  );
}
