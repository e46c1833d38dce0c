import { useEffect, useId, useRef, useState } from 'react';
import { ErrorAlert } from '../../components/Alert.tsx';
import { ApiError } from '../../api.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { useUnverifiedAt, useVerifyLocation } from './queries.ts';

interface VerifyLocationPanelProps {
  emergencyId: string;
  /** The cell, wing or pavilion chosen in the filter. */
  location: string;
  /** "el ala A (LIT-P1-A)". */
  phrase: string;
  /** How many are still unverified there (the list's total). */
  unverified: number;
  onDone: (text: string) => void;
}

/**
 * Verifying a whole cell, wing or pavilion in one action: the button asks first, with the names
 * of everyone who will be marked; confirming sends exactly those names, and if the list changed
 * meanwhile (another officer marked someone) the server refuses, the names are read again and the
 * question stays, so nobody is verified whose name was not on the screen.
 */
export function VerifyLocationPanel({ emergencyId, location, phrase, unverified, onDone }: VerifyLocationPanelProps) {
  const { t, tn } = useI18n();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const names = useUnverifiedAt(emergencyId, location, confirming);
  const verify = useVerifyLocation(emergencyId);
  const confirmRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const people = names.data ?? [];
  const busy = verify.isPending || names.isFetching;
  const changed = verify.error instanceof ApiError && verify.error.status === 409;

  // A new location is a new question.
  useEffect(() => {
    setConfirming(false);
    verify.reset();
    // Only when the location changes (verify.reset is stable).
  }, [location]);

  function ask() {
    verify.reset();
    setConfirming(true);
    window.setTimeout(() => confirmRef.current?.focus(), 0);
  }
  function cancel() {
    setConfirming(false);
    window.setTimeout(() => triggerRef.current?.focus(), 0);
  }
  async function confirm() {
    const ids = people.map((p) => p.id);
    const done = await verify.mutateAsync({ location, people: ids }).then(
      () => true,
      async () => {
        await names.refetch(); // the list as it now is, for a second look
        return false;
      },
    );
    if (!done) return;
    setConfirming(false);
    onDone(tn('emergencyScale.verify.done', ids.length, { location: phrase }));
  }

  if (unverified === 0) return null;
  return (
    <section className="panel verify-location" aria-labelledby={`${id}-title`} data-testid="verify-location">
      <h3 id={`${id}-title`}>{t('emergencyScale.verify.title', { location: phrase })}</h3>
      <p>{t('emergencyScale.verify.text', { location: phrase })}</p>
      {verify.error && <ErrorAlert>{changed ? `${errorText(verify.error, t)} ${t('emergencyScale.verify.changed')}` : errorText(verify.error, t)}</ErrorAlert>}
      {confirming ? (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-question`} aria-describedby={`${id}-names`} tabIndex={-1} ref={confirmRef}>
          {names.isPending ? (
            <p>{t('emergencyScale.verify.loading')}</p>
          ) : (
            <>
              <p id={`${id}-question`} className="confirm-text">
                {tn('emergencyScale.verify.question', people.length, { location: phrase })}
              </p>
              <div className="verify-names" id={`${id}-names`}>
                <p className="visually-hidden">{t('emergencyScale.verify.names')}</p>
                <ol data-testid="verify-names">
                  {people.map((p) => (
                    <li key={p.id}>
                      <span>{listName(p)}</span> <span className="code">{p.id}</span> <span className="code muted">{p.expectedLocation}</span>
                    </li>
                  ))}
                </ol>
              </div>
              <div className="form-actions">
                <button type="button" className="button button-primary" onClick={confirm} disabled={busy || people.length === 0}>
                  {verify.isPending ? t('common.saving') : tn('emergencyScale.verify.yes', people.length)}
                </button>
                <button type="button" className="button button-secondary" onClick={cancel} disabled={verify.isPending}>
                  {t('common.cancel')}
                </button>
              </div>
            </>
          )}
        </div>
      ) : (
        <button type="button" className="button button-primary" onClick={ask} ref={triggerRef}>
          {tn('emergencyScale.verify.button', unverified, { location: phrase })}
        </button>
      )}
    </section>
  );
}
