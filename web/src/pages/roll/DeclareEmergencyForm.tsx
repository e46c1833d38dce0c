import { useId, useRef, useState } from 'react';
import { z } from 'zod';
import { declareEmergencyInputSchema } from '../../../../src/modules/emergency/schemas.ts';
import { EMERGENCY_KINDS, type DeclareEmergencyInput } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { Form, SelectInput, TextAreaInput } from '../../components/Form.tsx';
import { filled } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { useDeclareEmergency } from './queries.ts';

/** The API's request without the centre, which the page gives. */
const declareFormSchema = z.object({
  kind: filled(declareEmergencyInputSchema.shape.kind, 'emergency.declare.kindMissing'),
  reason: filled(declareEmergencyInputSchema.shape.reason, 'emergency.declare.reasonMissing'),
});

/**
 * The director's declaration of an emergency, in two steps: what and why, then a confirmation
 * that says what will happen (the list of the people inside is frozen for verification).
 */
export function DeclareEmergencyForm({ centre, centreName, inside }: { centre: string; centreName: string; inside: number }) {
  const { t, tn, language } = useI18n();
  const id = useId();
  const form = useSchemaForm(declareFormSchema, { kind: '', reason: '' });
  const declare = useDeclareEmergency();
  const [confirming, setConfirming] = useState<Omit<DeclareEmergencyInput, 'centre'> | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  function review(values: Omit<DeclareEmergencyInput, 'centre'>) {
    setConfirming(values);
    // The confirmation takes the focus, so that it is read at once.
    window.setTimeout(() => confirmRef.current?.focus(), 0);
  }

  async function confirm(values: Omit<DeclareEmergencyInput, 'centre'>) {
    // This form leaves the page once the list shows the emergency: the promise, not a callback of the form.
    const declared = await declare.mutateAsync({ centre, ...values }).catch(() => null); // the error: declare.error
    if (declared) navigate(`/roll/emergency/${declared.id}`);
  }

  function back() {
    setConfirming(null);
    declare.reset();
    window.setTimeout(() => submitRef.current?.focus(), 0);
  }

  return (
    <section className="panel declare-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="declare-title">
        {t('emergency.declare.title')}
      </h2>
      <p>{t('emergency.declare.intro')}</p>
      {declare.error && <ErrorAlert>{errorText(declare.error, t)}</ErrorAlert>}
      {!confirming ? (
        <Form
          form={form}
          onSubmit={review}
          submitLabel={t('emergency.declare.submit')}
          submitClassName="button button-danger button-large"
          submitRef={submitRef}
          summary={false}
        >
          <SelectInput
            form={form}
            name="kind"
            label={t('emergency.declare.kind')}
            placeholder={t('common.choose')}
            options={EMERGENCY_KINDS.map((k) => ({ value: k, label: t(`emergencyKind.${k}`) }))}
            mark={t('common.required')}
            required
          />
          <TextAreaInput
            form={form}
            name="reason"
            label={t('emergency.declare.reason')}
            hint={t('emergency.declare.reasonHint')}
            mark={t('common.required')}
            maxLength={2000}
            required
          />
        </Form>
      ) : (
        <div className="confirm-box" role="alertdialog" aria-labelledby={`${id}-confirm`} aria-describedby={`${id}-confirm-text`} tabIndex={-1} ref={confirmRef}>
          <h3 id={`${id}-confirm`}>{t('emergency.declare.confirmTitle')}</h3>
          <p id={`${id}-confirm-text`}>
            {tn('emergency.declare.confirmText', inside, { kind: t(`emergencyKind.${confirming.kind}`).toLocaleLowerCase(language), centre: centreName })}
          </p>
          <p className="confirm-reason">{t('emergency.reason', { reason: confirming.reason })}</p>
          <div className="form-actions">
            <button type="button" className="button button-danger button-large" onClick={() => void confirm(confirming)} disabled={declare.isPending}>
              {declare.isPending ? t('emergency.declare.declaring') : t('emergency.declare.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={back} disabled={declare.isPending}>
              {t('emergency.declare.back')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
