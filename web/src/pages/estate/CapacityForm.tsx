import { useId } from 'react';
import { capacityInputSchema } from '../../../../src/modules/estate/schemas.ts';
import type { LocationSummary } from '../../api-roll.ts';
import { Form, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useChangeCapacity } from './queries.ts';

/** The API's rule, and the form's own: neither the design nor the working capacity above the maximum. */
const capacityFormSchema = capacityInputSchema.refine((v) => v.designCapacity <= v.maxCapacity && v.workingCapacity <= v.maxCapacity, {
  path: ['maxCapacity'],
  params: { messageKey: 'locationAdmin.aboveMax' },
});

interface FormProps {
  location: LocationSummary;
  /** Called when the form is sent (to clear an earlier confirmation). */
  onAttempt: () => void;
  onChanged: () => void;
}

/** The three capacities of a location with beds, changed together with a reason. */
export function CapacityForm({ location, onChanged, onAttempt }: FormProps) {
  const { t } = useI18n();
  const id = useId();
  const change = useChangeCapacity(location.code);
  const form = useSchemaForm(capacityFormSchema, {
    designCapacity: location.designCapacity ?? location.design,
    workingCapacity: location.workingCapacity ?? location.working,
    maxCapacity: location.maxCapacity ?? location.max,
    reason: '',
  });
  const number = { valueAsNumber: true } as const;

  return (
    <Form
      form={form}
      className="panel form"
      aria-labelledby={`${id}-title`}
      header={<h3 id={`${id}-title`}>{t('locationAdmin.capacityTitle')}</h3>}
      onSubmit={async (values) => {
        onAttempt();
        await change.mutateAsync(values);
        form.reset({ ...values, reason: '' });
        onChanged();
      }}
      submitLabel={t('locationAdmin.capacitySubmit')}
      busyLabel={t('common.saving')}
    >
      <div className="number-row">
        <TextInput form={form} name="designCapacity" rules={number} label={t('location.design')} inputMode="numeric" required />
        <TextInput form={form} name="workingCapacity" rules={number} label={t('location.working')} inputMode="numeric" required />
        <TextInput form={form} name="maxCapacity" rules={number} label={t('location.max')} inputMode="numeric" required />
      </div>
      <TextInput form={form} name="reason" label={t('locationAdmin.reason')} hint={t('locationAdmin.reasonHint')} maxLength={500} required />
    </Form>
  );
}
