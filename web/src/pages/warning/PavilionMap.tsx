import type { AlertSeverity } from '../../../../src/kernel/vocabulary.ts';
import { ALERT_SEVERITY_LIST } from '../../../../src/modules/warning/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { riskHistoryPath } from './words.tsx';

export interface PavilionRisk {
  code: string;
  name: string;
  highest: AlertSeverity | null;
  open: number;
}

/** The colour key: each severity's colour next to its words, mildest first. */
function Legend() {
  const { t } = useI18n();
  return (
    <ul className="risk-legend" aria-label={t('warn.centre.legend')}>
      {[null, ...ALERT_SEVERITY_LIST].map((severity) => (
        <li key={severity ?? 'none'}>
          <span className={`risk-swatch sev-${severity ?? 'none'}`} aria-hidden="true" />
          {severity ? t(`warn.risk.${severity}`) : t('warn.risk.none')}
        </li>
      ))}
    </ul>
  );
}

/**
 * A centre's pavilions as tiles coloured by their most severe open alert. Each tile says the
 * risk in words and how many alerts are open (its accessible name says the same), so colour is
 * never the only cue; each opens the pavilion's risk history.
 */
export function PavilionMap({ pavilions, at }: { pavilions: PavilionRisk[]; at?: string }) {
  const { t, tn } = useI18n();
  if (pavilions.length === 0) return <p className="empty-state">{t('warn.centre.noPavilions')}</p>;
  return (
    <section className="risk-map-section" aria-labelledby="risk-map">
      <h2 id="risk-map">{t('warn.centre.map')}</h2>
      <p className="field-hint">{t('warn.centre.mapHint')}</p>
      <Legend />
      <ul className="risk-map" data-testid="risk-map">
        {pavilions.map((p) => {
          const risk = p.highest ? t(`warn.risk.${p.highest}`) : t('warn.risk.none');
          const count = p.open > 0 ? tn(at ? 'warn.centre.tileFound' : 'warn.centre.tileOpen', p.open) : '';
          return (
            <li key={p.code}>
              <Link
                to={riskHistoryPath(p.code)}
                className={`risk-tile sev-${p.highest ?? 'none'}`}
                data-pavilion={p.code}
                data-severity={p.highest ?? 'none'}
                aria-label={[p.name, risk, count, at ? t('warn.alert.reconstructed') : ''].filter(Boolean).join(', ')}
              >
                <span className="risk-tile-name">{p.name}</span>
                <span className="risk-tile-risk">{risk}</span>
                {count && <span className="risk-tile-count">{count}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
