import type { AlertSeverity } from '../../../../src/kernel/vocabulary.ts';
import type { AlertView } from '../../../../src/modules/warning/schemas.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * How severe, in words and colour (the colour repeats the words; never the only cue). The
 * palette is sequential, light to dark, and reads in order for colour-blind eyes and in grey.
 */
export function SeverityBadge({ severity, large = false }: { severity: AlertSeverity | null; large?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`badge sev sev-${severity ?? 'none'}${large ? ' badge-large' : ''}`} data-severity={severity ?? 'none'}>
      {t(`warn.severity.${severity ?? 'none'}`)}
    </span>
  );
}

/** Where an alert is: its location's name, or the whole centre. */
export function usePlaceOf(): (alert: Pick<AlertView, 'locationName' | 'location'>) => string {
  const { t } = useI18n();
  return (alert) => alert.locationName ?? alert.location ?? t('warn.alert.centreWide');
}

export const alertPath = (id: string) => `/alerts/${encodeURIComponent(id)}`;
export const centreBoardPath = (code: string) => `/alerts/centres/${encodeURIComponent(code)}`;
export const riskHistoryPath = (code: string) => `/alerts/risk/${encodeURIComponent(code)}`;
