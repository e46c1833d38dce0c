import { useId, useRef, useState } from 'react';
import { rollApi } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * The director's action once the search is over: everyone still unverified is declared escaped
 * (one escape movement each), after a confirmation that states how many.
 */
export function EscapesPanel({ emergencyId, unverified, onDone }: { emergencyId: string; unverified: number; onDone: (text: string) => void }) {
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

  function ask() {
    setConfirming(true);
    window.setTimeout(() => confirmRef.current?.focus(), 0);
  }

  async function declare() {
    setBusy(true);
    setError(null);
    try {
      const result = await rollApi.declareEscapes(emergencyId);
      const escaped = result.escaped.length + result.alreadyUnaccounted.length;
      const skipped = result.skipped.length > 0 ? ` ${tn('emergency.escapes.skipped', result.skipped.length)}` : '';
      setConfirming(false);
      onDone(`${tn('emergency.escapes.done', escaped)}${skipped}`);
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel escapes-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('emergency.escapes.title')}</h2>
      <p>{t('emergency.escapes.text')}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`} tabIndex={-1} ref={confirmRef}>
          <p id={`${id}-confirm`} className="confirm-text">
            {tn('emergency.escapes.confirm', unverified)}
          </p>
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={declare} disabled={busy}>
              {busy ? t('common.saving') : tn('emergency.escapes.confirmYes', unverified)}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={ask} ref={triggerRef}>
          {t('emergency.escapes.button')}
        </button>
      )}
    </section>
  );
}
