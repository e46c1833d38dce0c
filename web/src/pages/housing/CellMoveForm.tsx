import { useEffect, useId } from 'react';
import { z } from 'zod';
import { cellMoveInputSchema } from '../../../../src/modules/housing/schemas.ts';
import { ApiError } from '../../api.ts';
import { CheckboxInput, Form, TextAreaInput } from '../../components/Form.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useSchemaForm } from '../../components/useSchemaForm.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { CELL_MOVE_REASONS } from '../../vocabulary.ts';
import { CellSuggestions } from '../people/CellSuggestions.tsx';
import { ChoiceInput } from './ChoiceInput.tsx';
import { filled, says } from '../../components/form-rules.ts';
import { PlacementCheckPanel } from './PlacementCheckPanel.tsx';
import { useMoveToCell } from './queries.ts';
import { mayHousing } from './roles.ts';
import type { CheckState } from './usePlacementCheck.ts';

/** The shortest override reason the form asks for. */
const OVERRIDE_MIN = 10;

const shape = cellMoveInputSchema.shape;
/**
 * The move as the form holds it: the director's authorisation carries the blocking codes they
 * saw (none when nothing blocks: then there is no authorisation to send).
 */
const cellMoveFormSchema = z.object({
  cell: shape.cell,
  reasonCode: filled(shape.reasonCode, 'cellMove.reasonMissing'),
  comment: filled(shape.comment, 'cellMove.commentMissing'),
  overriding: z.boolean(),
  override: z
    .object({ reason: z.string(), codes: z.array(z.string()) })
    .superRefine((override, context) => {
      if (override.codes.length > 0 && override.reason.trim().length < OVERRIDE_MIN) {
        context.addIssue({ code: 'custom', path: ['reason'], input: override.reason, ...says('cellMove.overrideReasonShort') });
      }
    })
    .transform((override) => (override.codes.length > 0 ? { reason: override.reason.trim(), codes: override.codes } : null)),
});

interface CellMoveFormProps {
  person: string;
  centre: string;
  cell: string;
  onCell: (cell: string) => void;
  check: CheckState;
  recheck: () => void;
  onMoved: () => void;
}

/**
 * The destination, the reason and the comment of a cell move, with the placement check of the
 * chosen cell. Blocking reasons stop the move; a director may authorise it despite those that
 * can be overridden, giving a reason, and the blocking codes they saw go with the request.
 */
export function CellMoveForm({ person, centre, cell, onCell, check, recheck, onMoved }: CellMoveFormProps) {
  const { t } = useI18n();
  const { user } = useSession();
  const ids = useId();
  const move = useMoveToCell(person);
  const form = useSchemaForm(cellMoveFormSchema, { cell, reasonCode: '', comment: '', overriding: false, override: { reason: '', codes: [] } });

  const ready = check.status === 'ready' && check.cell === cell ? check.check : null;
  const blocking = ready?.blocking ?? [];
  const isDirector = mayHousing(user, 'placement.override');
  const fixed = blocking.filter((b) => !b.overridable);
  const canOverride = isDirector && blocking.length > 0 && fixed.length === 0;
  const overriding = form.watch('overriding');
  const blocked = blocking.length > 0 && !(canOverride && overriding);
  const codes = blocking.map((b) => b.code).join(' ');

  // The form sends the cell chosen on the page, and the blocking codes of its check.
  useEffect(() => form.setValue('cell', cell), [form, cell]);
  useEffect(() => form.setValue('override.codes', codes ? codes.split(' ') : []), [form, codes]);

  async function submit({ overriding: _, ...values }: z.output<typeof cellMoveFormSchema>) {
    try {
      await move.mutateAsync(values);
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'PLACEMENT_BLOCKED' || error.code === 'PLACEMENT_CHANGED')) {
        // The situation changed since the check: the server's finding is shown, and checked again.
        form.setValue('overriding', false);
        recheck();
      }
      throw error;
    }
    onMoved();
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('cellMove.formTitle')}</h2>
      <Form
        form={form}
        className="form form-grid"
        onSubmit={submit}
        submitLabel={canOverride ? t('cellMove.submitOverride') : t('cellMove.submit')}
        busyLabel={t('common.saving')}
        submitClassName={`button ${canOverride ? 'button-danger' : 'button-primary'}`}
        submitDisabled={!ready || blocked}
        actions={!ready && <span className="muted">{t('cellMove.chooseFirst')}</span>}
      >
        <TextField
          className="field-wide"
          label={t('cellMove.cell')}
          hint={t('cellMove.cellHint')}
          value={cell}
          onChange={(v) => onCell(v.toUpperCase().trim())}
          list={`${ids}-cells`}
          autoComplete="off"
          spellCheck={false}
          error={form.formState.errors.cell?.message}
          mark={t('common.required')}
          required
        />
        <CellSuggestions centre={centre} listId={`${ids}-cells`} />
        <div className="field-wide">
          <PlacementCheckPanel state={check} />
        </div>
        <ChoiceInput
          form={form}
          name="reasonCode"
          label={t('cellMove.reason')}
          options={CELL_MOVE_REASONS.map((r) => ({ value: r, label: t(`cellMoveReason.${r}`) }))}
        />
        <TextAreaInput
          form={form}
          name="comment"
          className="field-wide"
          label={t('cellMove.comment')}
          hint={t('cellMove.commentHint')}
          mark={t('common.required')}
          maxLength={2000}
          rows={2}
          required
        />
        {blocking.length > 0 && !isDirector && (
          <p className="field-wide blocked-note" data-testid="blocked-note">
            {t('cellMove.blockedOfficer')}
          </p>
        )}
        {blocking.length > 0 && isDirector && fixed.length > 0 && (
          <p className="field-wide blocked-note" data-testid="blocked-note">
            {t('cellMove.blockedFixed')}
          </p>
        )}
        {canOverride && (
          <fieldset className="field-wide override-box">
            <legend>{t('cellMove.overrideTitle')}</legend>
            <p className="field-hint">{t('cellMove.overrideHint')}</p>
            <CheckboxInput form={form} name="overriding" label={t('cellMove.overrideCheck')} />
            {overriding && (
              <TextAreaInput
                form={form}
                name="override.reason"
                label={t('cellMove.overrideReason')}
                hint={t('cellMove.overrideReasonHint', { min: OVERRIDE_MIN })}
                mark={t('common.required')}
                maxLength={2000}
                rows={3}
                required
              />
            )}
          </fieldset>
        )}
      </Form>
    </section>
  );
}
