import { useId, useRef, useState } from 'react';
import { rollApi } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

/** Ends emergency mode at the centre (director), after a confirmation that says who is still unverified. */
export function CloseEmergency({ emergencyId, unverified, onClosed }: { emergencyId: string; unverified: number; onClosed: (text: string) => void }) {
  const { t, tn } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancel = () => {
    setConfirming(false);
    window.setTimeout(() => triggerRef.current?.focus(), 0);
  };

  async function close() {
    setBusy(true);
    setError(null);
    try {
      await rollApi.closeEmergency(emergencyId);
      setConfirming(false);
      onClosed(t('emergency.close.done'));
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('emergency.close.title')}</h2>
      <p>{t('emergency.close.text')}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`} tabIndex={-1} ref={confirmRef}>
          <p id={`${id}-confirm`} className="confirm-text">
            {t('emergency.close.confirm')} {unverified > 0 && tn('emergency.close.pending', unverified)}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={close} disabled={busy}>
              {busy ? t('common.saving') : t('emergency.close.confirmYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button button-secondary"
          ref={triggerRef}
          onClick={() => {
            setConfirming(true);
            window.setTimeout(() => confirmRef.current?.focus(), 0);
          }}
        >
          {t('emergency.close.button')}
        </button>
      )}
    </section>
  );
}
