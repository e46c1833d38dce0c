import { useId, useMemo, useState } from 'react';
import { z } from 'zod';
import { line, locationCode, note } from '../../../../../src/kernel/fields.ts';
import type { Whereabouts } from '../../../api-people.ts';
import type { MovementRequest } from '../../../api-roll.ts';
import { Form, SelectInput, TextAreaInput, TextInput } from '../../../components/Form.tsx';
import { blankIsNull, filled, says, upperCase } from '../../../components/form-rules.ts';
import { useSchemaForm } from '../../../components/useSchemaForm.ts';
import { useI18n, type MessageKey } from '../../../i18n/index.ts';
import { useCentres } from '../../../queries.ts';
import { instantFromLocal, localDateTimeValue } from '../../../time.ts';
import { RELEASE_REASONS } from '../../../vocabulary.ts';
import { useCentreTime } from '../../roll/clock.ts';
import { CellSuggestions } from '../CellSuggestions.tsx';
import { useRecordMovement } from '../queries.ts';
import { MovementCheckPanel, useMovementCheck } from './MovementCheck.tsx';
import { TARGET, type MovementAction } from './rules.ts';

/** Release reasons: a death is its own movement, never a reason for release. */
const RELEASE_CHOICES = RELEASE_REASONS.filter((r) => r !== 'death');
/** How far ahead of now a time may be (the server's limit). */
const FUTURE_SLACK_MS = 5 * 60_000;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** What each action asks: the time, where to (if anything), the reason and a note. */
function schemaFor(action: MovementAction) {
  const at = z.string().refine((value) => LOCAL_TIME.test(value), says('mv.atInvalid'));
  const target = TARGET[action];
  const missing: MessageKey = action === 'recapture' ? 'mv.toRecaptureMissing' : 'mv.toTransferMissing';
  const to = target === 'required' ? filled(upperCase(locationCode), missing) : target === 'optional_cell' ? blankIsNull(upperCase(locationCode).nullable()) : z.string();
  const reason = action === 'release' ? filled(z.enum(RELEASE_CHOICES), 'mv.releaseReasonMissing') : line(300, 0);
  return z.object({ at, to, reason, note: note(0, 2000) });
}

type Values = { at: string; to: string; reason: string; note: string };

export interface ActionFormProps {
  personId: string;
  current: Whereabouts;
  action: MovementAction;
  /** For an arrival: the receiving centre. */
  destination: string | null;
  onRecorded: (action: MovementAction) => void;
  onCancel: () => void;
  /** The form's accessible name (the person page names the action; a list names the person too). */
  label?: string;
}

/**
 * The form of one movement: its time (now unless changed, not before the last movement nor in
 * the future), where to with the placement check of a chosen cell, the reason and a note. A
 * refusal of the server naming `at`, `to` or `reason` is shown on that field.
 */
export function ActionForm({ personId, current, action, destination, onRecorded, onCancel, label }: ActionFormProps) {
  const { t } = useI18n();
  const ids = useId();
  const centres = useCentres();
  // Times are typed on the clock of the centre where the movement happens.
  const centre = action === 'transfer_arrival' && destination ? destination : current.centre;
  const time = useCentreTime(centre);
  const [initialAt] = useState(() => localDateTimeValue(new Date(), time.zone));
  const schema = useMemo(() => schemaFor(action), [action]);
  const form = useSchemaForm(schema, { at: initialAt, to: '', reason: '', note: '' } satisfies Values);
  const record = useRecordMovement(personId);
  const to = (form.watch('to') ?? '').toUpperCase().trim();
  const check = useMovementCheck(personId, TARGET[action] === 'none' ? '' : to, action === 'transfer_arrival' ? centre : null);
  const since = time.when(current.since);

  async function submit(values: z.output<typeof schema>) {
    let at: string | undefined;
    // Left as it was: the server's clock says when (no minute lost to rounding).
    if (values.at !== initialAt) {
      const instant = instantFromLocal(values.at, time.zone);
      if (!instant) return form.setError('at', { type: 'manual', message: t('mv.atInvalid') }, { shouldFocus: true });
      const ms = new Date(instant).getTime();
      if (ms > Date.now() + FUTURE_SLACK_MS) return form.setError('at', { type: 'manual', message: t('mv.atFuture') }, { shouldFocus: true });
      if (ms < Math.floor(new Date(current.since).getTime() / 60_000) * 60_000) {
        return form.setError('at', { type: 'manual', message: t('mv.atBeforeLast', { since }) }, { shouldFocus: true });
      }
      at = instant;
    }
    const request: MovementRequest = {
      type: action,
      ...(at ? { at } : {}),
      to: typeof values.to === 'string' && values.to !== '' ? values.to : null,
      reason: values.reason || null,
      note: values.note || null,
    };
    await record.mutateAsync(request);
    onRecorded(action);
  }

  const danger = action === 'release' || action === 'death' || action === 'escape';
  const otherCentres = (centres.data ?? []).filter((c) => c.code !== current.centre);
  const reasonHint = (['court_out', 'hospital_out', 'escape', 'recapture'] as const).find((a) => a === action);

  return (
    <Form
      form={form}
      onSubmit={submit}
      className="form form-grid subform movement-form"
      aria-label={label ?? t(`mv.action.${action}`)}
      submitLabel={t(`mv.submit.${action}`)}
      busyLabel={t('common.saving')}
      submitClassName={`button ${danger ? 'button-danger' : 'button-primary'}`}
      submitDisabled={check.blocked}
      actionsClassName="form-actions field-wide"
      actions={
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      }
    >
      {action === 'death' && <p className="field-wide movement-notice">{t('mv.deathNote')}</p>}
      {action === 'escape' && <p className="field-wide field-hint">{t('mv.escapeNote')}</p>}
      {action === 'transfer' && <p className="field-wide field-hint">{t('mv.transferNote')}</p>}
      {action === 'transfer_out' && <p className="field-wide field-hint">{t('mv.transferOutNote')}</p>}
      <TextInput form={form} name="at" type="datetime-local" label={t('mv.at')} hint={t('mv.atHint', { since })} required />
      {(action === 'transfer' || action === 'transfer_out') && (
        <>
          <TextInput
            form={form}
            name="to"
            label={t('mv.toTransfer')}
            hint={t('mv.toTransferHint')}
            list={`${ids}-targets`}
            autoComplete="off"
            spellCheck={false}
            capitals
            mark={t('common.required')}
            required
          />
          <datalist id={`${ids}-targets`}>
            {otherCentres.map((c) => (
              <option key={c.code} value={c.code} label={c.name} />
            ))}
          </datalist>
        </>
      )}
      {(action === 'court_return' || action === 'hospital_return') && (
        <TextInput
          form={form}
          name="to"
          label={t('mv.toReturn')}
          hint={current.location ? t('mv.toReturnHint', { cell: current.location }) : t('mv.toReturnHintUnplaced')}
          list={`${ids}-cells`}
          autoComplete="off"
          spellCheck={false}
          capitals
        />
      )}
      {action === 'transfer_arrival' && (
        <TextInput
          form={form}
          name="to"
          label={t('mv.toArrival')}
          hint={t('mv.toArrivalHint', { centre })}
          list={`${ids}-cells`}
          autoComplete="off"
          spellCheck={false}
          capitals
        />
      )}
      {action === 'recapture' && (
        <TextInput
          form={form}
          name="to"
          label={t('mv.toRecapture')}
          hint={t('mv.toRecaptureHint', { centre })}
          list={`${ids}-cells`}
          autoComplete="off"
          spellCheck={false}
          capitals
          mark={t('common.required')}
          required
        />
      )}
      {(TARGET[action] === 'optional_cell' || action === 'recapture') && <CellSuggestions centre={centre} listId={`${ids}-cells`} />}
      {TARGET[action] !== 'none' && (
        <div className="field-wide">
          <MovementCheckPanel check={check} />
        </div>
      )}
      {action === 'release' ? (
        <SelectInput
          form={form}
          name="reason"
          label={t('mv.releaseReason')}
          placeholder={t('common.choose')}
          options={RELEASE_CHOICES.map((r) => ({ value: r, label: t(`releaseReason.${r}`) }))}
          mark={t('common.required')}
          required
        />
      ) : (
        <TextInput form={form} name="reason" label={t('mv.reason')} hint={reasonHint ? t(`mv.reasonHint.${reasonHint}`) : undefined} maxLength={300} />
      )}
      <TextAreaInput form={form} name="note" className="field-wide" label={t('mv.note')} maxLength={2000} rows={2} />
    </Form>
  );
}
