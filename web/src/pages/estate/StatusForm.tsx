import { useId } from 'react';
import { locationStatusInputSchema } from '../../../../src/modules/estate/schemas.ts';
import type { LocationSummary } from '../../api-roll.ts';
import { Choices, Form, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { LOCATION_STATUSES } from '../../vocabulary.ts';
import { useSetLocationStatus } from './queries.ts';

interface FormProps {
  location: LocationSummary;
  /** Called when the form is sent (to clear an earlier confirmation). */
  onAttempt: () => void;
  onChanged: () => void;
}

/**
 * Close, reopen or mark damaged, with a reason; the server refuses to close where people are
 * housed. Keyed by the location's status where used, so that its choices start afresh after a change.
 */
export function StatusForm({ location, onChanged, onAttempt }: FormProps) {
  const { t } = useI18n();
  const id = useId();
  const change = useSetLocationStatus(location.code);
  const choices = LOCATION_STATUSES.filter((s) => s !== location.status);
  const form = useSchemaForm(locationStatusInputSchema, { status: choices[0] ?? 'active', reason: '' });
  const selected = form.watch('status');

  return (
    <Form
      form={form}
      className="panel form"
      aria-labelledby={`${id}-title`}
      header={
        <>
          <h3 id={`${id}-title`}>{t('locationAdmin.statusTitle')}</h3>
          <p className="field-hint">{t('locationAdmin.statusNow', { status: t(`locationStatus.${location.status}`) })}</p>
        </>
      }
      onSubmit={async (values) => {
        onAttempt();
        await change.mutateAsync(values);
        onChanged();
      }}
      submitLabel={t(`locationAdmin.submit.${selected}`)}
      busyLabel={t('common.saving')}
      submitClassName={`button ${selected === 'active' ? 'button-primary' : 'button-danger'}`}
    >
      <fieldset>
        <legend>{t('locationAdmin.newStatus')}</legend>
        <Choices
          form={form}
          name="status"
          type="radio"
          className="radio-row"
          options={choices.map((choice) => ({ value: choice, label: t(`locationAdmin.action.${choice}`) }))}
        />
      </fieldset>
      <TextInput form={form} name="reason" label={t('locationAdmin.reason')} hint={t('locationAdmin.statusHint')} maxLength={500} required />
    </Form>
  );
}
