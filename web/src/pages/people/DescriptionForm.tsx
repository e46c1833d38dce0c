import { z } from 'zod';
import { descriptionInputSchema } from '../../../../src/modules/register/schemas.ts';
import type { Description } from '../../api-people.ts';
import { blankIsNull, typedNumber } from '../../components/form-rules.ts';
import { Form, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useDescribe } from './queries.ts';

const field = descriptionInputSchema.shape;

/** The description as the controls hold it (every value a string), checked with the endpoint's field rules. */
const descriptionDraftSchema = z.object({
  heightCm: typedNumber(field.heightCm, 'identification.wholeNumber', { whole: true }),
  weightKg: typedNumber(field.weightKg, 'identification.wholeNumber', { whole: true }),
  hair: blankIsNull(field.hair),
  eyes: blankIsNull(field.eyes),
  marks: blankIsNull(field.marks),
  tattoos: blankIsNull(field.tattoos),
});

const text = (value: string | number | null) => (value === null ? '' : String(value));

/** Records or corrects the physical description (every field; a blank one is "not recorded"). */
export function DescriptionForm({ personId, current, onSaved, onCancel }: { personId: string; current: Description; onSaved: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const form = useSchemaForm(descriptionDraftSchema, {
    heightCm: text(current.heightCm),
    weightKg: text(current.weightKg),
    hair: text(current.hair),
    eyes: text(current.eyes),
    marks: text(current.marks),
    tattoos: text(current.tattoos),
  });
  const describe = useDescribe(personId);
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await describe.mutateAsync(values);
        onSaved();
      }}
      className="form form-grid subform"
      aria-label={t('identification.description')}
      submitLabel={t('identification.submit')}
      busyLabel={t('common.saving')}
      actionsClassName="form-actions field-wide"
      actions={
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      }
    >
      <TextInput form={form} name="heightCm" label={t('identification.height')} hint={t('identification.heightHint')} inputMode="numeric" autoComplete="off" maxLength={3} />
      <TextInput form={form} name="weightKg" label={t('identification.weight')} hint={t('identification.weightHint')} inputMode="numeric" autoComplete="off" maxLength={3} />
      <TextInput form={form} name="hair" label={t('identification.hair')} hint={t('identification.hairHint')} autoComplete="off" maxLength={60} />
      <TextInput form={form} name="eyes" label={t('identification.eyes')} autoComplete="off" maxLength={60} />
      <TextAreaInput form={form} name="marks" label={t('identification.marks')} hint={t('identification.marksHint')} className="field-wide" maxLength={2000} rows={2} />
      <TextAreaInput form={form} name="tattoos" label={t('identification.tattoos')} hint={t('identification.tattoosHint')} className="field-wide" maxLength={2000} rows={2} />
    </Form>
  );
}
