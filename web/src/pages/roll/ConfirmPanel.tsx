import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

interface ConfirmPanelProps {
  title: string;
  text: string;
  className?: string;
  /** The button that asks, and its classes. */
  button: string;
  buttonClassName: string;
  /** The question, and the button that confirms. */
  question: string;
  yes: string;
  yesClassName: string;
  /** Does it (a write of queries.ts): a rejection is shown, and the question stays. */
  run: () => Promise<unknown>;
}

/**
 * An action that cannot be undone (declaring escapes, closing an emergency): a panel with a
 * button that asks first, in a confirmation that takes the focus so that it is read at once.
 */
export function ConfirmPanel({ title, text, className = 'panel', button, buttonClassName, question, yes, yesClassName, run }: ConfirmPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  // A rejection is shown and the question stays; done, the question goes.
  const action = useMutation({ mutationFn: run, onSuccess: () => setConfirming(false) });
  const busy = action.isPending;
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  function ask() {
    setConfirming(true);
    window.setTimeout(() => confirmRef.current?.focus(), 0);
  }

  function cancel() {
    setConfirming(false);
    window.setTimeout(() => triggerRef.current?.focus(), 0);
  }

  return (
    <section className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{text}</p>
      {action.error && <ErrorAlert>{errorText(action.error, t)}</ErrorAlert>}
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`} tabIndex={-1} ref={confirmRef}>
          <p id={`${id}-confirm`} className="confirm-text">
            {question}
          </p>
          <div className="form-actions">
            <button type="button" className={`button ${yesClassName}`} onClick={() => action.mutate()} disabled={busy}>
              {busy ? t('common.saving') : yes}
            </button>
            <button type="button" className="button button-secondary" onClick={cancel} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={`button ${buttonClassName}`} onClick={ask} ref={triggerRef}>
          {button}
        </button>
      )}
    </section>
  );
}
