import { addendumInputSchema, type AddendumInput, type IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { Form, TextAreaInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreClocks } from '../roll/clock.ts';
import { incidentsApi } from './api.ts';
import { useReportWrite } from './queries.ts';

const textSchema = addendumInputSchema.pick({ text: true });

/** Narrative addenda, oldest first, each with who wrote it and when; new ones are added, none is ever edited. */
export function AddendaSection({ report }: { report: IncidentDetail }) {
  const { t } = useI18n();
  const clock = useCentreClocks()(report.centre);
  const form = useSchemaForm(textSchema, { text: '' });
  const add = useReportWrite(report.id, (input: AddendumInput) => incidentsApi.addendum(report.id, input));
  return (
    <section className="panel" aria-labelledby="incident-addenda" data-testid="incident-addenda">
      <h2 id="incident-addenda">{t('inc.addenda.title')}</h2>
      <p className="field-hint">{t('inc.addenda.intro')}</p>
      {report.addenda.length === 0 ? (
        <p className="muted">{t('inc.addenda.none')}</p>
      ) : (
        <ol className="history-list">
          {report.addenda.map((a) => (
            <li key={a.id}>
              <p className="prewrap">{a.text}</p>
              <span className="cell-note">{t('inc.addenda.by', { when: clock.when(a.at), who: a.byName })}</span>
            </li>
          ))}
        </ol>
      )}
      {report.allowed.addendum && (
        <Form
          form={form}
          className="form"
          aria-label={t('inc.addenda.submit')}
          summary={false}
          onSubmit={async ({ text }) => {
            await add.mutateAsync({ version: report.version, text });
            form.reset({ text: '' });
          }}
          submitLabel={t('inc.addenda.submit')}
          submitClassName="button button-secondary"
          busyLabel={t('common.saving')}
        >
          <TextAreaInput form={form} name="text" label={t('inc.addenda.text')} rows={3} maxLength={16000} />
        </Form>
      )}
    </section>
  );
}
