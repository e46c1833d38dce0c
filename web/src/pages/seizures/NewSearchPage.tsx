import { useEffect, useState } from 'react';
import { useFieldArray } from 'react-hook-form';
import { SEARCH_KINDS, SEARCH_RESULTS } from '../../../../src/modules/intelligence/schemas.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Form, SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres, useCentreZone } from '../../queries.ts';
import { navigate } from '../../router.tsx';
import { instantFromLocal, localDateTimeValue, NATIONAL_TIME_ZONE } from '../../time.ts';
import { FindFields } from './FindFields.tsx';
import { useCentrePlaces } from './places.ts';
import { useRecordSearch } from './queries.ts';
import { EMPTY_FIND, searchFormSchema, toRequest, type SearchFormOutput, type SearchFormValues } from './search-form.ts';

/** How far ahead of now a time may be (the server's limit). */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * Records a search and its finds in one go: the place searched (a location of the centre), kind,
 * times on the centre's clock, team, result, and a row per item found, each optionally on a person
 * (found through the register's search) and opening an incident report. A refusal of the server
 * naming a field (`finds.1.quantity`) is shown on that field.
 */
export function NewSearchPage() {
  const { t } = useI18n();
  const centres = useCentres();
  const only = centres.data?.length === 1 ? (centres.data[0]?.code ?? '') : '';
  const [initialAt] = useState(() => localDateTimeValue(new Date(), NATIONAL_TIME_ZONE));
  const form = useSchemaForm(searchFormSchema, {
    centre: only,
    location: '',
    kind: '',
    startedAt: initialAt,
    endedAt: '',
    team: '',
    result: '',
    note: '',
    finds: [],
  } satisfies SearchFormValues);
  const finds = useFieldArray({ control: form.control, name: 'finds' });
  // A user of one centre has it chosen, also when the centres arrive after the form.
  useEffect(() => {
    if (only && !form.getValues('centre')) form.setValue('centre', only);
  }, [only, form]);
  const centre = form.watch('centre') || only;
  const zone = useCentreZone(centre);
  const places = useCentrePlaces(centre);
  // Another centre: the places chosen were the other centre's.
  useEffect(() => {
    form.setValue('location', '');
    form.getValues('finds').forEach((_, i) => form.setValue(`finds.${i}.location`, ''));
  }, [centre, form]);
  const record = useRecordSearch();

  async function submit(values: SearchFormOutput) {
    const startedAt = instantFromLocal(values.startedAt, zone);
    const endedAt = values.endedAt ? instantFromLocal(values.endedAt, zone) : null;
    const refuse = (field: 'startedAt' | 'endedAt' | 'result', message: string) => form.setError(field, { type: 'manual', message }, { shouldFocus: true });
    if (!startedAt) return refuse('startedAt', t('sz.form.timeInvalid'));
    if (new Date(startedAt).getTime() > Date.now() + FUTURE_SLACK_MS) return refuse('startedAt', t('sz.form.future'));
    if (endedAt && new Date(endedAt).getTime() > Date.now() + FUTURE_SLACK_MS) return refuse('endedAt', t('sz.form.future'));
    if (endedAt && new Date(endedAt) < new Date(startedAt)) return refuse('endedAt', t('sz.form.endBeforeStart'));
    if (values.result === 'items_found' && values.finds.length === 0) return refuse('result', t('sz.form.needFinds'));
    if (values.result !== 'items_found' && values.finds.length > 0) return refuse('result', t('sz.form.findsNeedResult'));
    const recorded = await record.mutateAsync(toRequest({ ...values, centre }, { startedAt, endedAt }));
    navigate(`/searches/${recorded.id}?saved=1`);
  }

  return (
    <Page title={t('sz.form.title')} intro={t('sz.form.intro')} breadcrumb={<Breadcrumb items={[{ label: t('sz.title'), to: '/searches' }, { label: t('sz.form.title') }]} />}>
      <Form
        form={form}
        onSubmit={submit}
        className="form form-grid sz-form"
        aria-label={t('sz.form.title')}
        submitLabel={t('sz.form.submit')}
        busyLabel={t('common.saving')}
        actionsClassName="form-actions field-wide"
      >
        <SelectInput
          form={form}
          name="centre"
          label={t('sz.form.centre')}
          placeholder={t('common.choose')}
          options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
          mark={t('common.required')}
          required
        />
        <SelectInput form={form} name="location" label={t('sz.form.location')} hint={t('sz.form.locationHint')} placeholder={t('sz.wholeCentre')} options={places} />
        <SelectInput
          form={form}
          name="kind"
          label={t('sz.form.kind')}
          placeholder={t('common.choose')}
          options={SEARCH_KINDS.map((k) => ({ value: k, label: t(`sz.kind.${k}`) }))}
          mark={t('common.required')}
          required
        />
        <TextInput form={form} name="team" label={t('sz.form.team')} hint={t('sz.form.teamHint')} maxLength={500} mark={t('common.required')} required />
        <TextInput form={form} name="startedAt" type="datetime-local" label={t('sz.form.startedAt')} mark={t('common.required')} required />
        <TextInput form={form} name="endedAt" type="datetime-local" label={t('sz.form.endedAt')} hint={t('sz.form.endedAtHint')} />
        <SelectInput
          form={form}
          name="result"
          label={t('sz.form.result')}
          placeholder={t('common.choose')}
          options={SEARCH_RESULTS.map((r) => ({ value: r, label: t(`sz.result.${r}`) }))}
          mark={t('common.required')}
          required
        />
        <TextAreaInput form={form} name="note" label={t('sz.form.note')} rows={2} maxLength={4000} className="field-wide" />
        <section className="field-wide sz-finds" aria-labelledby="sz-finds-title">
          <h2 id="sz-finds-title">{t('sz.form.finds')}</h2>
          <p className="field-hint">{finds.fields.length === 0 ? t('sz.form.noFinds') : t('sz.form.findsHint')}</p>
          {finds.fields.map((field, index) => (
            <FindFields key={field.id} form={form} index={index} centre={centre} places={places} onRemove={() => finds.remove(index)} />
          ))}
          <button type="button" className="button button-secondary" onClick={() => finds.append({ ...EMPTY_FIND })}>
            {t('sz.form.addFind')}
          </button>
        </section>
      </Form>
    </Page>
  );
}
