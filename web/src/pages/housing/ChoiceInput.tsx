import type { FieldValues } from 'react-hook-form';
import { SelectInput } from '../../components/Form.tsx';
import { useI18n } from '../../i18n/index.ts';

type SelectProps<TValues extends FieldValues, TOutput extends FieldValues> = Parameters<typeof SelectInput<TValues, TOutput>>[0];

/** A select of a schema form that must be answered: «Seleccione…» first, marked as required. */
export function ChoiceInput<TValues extends FieldValues, TOutput extends FieldValues>(
  props: Omit<SelectProps<TValues, TOutput>, 'placeholder' | 'mark' | 'required'> & { placeholder?: string },
) {
  const { t } = useI18n();
  return <SelectInput placeholder={t('common.choose')} mark={t('common.required')} required {...props} />;
}
