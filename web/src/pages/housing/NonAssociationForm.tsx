import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { housingApi, type NonAssociationLevel, type NonAssociationReason, type NonAssociationRole } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS, NON_ASSOCIATION_ROLES } from '../../vocabulary.ts';

type Field = 'other' | 'reason' | 'level' | 'comment';

/** Records that this person and another must be kept apart: each one's part, why, at what level, and a comment. */
export function NonAssociationForm({ personId, onRecorded, onCancel }: { personId: string; onRecorded: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [other, setOther] = useState('');
  const [ownRole, setOwnRole] = useState<NonAssociationRole>('other');
  const [otherRole, setOtherRole] = useState<NonAssociationRole>('other');
  const [reason, setReason] = useState<NonAssociationReason | ''>('');
  const [level, setLevel] = useState<NonAssociationLevel | ''>('');
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {
      ...(/^[A-Z0-9][A-Z0-9-]{2,29}$/.test(other) && other !== personId ? {} : { other: t('nonAssociation.otherInvalid') }),
      ...(reason ? {} : { reason: t('nonAssociation.reasonMissing') }),
      ...(level ? {} : { level: t('nonAssociation.levelMissing') }),
      ...(comment.trim().length >= 10 ? {} : { comment: t('nonAssociation.commentShort') }),
    };
    setErrors(found);
    if (Object.keys(found).length > 0 || !reason || !level) return;
    setBusy(true);
    setFailure(null);
    try {
      await housingApi.openNonAssociation({ personA: personId, personB: other, roleA: ownRole, roleB: otherRole, reason, level, comment: comment.trim() });
      onRecorded();
    } catch (error) {
      setBusy(false);
      const field = error instanceof ApiError ? error.field : undefined;
      if (field === 'personB') setErrors({ other: errorText(error, t) });
      else if (field === 'comment') setErrors({ comment: errorText(error, t) });
      else setFailure(errorText(error, t));
    }
  }

  const roles = NON_ASSOCIATION_ROLES.map((r) => ({ value: r, label: t(`naRole.${r}`) }));
  return (
    <form className="form form-grid subform" onSubmit={submit} noValidate aria-labelledby="na-form-title">
      <h3 id="na-form-title" className="field-wide">
        {t('nonAssociation.add')}
      </h3>
      {failure && (
        <div className="field-wide">
          <ErrorAlert>{failure}</ErrorAlert>
        </div>
      )}
      <TextField
        label={t('nonAssociation.other')}
        hint={t('nonAssociation.otherHint')}
        value={other}
        onChange={(v) => setOther(v.toUpperCase().trim())}
        error={errors.other}
        mark={t('common.required')}
        autoComplete="off"
        spellCheck={false}
        required
      />
      <SelectField label={t('nonAssociation.otherRole')} value={otherRole} onChange={(v) => setOtherRole(v as NonAssociationRole)} options={roles} />
      <SelectField label={t('nonAssociation.ownRole')} value={ownRole} onChange={(v) => setOwnRole(v as NonAssociationRole)} options={roles} />
      <SelectField
        label={t('nonAssociation.reason')}
        value={reason}
        onChange={(v) => setReason(v as NonAssociationReason | '')}
        placeholder={t('common.choose')}
        options={NON_ASSOCIATION_REASONS.map((r) => ({ value: r, label: t(`naReason.${r}`) }))}
        error={errors.reason}
        mark={t('common.required')}
        required
      />
      <SelectField
        label={t('nonAssociation.level')}
        hint={t('nonAssociation.levelHint')}
        value={level}
        onChange={(v) => setLevel(v as NonAssociationLevel | '')}
        placeholder={t('common.choose')}
        options={NON_ASSOCIATION_LEVELS.map((l) => ({ value: l, label: t(`naLevel.${l}`) }))}
        error={errors.level}
        mark={t('common.required')}
        required
      />
      <TextAreaField
        className="field-wide"
        label={t('nonAssociation.comment')}
        hint={t('nonAssociation.commentHint')}
        value={comment}
        onChange={setComment}
        error={errors.comment}
        mark={t('common.required')}
        maxLength={2000}
        rows={2}
        required
      />
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('nonAssociation.submit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
