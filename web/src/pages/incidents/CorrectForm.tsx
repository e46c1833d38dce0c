import type { z } from 'zod';
import type { CorrectIncidentInput, IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreZone } from '../../queries.ts';
import { localDateTimeValue } from '../../time.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { firstReportSchema, instantOf, type FirstReportValues } from './first-report.ts';
import { FirstReportFields } from './FirstReportFields.tsx';
import { useReportWrite } from './queries.ts';

/** Corrects the first report's fields (while a draft or returned): only what was changed is sent. */
export function CorrectForm({ report, onDone }: { report: IncidentDetail; onDone: () => void }) {
  const { t, language } = useI18n();
  const zone = useCentreZone(report.centre);
  const initialAt = localDateTimeValue(new Date(report.startedAt), zone);
  const form = useSchemaForm(firstReportSchema, {
    centre: report.centre,
    location: report.location ?? '',
    type: report.type,
    severity: report.severity,
    startedAt: initialAt,
    description: report.description,
  } satisfies FirstReportValues);
  const correct = useReportWrite(report.id, (input: CorrectIncidentInput) => incidentsApi.correct(report.id, input));

  async function submit(values: z.output<typeof firstReportSchema>) {
    const input: CorrectIncidentInput = { version: report.version };
    if (values.location !== report.location) input.location = values.location;
    if (values.type !== report.type) input.type = values.type;
    if (values.severity !== report.severity) input.severity = values.severity;
    if (values.description !== report.description) input.description = values.description;
    if (values.startedAt !== initialAt) {
      const start = instantOf(values.startedAt, zone, language, t);
      if ('error' in start) return form.setError('startedAt', { type: 'manual', message: start.error }, { shouldFocus: true });
      input.startedAt = start.at;
    }
    if (Object.keys(input).length > 1) await correct.mutateAsync(input);
    onDone();
  }

  return (
    <SubForm form={form} title={t('inc.correct.title')} onSubmit={submit} submitLabel={t('inc.correct.save')} onCancel={onDone}>
      <FirstReportFields form={form} centreFixed />
    </SubForm>
  );
}
