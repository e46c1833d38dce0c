import { useState, type FormEvent } from 'react';
import { housingApi, type Membership } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { todayIn } from '../../time.ts';

interface EndMembershipFormProps {
  membership: Membership & { groupName: string };
  onEnded: () => void;
  onCancel: () => void;
}

/** Ends a membership on a day (left the group, expelled, turned informant); the record is kept. */
export function EndMembershipForm({ membership, onEnded, onCancel }: EndMembershipFormProps) {
  const { t } = useI18n();
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
      await housingApi.endMembership(membership.id, until, note.trim() || null);
      onEnded();
    } catch (failure) {
      setError(errorText(failure, t));
      setBusy(false);
    }
  }

  const title = t('membership.end', { group: membership.groupName });
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
          {busy ? t('common.saving') : t('membership.endSubmit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
