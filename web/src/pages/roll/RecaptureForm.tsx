import { useId } from 'react';
import { z } from 'zod';
import { line, locationCode } from '../../../../src/kernel/fields.ts';
import type { ListedPerson } from '../../api-roll.ts';
import { Form, TextInput } from '../../components/Form.tsx';
import { filled, upperCase } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { CellSuggestions } from '../people/CellSuggestions.tsx';
import { useRecordMovement } from '../people/queries.ts';

/** Where to (a cell, or a centre's code for its roll), as the movement's `to`; and the circumstances. */
const recaptureFormSchema = z.object({
  to: filled(upperCase(locationCode), 'emergency.recapture.toMissing'),
  reason: line(300, 0),
});

/** Records that an escaped person is back in custody: in a cell, or on a centre's roll (unplaced). */
export function RecaptureForm({ person, centre, onDone, onCancel }: { person: ListedPerson; centre: string; onDone: (text: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const form = useSchemaForm(recaptureFormSchema, { to: '', reason: '' });
  const recapture = useRecordMovement(person.id);
  const name = listName(person);

  async function submit({ to, reason }: z.output<typeof recaptureFormSchema>) {
    await recapture.mutateAsync({ type: 'recapture', to, reason: reason || null });
    onDone(t('emergency.recapture.done', { name, to }));
  }

  // A refusal about the destination is said next to it; any other in the alert above the fields.
  return (
    <Form
      form={form}
      onSubmit={submit}
      submitLabel={t('emergency.recapture.submit')}
      busyLabel={t('common.saving')}
      summary={false}
      className="form form-grid recapture-form"
      actionsClassName="form-actions field-wide"
      actions={
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      }
      aria-label={t('emergency.recapture.formLabel', { name })}
    >
      <TextInput
        form={form}
        name="to"
        label={t('emergency.recapture.to')}
        hint={t('emergency.recapture.hint', { cell: person.expectedLocation ?? `${centre}-…`, centre })}
        list={`${id}-cells`}
        autoComplete="off"
        spellCheck={false}
        mark={t('common.required')}
        required
      />
      <CellSuggestions centre={centre} listId={`${id}-cells`} />
      <TextInput form={form} name="reason" label={t('emergency.recapture.reason')} maxLength={300} />
    </Form>
  );
}
