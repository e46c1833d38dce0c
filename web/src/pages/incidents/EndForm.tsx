import { z } from 'zod';
import type { CorrectIncidentInput, IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { TextInput } from '../../components/Form.tsx';
import { typedNumber } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreZone } from '../../queries.ts';
import { localDateTimeValue } from '../../time.ts';
import { SubForm } from '../housing/SubForm.tsx';
import { incidentsApi } from './api.ts';
import { localTime } from './first-report.ts';
import { instantOf } from './first-report.ts';
import { useReportWrite } from './queries.ts';

const count = typedNumber(z.number().int().min(0).max(100_000).nullable(), 'inc.field.numberInvalid', { whole: true });
const endSchema = z.object({ endedAt: z.union([z.literal(''), localTime]), otherDeaths: count, otherInjuries: count });

/** The end time (blank while it lasts) and the casualties not among the people and staff recorded. */
export function EndForm({ report, onDone }: { report: IncidentDetail; onDone: () => void }) {
  const { t, language } = useI18n();
  const zone = useCentreZone(report.centre);
  const form = useSchemaForm(endSchema, {
    endedAt: report.endedAt ? localDateTimeValue(new Date(report.endedAt), zone) : '',
    otherDeaths: String(report.otherDeaths),
    otherInjuries: String(report.otherInjuries),
  });
  const save = useReportWrite(report.id, (input: CorrectIncidentInput) => incidentsApi.correct(report.id, input));

  async function submit(values: z.output<typeof endSchema>) {
    let endedAt: string | null = null;
    if (values.endedAt !== '') {
      const end = instantOf(values.endedAt, zone, language, t);
      if ('error' in end) return form.setError('endedAt', { type: 'manual', message: end.error }, { shouldFocus: true });
      endedAt = end.at;
    }
    await save.mutateAsync({ version: report.version, endedAt, otherDeaths: values.otherDeaths ?? 0, otherInjuries: values.otherInjuries ?? 0 });
    onDone();
  }

  return (
    <SubForm form={form} title={t('inc.end.title')} onSubmit={submit} submitLabel={t('inc.end.save')} onCancel={onDone}>
      <TextInput form={form} name="endedAt" type="datetime-local" label={t('inc.field.endedAt')} hint={t('inc.field.endedAtHint')} />
      <TextInput form={form} name="otherDeaths" label={t('inc.field.otherDeaths')} hint={t('inc.field.otherHint')} inputMode="numeric" maxLength={6} />
      <TextInput form={form} name="otherInjuries" label={t('inc.field.otherInjuries')} hint={t('inc.field.otherHint')} inputMode="numeric" maxLength={6} />
    </SubForm>
  );
}
