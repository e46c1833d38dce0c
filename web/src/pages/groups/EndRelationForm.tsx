import { useState, type FormEvent } from 'react';
import { housingApi, type GroupRelationRecord } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { todayIn } from '../../time.ts';

interface EndRelationFormProps {
  relation: GroupRelationRecord;
  otherName: string;
  onEnded: () => void;
  onCancel: () => void;
}

/** Ends an alliance or rivalry on a day (a truce, a broken alliance); the record is kept. */
export function EndRelationForm({ relation, otherName, onEnded, onCancel }: EndRelationFormProps) {
  const { t, language } = useI18n();
  const [until, setUntil] = useState(todayIn());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until)) return setError(t('group.untilMissing'));
    setBusy(true);
    setError(null);
    try {
      await housingApi.endRelation(relation.id, until, note.trim() || null);
      onEnded();
    } catch (failure) {
      setError(errorText(failure, t));
      setBusy(false);
    }
  }

  const title = t('group.endTitle', { relation: t(`groupRelation.${relation.relation}`).toLocaleLowerCase(language), name: otherName });
  return (
    <form className="form form-grid subform" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="field-wide">{title}</h3>
      {error && (
        <div className="field-wide">
          <ErrorAlert>{error}</ErrorAlert>
        </div>
      )}
      <TextField type="date" label={t('group.until')} value={until} onChange={setUntil} mark={t('common.required')} required />
      <TextField label={t('group.endNote')} value={note} onChange={setNote} maxLength={1000} />
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('group.endSubmit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
