import { useId, useState, type FormEvent } from 'react';
import { api, type LocationStatus, type LocationSummary } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { LOCATION_STATUSES } from '../../vocabulary.ts';

/** Close, reopen or mark damaged, with a reason; the server refuses to close where people are housed. */
interface FormProps {
  location: LocationSummary;
  /** Called when the form is sent (to clear an earlier confirmation). */
  onAttempt: () => void;
  onChanged: () => void;
}

export function StatusForm({ location, onChanged, onAttempt }: FormProps) {
  const { t } = useI18n();
  const id = useId();
  const choices = LOCATION_STATUSES.filter((s) => s !== location.status);
  const [status, setStatus] = useState<LocationStatus>(choices[0] ?? 'active');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const selected = choices.includes(status) ? status : (choices[0] ?? 'active');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onAttempt();
    if (reason.trim().length < 3) return setError(t('locationAdmin.reasonMissing'));
    setBusy(true);
    setError(null);
    try {
      await api.setLocationStatus(location.code, selected, reason.trim());
      setReason('');
      onChanged();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="panel form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('locationAdmin.statusTitle')}</h3>
      <p className="field-hint">{t('locationAdmin.statusNow', { status: t(`locationStatus.${location.status}`) })}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <fieldset>
        <legend>{t('locationAdmin.newStatus')}</legend>
        <div className="radio-row">
          {choices.map((choice) => (
            <label key={choice} className="checkbox">
              <input type="radio" name={`${id}-status`} value={choice} checked={selected === choice} onChange={() => setStatus(choice)} />
              <span>{t(`locationAdmin.action.${choice}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('locationAdmin.reason')}
        hint={t('locationAdmin.statusHint')}
        value={reason}
        onChange={setReason}
        maxLength={500}
        required
      />
      <div className="form-actions">
        <button type="submit" className={`button ${selected === 'active' ? 'button-primary' : 'button-danger'}`} disabled={busy}>
          {busy ? t('common.saving') : t(`locationAdmin.submit.${selected}`)}
        </button>
      </div>
    </form>
  );
}
