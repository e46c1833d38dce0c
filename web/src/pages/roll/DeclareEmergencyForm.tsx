import { useId, useRef, useState, type FormEvent } from 'react';
import { EMERGENCY_KINDS, rollApi, type EmergencyKind } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';

/**
 * The director's declaration of an emergency, in two steps: what and why, then a confirmation
 * that says what will happen (the list of the people inside is frozen for verification).
 */
export function DeclareEmergencyForm({ centre, centreName, inside }: { centre: string; centreName: string; inside: number }) {
  const { t, tn, language } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<EmergencyKind | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ kind?: string; reason?: string }>({});
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  function review(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = {
      ...(kind ? {} : { kind: t('emergency.declare.kindMissing') }),
      ...(reason.trim() ? {} : { reason: t('emergency.declare.reasonMissing') }),
    };
    setErrors(next);
    if (next.kind || next.reason) return;
    setConfirming(true);
    // The confirmation takes the focus, so that it is read at once.
    window.setTimeout(() => confirmRef.current?.focus(), 0);
  }

  async function declare() {
    if (!kind) return;
    setBusy(true);
    setFailure(null);
    try {
      const declared = await rollApi.declareEmergency({ centre, kind, reason: reason.trim() });
      navigate(`/roll/emergency/${declared.id}`);
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  }

  return (
    <section className="panel declare-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="declare-title">
        {t('emergency.declare.title')}
      </h2>
      <p>{t('emergency.declare.intro')}</p>
      {failure && <ErrorAlert>{failure}</ErrorAlert>}
      {!confirming ? (
        <form className="form" onSubmit={review} noValidate>
          <SelectField
            label={t('emergency.declare.kind')}
            value={kind}
            onChange={(v) => setKind(v as EmergencyKind | '')}
            placeholder={t('common.choose')}
            options={EMERGENCY_KINDS.map((k) => ({ value: k, label: t(`emergencyKind.${k}`) }))}
            error={errors.kind}
            mark={t('common.required')}
            required
          />
          <TextAreaField
            label={t('emergency.declare.reason')}
            hint={t('emergency.declare.reasonHint')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            mark={t('common.required')}
            maxLength={2000}
            required
          />
          <div className="form-actions">
            <button type="submit" className="button button-danger button-large" ref={submitRef}>
              {t('emergency.declare.submit')}
            </button>
          </div>
        </form>
      ) : (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`} aria-describedby={`${id}-confirm-text`} tabIndex={-1} ref={confirmRef}>
          <h3 id={`${id}-confirm`}>{t('emergency.declare.confirmTitle')}</h3>
          <p id={`${id}-confirm-text`}>
            {tn('emergency.declare.confirmText', inside, { kind: kind ? t(`emergencyKind.${kind}`).toLocaleLowerCase(language) : '', centre: centreName })}
          </p>
          <p className="confirm-reason">{t('emergency.reason', { reason: reason.trim() })}</p>
          <div className="form-actions">
            <button type="button" className="button button-danger button-large" onClick={declare} disabled={busy}>
              {busy ? t('emergency.declare.declaring') : t('emergency.declare.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => {
                setConfirming(false);
                window.setTimeout(() => submitRef.current?.focus(), 0);
              }}
              disabled={busy}
            >
              {t('emergency.declare.back')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
