import { useId, useState } from 'react';
import { z } from 'zod';
import { note } from '../../../../src/kernel/fields.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { Form, SelectInput, TextAreaInput } from '../../components/Form.tsx';
import { filled } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { DEATH_CAUSES, type DeathEntry } from './api.ts';
import { useChangeCause } from './queries.ts';

const causeFormSchema = z.object({ cause: filled(z.enum(DEATH_CAUSES), 'death.causeBox.causeMissing'), reason: note(0, 500) });

/** The cause of a death, every change of it with its reason, and (for those who keep the register) the form to change it. */
export function CausePanel({ entry, canWrite, timeZone }: { entry: DeathEntry; canWrite: boolean; timeZone: string }) {
  const { t, formatWhen } = useI18n();
  const id = useId();
  const change = useChangeCause(entry.person.id);
  const form = useSchemaForm(causeFormSchema, { cause: '', reason: '' });
  const [saved, setSaved] = useState(false);
  const cause = (c: string) => t(`death.cause.${c as DeathEntry['cause']}`);

  async function save(values: z.output<typeof causeFormSchema>) {
    setSaved(false);
    await change.mutateAsync({ cause: values.cause, reason: values.reason });
    form.reset({ cause: '', reason: '' });
    setSaved(true);
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('death.causeBox.title')}</h2>
      <p className="death-cause-now">
        <strong data-testid="death-cause">{cause(entry.cause)}</strong>
      </p>
      <h3>{t('death.causeBox.history')}</h3>
      {entry.causeHistory.length === 0 ? (
        <p className="muted">{t('death.causeBox.noHistory')}</p>
      ) : (
        <ol className="death-history">
          {entry.causeHistory.map((c) => (
            <li key={`${c.at}-${c.to}`}>
              <strong>{t('death.causeBox.line', { from: cause(c.from), to: cause(c.to) })}</strong> — {t('death.causeBox.by', { when: formatWhen(c.at, timeZone), by: c.by })}
              <div>{c.reason || <span className="muted">{t('death.causeBox.firstCause')}</span>}</div>
            </li>
          ))}
        </ol>
      )}
      {saved && <SuccessNote>{t('death.causeBox.saved')}</SuccessNote>}
      {canWrite && (
        <Form form={form} onSubmit={save} submitLabel={t('death.causeBox.submit')} summary={false} header={<h3>{t('death.causeBox.change')}</h3>}>
          <SelectInput
            form={form}
            name="cause"
            label={t('death.causeBox.new')}
            placeholder={t('common.choose')}
            options={DEATH_CAUSES.filter((c) => c !== entry.cause).map((c) => ({ value: c, label: cause(c) }))}
            required
          />
          <TextAreaInput form={form} name="reason" label={t('death.causeBox.reason')} hint={t('death.causeBox.reasonHint')} maxLength={500} />
        </Form>
      )}
    </section>
  );
}
