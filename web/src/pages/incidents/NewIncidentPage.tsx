import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { Form } from '../../components/Form.tsx';
import { InfoNote } from '../../components/Alert.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres, useCentreZone } from '../../queries.ts';
import { navigate } from '../../router.tsx';
import { localDateTimeValue } from '../../time.ts';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { firstReportSchema, instantOf, type FirstReportValues } from './first-report.ts';
import { FirstReportFields } from './FirstReportFields.tsx';
import { incidentLink } from './IncidentTable.tsx';
import { useCreateIncident } from './queries.ts';

/**
 * The first report, in minutes: centre, where, type, severity, when it began (now unless
 * changed, on the centre's clock) and what happened; kept as a draft or sent for review at once. Opened from an
 * emergency (`?emergency=ID&centre=CODE`) it is linked to it.
 */
export function NewIncidentPage() {
  const { t, language } = useI18n();
  const centres = useCentres();
  const emergencyParam = useSearchParam('emergency');
  const emergency = z.uuid().safeParse(emergencyParam).success ? emergencyParam : null;
  const centreParam = useSearchParam('centre').toUpperCase();
  const only = centres.data?.length === 1 ? (centres.data[0]?.code ?? '') : '';
  /** The start as the form last set it (now, on the chosen centre's clock); once typed, the user's. */
  const defaultStart = useRef(localDateTimeValue(new Date()));
  const form = useSchemaForm(firstReportSchema, {
    centre: centreParam || only,
    location: '',
    type: '',
    severity: 'medium',
    startedAt: defaultStart.current,
    description: '',
  } satisfies FirstReportValues);
  const centre = form.watch('centre');
  const zone = useCentreZone(centre);
  const create = useCreateIncident();
  /** Which button sent the form: «Enviar» submits it for review, «Guardar borrador» keeps a draft. */
  const sending = useRef(false);

  // The caseload arrives after the form: a single centre is chosen for the user.
  useEffect(() => {
    if (only && !form.getValues('centre')) form.setValue('centre', only);
  }, [only, form]);
  // Another centre: its locations, not the previous one's.
  useEffect(() => form.setValue('location', ''), [centre, form]);
  // Another centre: now on its clock, unless the user typed the start.
  useEffect(() => {
    if (form.getValues('startedAt') !== defaultStart.current) return;
    defaultStart.current = localDateTimeValue(new Date(), zone);
    form.setValue('startedAt', defaultStart.current);
  }, [zone, form]);

  async function submit(values: z.output<typeof firstReportSchema>) {
    const submitNow = sending.current;
    // The time as typed, on the chosen centre's clock.
    const start = instantOf(values.startedAt, zone, language, t);
    if ('error' in start) return form.setError('startedAt', { type: 'manual', message: start.error }, { shouldFocus: true });
    const report = await create.mutateAsync({
      centre: values.centre,
      location: values.location,
      type: values.type,
      severity: values.severity,
      startedAt: start.at,
      description: values.description,
      emergency,
      submit: submitNow,
    });
    navigate(withQuery(incidentLink(report.id), { done: submitNow ? 'sent' : 'created' }));
  }

  const crumbs = <Breadcrumb items={[{ label: t('inc.title'), to: '/incidents' }, { label: t('inc.new.title') }]} />;
  if (!centres.data) {
    return (
      <Page title={t('inc.new.title')} breadcrumb={crumbs}>
        <LoadState query={centres} />
      </Page>
    );
  }
  return (
    <Page title={t('inc.new.title')} intro={t('inc.new.intro')} breadcrumb={crumbs}>
      {centres.data.length === 0 ? (
        <p className="empty-state">{t('inc.new.noCentres')}</p>
      ) : (
        <Form
          form={form}
          onSubmit={submit}
          className="form form-grid panel incident-form"
          aria-label={t('inc.new.title')}
          // Enter in a field and a click on either button are clicks on a submit button: note which.
          onClickCapture={(event) => {
            const button = (event.target as HTMLElement).closest('button[type="submit"]');
            if (button) sending.current = button.getAttribute('data-send') === 'true';
          }}
          submitLabel={t('inc.new.saveDraft')}
          submitClassName="button button-secondary"
          busyLabel={t('common.saving')}
          actionsClassName="form-actions field-wide"
          actions={
            <button type="submit" className="button button-primary" data-send="true" disabled={form.formState.isSubmitting}>
              {t('inc.new.submit')}
            </button>
          }
        >
          {emergency && centreParam && (
            <div className="field-wide">
              <InfoNote>{t('inc.new.fromEmergency', { centre: centres.data.find((c) => c.code === centreParam)?.name ?? centreParam })}</InfoNote>
            </div>
          )}
          <FirstReportFields form={form} />
        </Form>
      )}
    </Page>
  );
}
