import { endInputSchema, type EndInput } from '../../../../src/modules/groups/schemas.ts';
import { TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { todayIn } from '../../time.ts';
import { blankIsNull, filled } from '../../components/form-rules.ts';
import { SubForm } from '../housing/SubForm.tsx';

const endFormSchema = endInputSchema.extend({
  until: filled(endInputSchema.shape.until, 'group.untilMissing'),
  note: blankIsNull(endInputSchema.shape.note),
});

interface EndRecordFormProps {
  /** The form's heading and name: what ends ("Terminar la pertenencia a …"). */
  title: string;
  submitLabel: string;
  /** Records the end (a membership's or a relation's). */
  end: (input: EndInput) => Promise<unknown>;
  onEnded: () => void;
  onCancel: () => void;
}

/**
 * Ends a membership or a relation on a day (left the group, a truce, a broken alliance) with a
 * note; the record is kept.
 */
export function EndRecordForm({ title, submitLabel, end, onEnded, onCancel }: EndRecordFormProps) {
  const { t } = useI18n();
  const form = useSchemaForm(endFormSchema, { until: todayIn(), note: '' });
  return (
    <SubForm
      form={form}
      title={title}
      onSubmit={async (values) => {
        await end(values);
        onEnded();
      }}
      submitLabel={submitLabel}
      onCancel={onCancel}
    >
      <TextInput form={form} name="until" type="date" label={t('group.until')} mark={t('common.required')} required />
      <TextInput form={form} name="note" label={t('group.endNote')} maxLength={1000} />
    </SubForm>
  );
}
