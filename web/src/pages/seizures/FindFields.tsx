import { useState } from 'react';
import type { Path } from 'react-hook-form';
import { SEIZURE_ITEMS } from '../../../../src/modules/intelligence/schemas.ts';
import { CheckboxInput, SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import type { Choice } from '../../components/SelectField.tsx';
import type { SchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import type { SearchFormOutput, SearchFormValues } from './search-form.ts';
import { itemWord } from './words.ts';

interface FindFieldsProps {
  form: SchemaForm<SearchFormValues, SearchFormOutput>;
  index: number;
  /** The centre searched: the person picker offers its people only. */
  centre: string;
  /** The centre's locations to choose the find's place from. */
  places: readonly Choice[];
  onRemove: () => void;
}

/** One item found: what, how many, where, on whom, and whether it opens an incident report. */
export function FindFields({ form, index, centre, places, onRemove }: FindFieldsProps) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const n = index + 1;
  const name = (field: string) => `finds.${index}.${field}` as Path<SearchFormValues>;
  return (
    <fieldset className="subform sz-find" data-testid={`find-${n}`}>
      <legend>{t('sz.form.find', { n })}</legend>
      <div className="form-grid">
        <SelectInput
          form={form}
          name={name('item')}
          label={t('sz.form.item')}
          placeholder={t('common.choose')}
          options={SEIZURE_ITEMS.map((i) => ({ value: i, label: itemWord(t, i) }))}
          mark={t('common.required')}
          required
        />
        <TextInput form={form} name={name('quantity')} label={t('sz.form.quantity')} inputMode="numeric" autoComplete="off" mark={t('common.required')} required />
        <TextInput form={form} name={name('whereFound')} label={t('sz.form.whereFound')} hint={t('sz.form.whereFoundHint')} maxLength={500} />
        <SelectInput form={form} name={name('location')} label={t('sz.form.findLocation')} hint={t('sz.form.findLocationHint')} placeholder={t('sz.form.findLocationHint')} options={places} />
        <div className="sz-person">
          <TextInput form={form} name={name('person')} label={t('sz.form.person')} hint={t('sz.form.personHint')} capitals autoComplete="off" spellCheck={false} />
          {picking ? (
            <PersonPicker
              label={`${t('sz.person.search')} · ${t('sz.form.find', { n })}`}
              centre={centre || null}
              autoFocus
              onClose={() => setPicking(false)}
              onPick={(person) => {
                form.setValue(name('person'), person.id as never, { shouldValidate: form.formState.isSubmitted });
                setPicking(false);
              }}
            />
          ) : (
            <button type="button" className="button button-secondary button-small" onClick={() => setPicking(true)} aria-label={`${t('sz.person.search')} · ${t('sz.form.find', { n })}`}>
              {t('sz.person.search')}
            </button>
          )}
        </div>
        <TextAreaInput form={form} name={name('description')} label={t('sz.form.description')} rows={2} maxLength={4000} />
        <div className="field-wide sz-find-actions">
          <CheckboxInput form={form} name={name('openIncident')} label={t('sz.form.openIncident')} />
          <button type="button" className="button button-link" onClick={onRemove}>
            {t('sz.form.removeFind', { n })}
          </button>
        </div>
      </div>
    </fieldset>
  );
}
