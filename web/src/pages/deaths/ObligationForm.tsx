import { useState } from 'react';
import { z } from 'zod';
import { line, note } from '../../../../src/kernel/fields.ts';
import { Form, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { filled, says } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';
import type { DeathObligation } from './api.ts';
import { useRecordObligation } from './queries.ts';

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const obligationFormSchema = z.object({
  doneAt: z.string().refine((value) => LOCAL_TIME.test(value), says('death.checklist.atInvalid')),
  doneBy: filled(line(200), 'death.checklist.doneByMissing'),
  reference: line(200, 0),
  note: note(0, 2000),
});
type Values = z.input<typeof obligationFormSchema>;

interface ObligationFormProps {
  person: string;
  obligation: DeathObligation;
  /** What was recorded before (a correction), if anything. */
  done: { doneAt: string; doneBy: string; reference: string | null; note: string | null } | null;
  timeZone: string;
  onClose: () => void;
}

/** Ticks one obligation: when it was done (now by default, on the centre's clock), by whom, the reference. */
export function ObligationForm({ person, obligation, done, timeZone, onClose }: ObligationFormProps) {
  const { t } = useI18n();
  const record = useRecordObligation(person);
  const [initial] = useState<Values>(() => ({
    doneAt: localDateTimeValue(done ? new Date(done.doneAt) : new Date(), timeZone),
    doneBy: done?.doneBy ?? '',
    reference: done?.reference ?? '',
    note: done?.note ?? '',
  }));
  const form = useSchemaForm(obligationFormSchema, initial);

  async function save(values: z.output<typeof obligationFormSchema>) {
    const doneAt = instantFromLocal(values.doneAt, timeZone);
    if (!doneAt) return form.setError('doneAt', { type: 'manual', message: t('death.checklist.atInvalid') }, { shouldFocus: true });
    await record.mutateAsync({ obligation, doneAt, doneBy: values.doneBy, reference: values.reference || null, note: values.note || null });
    onClose();
  }

  return (
    <Form
      form={form}
      onSubmit={save}
      submitLabel={t('death.checklist.submit')}
      summary={false}
      aria-label={t(`death.obligation.${obligation}`)}
      actions={
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('death.checklist.cancel')}
        </button>
      }
    >
      <TextInput form={form} name="doneAt" type="datetime-local" label={t('death.checklist.doneAt')} required />
      <TextInput form={form} name="doneBy" label={t('death.checklist.doneBy')} hint={t('death.checklist.doneByHint')} maxLength={200} required />
      <TextInput form={form} name="reference" label={t('death.checklist.referenceField')} hint={t('death.checklist.referenceHint')} maxLength={200} />
      <TextAreaInput form={form} name="note" label={t('death.checklist.note')} maxLength={2000} />
    </Form>
  );
}
