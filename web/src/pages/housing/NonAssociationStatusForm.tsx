import { useState, type FormEvent } from 'react';
import { housingApi, type NonAssociation } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextAreaField } from '../../components/TextAreaField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

interface StatusFormProps {
  record: NonAssociation;
  otherName: string;
  onChanged: () => void;
  onCancel: () => void;
}

/** Closes an open non-association, or reopens a closed one, with the reason (kept in its history). */
export function NonAssociationStatusForm({ record, otherName, onChanged, onCancel }: StatusFormProps) {
  const { t } = useI18n();
  const closing = record.status === 'open';
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (reason.trim().length < 10) return setReasonError(t('nonAssociation.statusReasonShort'));
    setReasonError(undefined);
    setBusy(true);
    setFailure(null);
    try {
      await housingApi.setNonAssociationStatus(record.id, closing ? 'closed' : 'open', reason.trim());
      onChanged();
    } catch (error) {
      setFailure(errorText(error, t));
      setBusy(false);
    }
  }

  const title = t(closing ? 'nonAssociation.close' : 'nonAssociation.reopen', { name: otherName });
  return (
    <form className="form subform" onSubmit={submit} noValidate aria-label={title}>
      {failure && <ErrorAlert>{failure}</ErrorAlert>}
      <TextAreaField
        label={t('nonAssociation.statusReason')}
        value={reason}
        onChange={setReason}
        error={reasonError}
        mark={t('common.required')}
        maxLength={2000}
        rows={2}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : title}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
