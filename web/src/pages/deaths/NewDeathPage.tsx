import { useState } from 'react';
import { z } from 'zod';
import { line, locationCode, note } from '../../../../src/kernel/fields.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Form, SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import { blankIsNull, says, upperCase } from '../../components/form-rules.ts';
import { Page } from '../../components/Page.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { useCentreOf } from '../../queries.ts';
import { Link, navigate } from '../../router.tsx';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';
import { usePerson } from '../people/queries.ts';
import { useCentreTime } from '../roll/clock.ts';
import { useSearchParam } from '../roll/query.ts';
import { useCentrePlaces } from '../seizures/places.ts';
import { DEATH_CAUSES } from './api.ts';
import { useRecordDeath } from './queries.ts';

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const deathFormSchema = z.object({
  at: z.string().refine((value) => LOCAL_TIME.test(value), says('death.checklist.atInvalid')),
  location: upperCase(blankIsNull(locationCode.nullable())),
  cause: z.enum(DEATH_CAUSES),
  circumstances: note(0, 4000),
  foundBy: line(200, 0),
  incident: blankIsNull(line(64).nullable()),
});

/** The form for the chosen person: time (now by default, on the centre's clock), place, cause, circumstances, found by, the incident (from its report). */
function DeathForm({ person, incident }: { person: string; incident: string }) {
  const { t } = useI18n();
  const file = usePerson(person);
  const centre = file.data ? (file.data.current?.centre ?? file.data.movements.find((m) => m.type === 'death')?.fromCentre ?? null) : null;
  const time = useCentreTime(centre);
  const centreName = useCentreOf(centre)?.name ?? centre;
  const places = useCentrePlaces(centre ?? '');
  const record = useRecordDeath();
  const [initialAt] = useState(() => localDateTimeValue(new Date(), time.zone));
  const form = useSchemaForm(deathFormSchema, { at: initialAt, location: '', cause: 'pending', circumstances: '', foundBy: '', incident });
  if (!file.data) return <LoadState query={file} />;
  const name = listName(file.data.person);

  async function save(values: z.output<typeof deathFormSchema>) {
    const at = instantFromLocal(values.at, time.zone);
    if (!at) return form.setError('at', { type: 'manual', message: t('death.checklist.atInvalid') }, { shouldFocus: true });
    await record.mutateAsync({
      person,
      at,
      ...(centre ? { centre } : {}),
      location: values.location,
      cause: values.cause,
      circumstances: values.circumstances,
      foundBy: values.foundBy || null,
      incident: values.incident,
    });
    navigate(`/deaths/${encodeURIComponent(person)}`);
  }

  return (
    <section className="panel">
      <p>
        <strong>{t('death.form.person')}:</strong> {t('death.form.chosen', { name, id: person })}{' '}
        <Link to="/deaths/new">{t('death.form.change')}</Link>
      </p>
      {centreName && (
        <p>
          <strong>{t('death.entry.centre')}:</strong> {centreName}
        </p>
      )}
      <Form form={form} onSubmit={save} submitLabel={t('death.form.submit')}>
        <TextInput form={form} name="at" type="datetime-local" label={t('death.form.at')} hint={t('death.form.atHint')} required />
        {centre ? (
          <SelectInput form={form} name="location" label={t('death.form.place')} placeholder={t('death.entry.wholeCentre')} options={places} />
        ) : (
          <TextInput form={form} name="location" label={t('death.form.placeCode')} hint={t('death.form.placeHint')} capitals maxLength={40} />
        )}
        <SelectInput form={form} name="cause" label={t('death.form.cause')} options={DEATH_CAUSES.map((c) => ({ value: c, label: t(`death.cause.${c}`) }))} required />
        <TextAreaInput form={form} name="circumstances" label={t('death.form.circumstances')} maxLength={4000} />
        <TextInput form={form} name="foundBy" label={t('death.form.foundBy')} maxLength={200} />
        <TextInput form={form} name="incident" label={t('death.entry.incident')} maxLength={64} autoComplete="off" />
      </Form>
    </section>
  );
}

/** Finds the person whose death is recorded; choosing one puts them in the address. */
function ChoosePerson() {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="death-person-title">
      <h2 id="death-person-title">{t('death.form.person')}</h2>
      <PersonPicker label={t('death.form.search')} onPick={(p) => navigate(`/deaths/new?person=${encodeURIComponent(p.id)}`)} />
    </section>
  );
}

/** Records a death on its own, or completes the entry of one already on the roll (`?person=ID`), or one from an incident report (`&incident=ID`). */
export function NewDeathPage() {
  const { t } = useI18n();
  const person = useSearchParam('person');
  const incident = useSearchParam('incident');
  return (
    <Page title={t('death.form.title')} intro={t('death.form.intro')}>
      {person ? <DeathForm key={person} person={person} incident={incident} /> : <ChoosePerson />}
    </Page>
  );
}
