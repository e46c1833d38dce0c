import { startCountInputSchema } from '../../../../src/modules/counts/schemas.ts';
import { COUNT_KINDS } from '../../api-roll.ts';
import { Form, SelectInput, TextInput } from '../../components/Form.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { useStartCount } from './queries.ts';

/** What the form asks: the API's request without the centre, which the page gives. */
const startCountFormSchema = startCountInputSchema.omit({ centre: true });

/** Starts a count: the number expected in each cell is fixed from the register at that moment. */
export function StartCountForm({ centre }: { centre: string }) {
  const { t } = useI18n();
  const form = useSchemaForm(startCountFormSchema, { kind: 'scheduled', note: '' });
  const start = useStartCount();

  async function submit(values: { kind: (typeof COUNT_KINDS)[number]; note: string | null }) {
    const started = await start.mutateAsync({ centre, kind: values.kind, note: values.note || null });
    navigate(`/roll/counts/${started.session.id}`);
  }

  return (
    <section className="panel panel-narrow" aria-labelledby="count-start">
      <h2 id="count-start">{t('counts.start.title')}</h2>
      <p className="field-hint">{t('counts.start.hint')}</p>
      <Form form={form} onSubmit={submit} submitLabel={t('counts.start.submit')} busyLabel={t('counts.start.submitting')}>
        <SelectInput form={form} name="kind" label={t('counts.start.kind')} options={COUNT_KINDS.map((k) => ({ value: k, label: t(`countKind.${k}`) }))} />
        <TextInput form={form} name="note" label={t('counts.start.note')} maxLength={500} />
      </Form>
    </section>
  );
}
