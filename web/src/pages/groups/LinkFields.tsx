import type { FieldValues, Path } from 'react-hook-form';
import { SelectInput, TextInput } from '../../components/Form.tsx';
import type { SchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { CONFIDENCES } from '../../vocabulary.ts';

/** The values a link to a group has in common: since when, how sure, a note. */
interface LinkValues extends FieldValues {
  since: string;
  confidence: string;
  note: string;
}

/**
 * The fields a membership and a relation share: since when (optional), how sure the
 * intelligence is (required to choose when `chooseConfidence`), and a note.
 */
export function LinkFields<TValues extends LinkValues, TOutput extends FieldValues>({
  form,
  chooseConfidence = false,
}: {
  form: SchemaForm<TValues, TOutput>;
  chooseConfidence?: boolean;
}) {
  const { t } = useI18n();
  const name = (field: keyof LinkValues & string) => field as Path<TValues>;
  return (
    <>
      <TextInput form={form} name={name('since')} type="date" label={t('group.col.since')} hint={t('group.sinceHint')} />
      <SelectInput
        form={form}
        name={name('confidence')}
        label={t('group.col.confidence')}
        placeholder={chooseConfidence ? t('common.choose') : undefined}
        options={CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) }))}
        mark={chooseConfidence ? t('common.required') : undefined}
        required={chooseConfidence}
      />
      <TextInput form={form} name={name('note')} className="field-wide" label={t('group.col.note')} maxLength={1000} />
    </>
  );
}
