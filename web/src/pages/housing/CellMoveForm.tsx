import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { housingApi, type CellMoveReason } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { CELL_MOVE_REASONS } from '../../vocabulary.ts';
import { CellSuggestions } from '../people/CellSuggestions.tsx';
import { PlacementCheckPanel } from './PlacementCheckPanel.tsx';
import { mayHousing } from './roles.ts';
import type { CheckState } from './usePlacementCheck.ts';

/** The shortest override reason the server accepts. */
const OVERRIDE_MIN = 10;

type Field = 'cell' | 'reasonCode' | 'comment' | 'overrideReason';

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
  const [reasonCode, setReasonCode] = useState<CellMoveReason | ''>('');
  const [comment, setComment] = useState('');
  const [overriding, setOverriding] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const ready = check.status === 'ready' && check.cell === cell ? check.check : null;
  const blocking = ready?.blocking ?? [];
  const isDirector = mayHousing(user, 'placement.override');
  const fixed = blocking.filter((b) => !b.overridable);
  const canOverride = isDirector && blocking.length > 0 && fixed.length === 0;
  const blocked = blocking.length > 0 && !(canOverride && overriding);
  const disabled = busy || !ready || blocked;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!ready || blocked) return;
    const found: Partial<Record<Field, string>> = {
      ...(reasonCode ? {} : { reasonCode: t('cellMove.reasonMissing') }),
      ...(comment.trim().length >= 3 ? {} : { comment: t('cellMove.commentMissing') }),
      ...(blocking.length > 0 && overrideReason.trim().length < OVERRIDE_MIN ? { overrideReason: t('cellMove.overrideReasonShort', { min: OVERRIDE_MIN }) } : {}),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || !reasonCode) return;
    setBusy(true);
    setFailure(null);
    try {
      await housingApi.moveToCell(person, {
        cell,
        reasonCode,
        comment: comment.trim(),
        override: blocking.length > 0 ? { reason: overrideReason.trim(), codes: blocking.map((b) => b.code) } : null,
      });
      onMoved();
    } catch (error) {
      setBusy(false);
      if (error instanceof ApiError && (error.code === 'PLACEMENT_BLOCKED' || error.code === 'PLACEMENT_CHANGED')) {
        // The situation changed since the check: show what the server found and check again.
        setFailure(errorText(error, t));
        setOverriding(false);
        recheck();
        return;
      }
      const field = error instanceof ApiError ? error.field : undefined;
      if (field === 'override.reason') setErrors({ overrideReason: errorText(error, t) });
      else if (field === 'comment' || field === 'cell' || field === 'reasonCode') setErrors({ [field]: errorText(error, t) });
      else setFailure(errorText(error, t));
    }
  }

  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>{t('cellMove.formTitle')}</h2>
      <form className="form form-grid" onSubmit={submit} noValidate>
        {failure && (
          <div className="field-wide">
            <ErrorAlert>{failure}</ErrorAlert>
          </div>
        )}
        <TextField
          className="field-wide"
          label={t('cellMove.cell')}
          hint={t('cellMove.cellHint')}
          value={cell}
          onChange={(v) => onCell(v.toUpperCase().trim())}
          list={`${ids}-cells`}
          autoComplete="off"
          spellCheck={false}
          error={errors.cell}
          mark={t('common.required')}
          required
        />
        <CellSuggestions centre={centre} listId={`${ids}-cells`} />
        <div className="field-wide">
          <PlacementCheckPanel state={check} />
        </div>
        <SelectField
          label={t('cellMove.reason')}
          value={reasonCode}
          onChange={(v) => setReasonCode(v as CellMoveReason | '')}
          placeholder={t('common.choose')}
          options={CELL_MOVE_REASONS.map((r) => ({ value: r, label: t(`cellMoveReason.${r}`) }))}
          error={errors.reasonCode}
          mark={t('common.required')}
          required
        />
        <TextAreaField
          className="field-wide"
          label={t('cellMove.comment')}
          hint={t('cellMove.commentHint')}
          value={comment}
          onChange={setComment}
          error={errors.comment}
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
            <label className="checkbox">
              <input type="checkbox" checked={overriding} onChange={(event) => setOverriding(event.target.checked)} />
              <span>{t('cellMove.overrideCheck')}</span>
            </label>
            {overriding && (
              <TextAreaField
                label={t('cellMove.overrideReason')}
                hint={t('cellMove.overrideReasonHint', { min: OVERRIDE_MIN })}
                value={overrideReason}
                onChange={(value) => {
                  setOverrideReason(value);
                  if (value.trim().length >= OVERRIDE_MIN) setErrors(({ overrideReason: _, ...rest }) => rest);
                }}
                error={errors.overrideReason}
                mark={t('common.required')}
                maxLength={2000}
                rows={3}
                required
              />
            )}
          </fieldset>
        )}
        <div className="form-actions field-wide">
          <button type="submit" className={`button ${canOverride ? 'button-danger' : 'button-primary'}`} disabled={disabled}>
            {busy ? t('common.saving') : canOverride ? t('cellMove.submitOverride') : t('cellMove.submit')}
          </button>
          {!ready && <span className="muted">{t('cellMove.chooseFirst')}</span>}
        </div>
      </form>
    </section>
  );
}
