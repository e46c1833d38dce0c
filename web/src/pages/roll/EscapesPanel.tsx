import { useI18n } from '../../i18n/index.ts';
import { ConfirmPanel } from './ConfirmPanel.tsx';
import { useDeclareEscapes } from './queries.ts';

/**
 * The director's action once the search is over: everyone still unverified is declared escaped
 * (one escape movement each), after a confirmation that states how many.
 */
export function EscapesPanel({ emergencyId, unverified, onDone }: { emergencyId: string; unverified: number; onDone: (text: string) => void }) {
  const { t, tn } = useI18n();
  const declare = useDeclareEscapes(emergencyId);
  return (
    <ConfirmPanel
      className="panel escapes-panel"
      title={t('emergency.escapes.title')}
      text={t('emergency.escapes.text')}
      button={t('emergency.escapes.button')}
      buttonClassName="button-danger"
      question={tn('emergency.escapes.confirm', unverified)}
      yes={tn('emergency.escapes.confirmYes', unverified)}
      yesClassName="button-danger"
      run={async () => {
        const result = await declare.mutateAsync();
        const escaped = result.escaped.length + result.alreadyUnaccounted.length;
        const skipped = result.skipped.length > 0 ? ` ${tn('emergency.escapes.skipped', result.skipped.length)}` : '';
        onDone(`${tn('emergency.escapes.done', escaped)}${skipped}`);
      }}
    />
  );
}
