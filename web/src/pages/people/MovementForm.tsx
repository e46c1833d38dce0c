import { useId, useState } from 'react';
import { z } from 'zod';
import { line, locationCode, note } from '../../../../src/kernel/fields.ts';
import type { Whereabouts } from '../../api-people.ts';
import type { MovementRequest } from '../../api-roll.ts';
import { Form, SelectInput, TextAreaInput, TextInput } from '../../components/Form.tsx';
import { filled, upperCase } from '../../components/form-rules.ts';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { RELEASE_REASONS } from '../../vocabulary.ts';
import { useRecordMovement } from './queries.ts';
import { may } from './roles.ts';

type Action = 'release' | 'transfer';

/** What each action asks, with the field rules of the movement's request. */
const movementFormSchemas = {
  release: z.object({
    reason: filled(z.enum(RELEASE_REASONS), 'move.reasonMissing'),
    to: z.string(),
    note: note(0, 2000),
  }),
  transfer: z.object({
    reason: line(300, 0),
    to: filled(upperCase(locationCode), 'move.toMissing'),
    note: note(0, 2000),
  }),
};

function toMovement(action: Action, values: { reason: string; to: string; note: string }): MovementRequest {
  const noteText = values.note || null;
  if (action === 'release') return { type: values.reason === 'death' ? 'death' : 'release', reason: values.reason, note: noteText };
  return { type: action, to: values.to, reason: values.reason || null, note: noteText };
}

interface MovementFormProps {
  personId: string;
  current: Whereabouts;
  onRecorded: (action: Action) => void;
}

/** The form of one action; a server refusal naming `to` or `reason` is shown on that field. */
function ActionForm({ personId, current, action, onRecorded, onCancel }: MovementFormProps & { action: Action; onCancel: () => void }) {
  const { t } = useI18n();
  const ids = useId();
  const centres = useCentres();
  const form = useSchemaForm(movementFormSchemas[action], { reason: '', to: '', note: '' });
  const record = useRecordMovement(personId);
  return (
    <Form
      form={form}
      onSubmit={async (values) => {
        await record.mutateAsync(toMovement(action, values));
        onRecorded(action);
      }}
      className="form form-grid subform"
      aria-label={t(`move.action.${action}`)}
      submitLabel={t(`move.submit.${action}`)}
      busyLabel={t('common.saving')}
      submitClassName={`button ${action === 'release' ? 'button-danger' : 'button-primary'}`}
      actions={
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      }
    >
      {action === 'release' ? (
        <SelectInput
          form={form}
          name="reason"
          label={t('move.releaseReason')}
          placeholder={t('common.choose')}
          options={RELEASE_REASONS.map((r) => ({ value: r, label: t(`releaseReason.${r}`) }))}
          required
        />
      ) : (
        <>
          <TextInput
            form={form}
            name="to"
            label={t('move.toTransfer')}
            hint={t('move.toTransferHint')}
            list={`${ids}-targets`}
            autoComplete="off"
            spellCheck={false}
            required
          />
          <datalist id={`${ids}-targets`}>
            {(centres.data ?? [])
              .filter((c) => c.code !== current.centre)
              .map((c) => (
                <option key={c.code} value={c.code} label={c.name} />
              ))}
          </datalist>
          <TextInput form={form} name="reason" label={t('move.reason')} maxLength={300} />
        </>
      )}
      <TextAreaInput form={form} name="note" className="field-wide" label={t('move.note')} maxLength={2000} rows={2} />
    </Form>
  );
}

/**
 * Release or transfer, posted as a movement: the actions the user's roles allow. A move to
 * another cell has its own screen, with the placement check (/persons/:id/move).
 */
export function MovementForm({ personId, current, onRecorded }: MovementFormProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const ids = useId();
  const inside = current.state === 'in';
  const actions = (['release', 'transfer'] as const).filter(
    (a) => may(user, a) && (a === 'release' ? current.state === 'in' || current.state === 'out' : inside),
  );
  const mayMoveCell = may(user, 'internal_move') && inside;
  const [action, setAction] = useState<Action | null>(null);

  if (actions.length === 0 && !mayMoveCell) return null;

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('move.title')}</h2>
      <div className="row-actions" role="group" aria-label={t('move.choose')}>
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            className={`button ${action === a ? 'button-primary' : 'button-secondary'}`}
            aria-pressed={action === a}
            onClick={() => setAction(action === a ? null : a)}
          >
            {t(`move.action.${a}`)}
          </button>
        ))}
        {mayMoveCell && (
          <Link to={`/persons/${encodeURIComponent(personId)}/move`} className="button button-secondary">
            {t('move.action.internal_move')}
          </Link>
        )}
      </div>
      {action && (
        <ActionForm
          key={action}
          personId={personId}
          current={current}
          action={action}
          onCancel={() => setAction(null)}
          onRecorded={(done) => {
            setAction(null);
            onRecorded(done);
          }}
        />
      )}
    </section>
  );
}
