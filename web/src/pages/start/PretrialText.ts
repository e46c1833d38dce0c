import type { PretrialClock } from '../../api-people.ts';
import type { I18n } from '../../i18n/index.ts';

/** How far a pretrial limit is, in words: "Vence en 12 días", "Vence hoy", "Venció hace 3 días". */
export function pretrialLeft(clock: Pick<PretrialClock, 'daysRemaining'>, tn: I18n['tn'], t: I18n['t']): string {
  const days = clock.daysRemaining;
  if (days < 0) return tn('pretrialDue.overdueBy', -days);
  if (days === 0) return t('pretrialDue.today');
  return tn('pretrialDue.in', days);
}
