import type { EmergencyCounts } from '../../api-roll.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { withQuery } from './query.ts';

type Tone = 'neutral' | 'ok' | 'warn' | 'danger' | 'dark';

/** The emergency's figures, large, at the top: each a label over its number, toned but always in words. */
export function EmergencyCounters({ counts, missing, centre }: { counts: EmergencyCounts; missing: number; centre: string }) {
  const { t, formatNumber } = useI18n();
  const items: { key: string; label: MessageKey; value: number; tone: Tone; note?: string }[] = [
    { key: 'expected', label: 'emergency.count.expected', value: counts.expected, tone: 'neutral' },
    { key: 'unverified', label: 'emergency.count.unverified', value: counts.unverified, tone: counts.unverified > 0 ? 'warn' : 'ok' },
    { key: 'verified', label: 'emergency.count.verified', value: counts.verified, tone: 'ok' },
    { key: 'injured', label: 'emergency.count.injured', value: counts.injured, tone: counts.injured > 0 ? 'warn' : 'neutral' },
    { key: 'hostage', label: 'emergency.count.hostage', value: counts.hostage, tone: counts.hostage > 0 ? 'danger' : 'neutral' },
    { key: 'dead', label: 'emergency.count.dead', value: counts.dead, tone: counts.dead > 0 ? 'dark' : 'neutral' },
    {
      key: 'escaped',
      label: 'emergency.count.escaped',
      value: counts.escaped,
      tone: counts.escaped > counts.recaptured ? 'danger' : 'neutral',
      note: t('emergency.count.recaptured', { count: formatNumber(counts.recaptured) }),
    },
  ];
  return (
    <div className="emergency-counters">
      <dl className="counter-grid" aria-label={t('emergency.counters')}>
        {items.map((item) => (
          <div key={item.key} className={`counter counter-${item.tone}`} data-counter={item.key}>
            <dt>{t(item.label)}</dt>
            <dd>
              <span className="counter-value">{formatNumber(item.value)}</span>
              {item.note && <span className="counter-note">{item.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <div className={`counter counter-missing ${missing > 0 ? 'counter-danger' : 'counter-ok'}`} data-counter="missing">
        <p className="counter-label" id="missing-now">
          {t('emergency.count.missing')}
        </p>
        <p className="counter-value" aria-labelledby="missing-now" data-testid="missing-count">
          {formatNumber(missing)}
        </p>
        <p className="counter-note">
          <Link to={withQuery('/roll/missing', { centre })}>{t('emergency.missingLink')}</Link>
        </p>
      </div>
    </div>
  );
}
