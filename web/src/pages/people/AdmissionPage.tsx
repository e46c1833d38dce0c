import { useEffect, useState } from 'react';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Form } from '../../components/Form.tsx';
import { Page } from '../../components/Page.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { navigate } from '../../router.tsx';
import { useCentreClocks } from '../roll/clock.ts';
import { admissionDraftSchema, draftFieldOf, emptyDraft, toAdmission, type CheckedDraft } from './admission-draft.ts';
import { CommitmentFields, DestinationFields, IdentityFields, KinFields, LegalFields } from './AdmissionFields.tsx';
import { useAdmit } from './queries.ts';

/**
 * Admission: the person's identity (registered if new), a next of kin, the commitment order and
 * who issued it, arrest and admission times, injuries seen on arrival, the offence and legal
 * status, and where they go. On success, the person's file.
 */
export function AdmissionPage() {
  const { t } = useI18n();
  const centres = useCentres().data;
  // The only centre of one's caseload is the obvious destination.
  const only = centres?.length === 1 ? (centres[0]?.code ?? '') : '';
  // Times are typed on the clock of the centre chosen (the default zone until one is).
  const clockOf = useCentreClocks();
  const [blank] = useState(() => emptyDraft(new Date(), clockOf(only).zone, only));
  const form = useSchemaForm(admissionDraftSchema, blank);
  const admit = useAdmit();

  // The list came after the form was drawn.
  useEffect(() => {
    if (only && !form.getValues('centre')) form.setValue('centre', only);
  }, [only, form]);

  useEffect(() => {
    const watching = form.watch((values, { name }) => {
      // Preventive detention starts, unless said otherwise (typed by the user), on the day of admission.
      if (name === 'admittedAt' && !form.getFieldState('pretrialSince').isDirty) form.setValue('pretrialSince', (values.admittedAt ?? '').slice(0, 10));
      // A cell of another centre is no longer where they go.
      if (name === 'centre') form.setValue('cell', '');
    });
    return () => watching.unsubscribe();
  }, [form]);

  async function submit(draft: CheckedDraft) {
    const admitted = await admit.mutateAsync(toAdmission(draft, clockOf(draft.centre).zone));
    navigate(`/persons/${encodeURIComponent(admitted.person)}?done=admission`);
  }

  return (
    <Page
      title={t('admission.title')}
      intro={t('admission.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('persons.title'), to: '/persons' }, { label: t('admission.title') }]} />}
    >
      <Form
        form={form}
        onSubmit={submit}
        fieldOf={draftFieldOf}
        submitLabel={t('admission.submit')}
        busyLabel={t('admission.submitting')}
        className="form admission-form"
      >
        <IdentityFields form={form} />
        <KinFields form={form} />
        <CommitmentFields form={form} />
        <LegalFields form={form} />
        <DestinationFields form={form} />
      </Form>
    </Page>
  );
}
