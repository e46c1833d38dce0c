import type { AlertSeverity, AlertType } from '../../kernel/vocabulary.ts';
import type { Texts } from '../language.ts';

/** Each alert type and severity in words, in each language. */
export const TYPE_LABELS: Record<AlertType, Texts> = {
  leadership_vacuum: { es: 'Vacío de liderazgo', en: 'Leadership vacuum' },
  rival_colocation: { es: 'Rivales juntos', en: 'Rivals together' },
  overcrowding: { es: 'Hacinamiento', en: 'Overcrowding' },
  pretrial_overdue: { es: 'Prisión preventiva vencida', en: 'Pretrial detention overdue' },
  incident_escalation: { es: 'Incidentes en aumento', en: 'Incidents rising' },
  weapons_seized: { es: 'Armas incautadas', en: 'Weapons seized' },
  count_discrepancy: { es: 'Conteo con faltantes', en: 'Count short' },
  non_association_breach: { es: 'Separación incumplida', en: 'Non-association breached' },
};
export const SEVERITY_LABELS: Record<AlertSeverity, Texts> = {
  low: { es: 'baja', en: 'low' },
  medium: { es: 'media', en: 'medium' },
  high: { es: 'alta', en: 'high' },
  critical: { es: 'CRÍTICA', en: 'CRITICAL' },
};
