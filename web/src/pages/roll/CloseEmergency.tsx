import { useI18n } from '../../i18n/index.ts';
import { ConfirmPanel } from './ConfirmPanel.tsx';
import { useCloseEmergency } from './queries.ts';

/** Ends emergency mode at the centre (director), after a confirmation that says who is still unverified. */
export function CloseEmergency({ emergencyId, unverified, onClosed }: { emergencyId: string; unverified: number; onClosed: (text: string) => void }) {
  const { t, tn } = useI18n();
  const close = useCloseEmergency(emergencyId);
  return (
    <ConfirmPanel
      title={t('emergency.close.title')}
      text={t('emergency.close.text')}
      button={t('emergency.close.button')}
      buttonClassName="button-secondary"
      question={`${t('emergency.close.confirm')} ${unverified > 0 ? tn('emergency.close.pending', unverified) : ''}`.trim()}
      yes={t('emergency.close.confirmYes')}
      yesClassName="button-primary"
      run={async () => {
        await close.mutateAsync();
        onClosed(t('emergency.close.done'));
      }}
    />
  );
}
