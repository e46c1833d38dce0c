import { classificationInputSchema } from '../../../../src/modules/register/schemas.ts';
import type { Classification } from '../../api-housing.ts';
import { Choices, Form, SelectInput, TextAreaInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { RISK_LEVELS, VULNERABILITIES } from '../../vocabulary.ts';
import { useClassify } from './queries.ts';

interface ClassifyFormProps {
  personId: string;
  current: Classification;
  onSaved: () => void;
  onCancel: () => void;
}

/** A new classification: risk level and vulnerabilities, with the reason (classification, director). */
export function ClassifyForm({ personId, current, onSaved, onCancel }: ClassifyFormProps) {
  const { t } = useI18n();
  const form = useSchemaForm(classificationInputSchema, { risk: current.risk, vulnerabilities: current.vulnerabilities, reason: '' });
  const classify = useClassify(personId);
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await classify.mutateAsync(values);
        onSaved();
      }}
      className="form form-grid subform"
      aria-label={t('classification.reclassify')}
      submitLabel={t('classification.submit')}
      busyLabel={t('common.saving')}
      actions={
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      }
    >
      <SelectInput form={form} name="risk" label={t('person.risk')} options={RISK_LEVELS.map((r) => ({ value: r, label: t(`risk.${r}`) }))} mark={t('common.required')} />
      <fieldset className="field-wide">
        <legend>{t('classification.vulnerabilities')}</legend>
        <Choices
          form={form}
          name="vulnerabilities"
          type="checkbox"
          className="checkbox-grid"
          options={VULNERABILITIES.map((v) => ({ value: v, label: t(`vulnerability.${v}`) }))}
        />
      </fieldset>
      <TextAreaInput
        form={form}
        name="reason"
        className="field-wide"
        label={t('classification.reason')}
        mark={t('common.required')}
        maxLength={1000}
        rows={2}
        required
      />
    </Form>
  );
}
