import { useId, useState, type FormEvent } from 'react';
import { api, type LocationSummary } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

const REASON_MIN = 3;

/** The three capacities of a location with beds, changed together with a reason. */
interface FormProps {
  location: LocationSummary;
  /** Called when the form is sent (to clear an earlier confirmation). */
  onAttempt: () => void;
  onChanged: () => void;
}

export function CapacityForm({ location, onChanged, onAttempt }: FormProps) {
  const { t } = useI18n();
  const id = useId();
  const [design, setDesign] = useState(String(location.designCapacity ?? location.design));
  const [working, setWorking] = useState(String(location.workingCapacity ?? location.working));
  const [max, setMax] = useState(String(location.maxCapacity ?? location.max));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onAttempt();
    const numbers = [design, working, max].map((v) => (/^\d+$/.test(v.trim()) ? Number(v) : NaN));
    const [d, w, m] = numbers as [number, number, number];
    if (numbers.some((n) => Number.isNaN(n))) return setError(t('locationAdmin.wholeNumbers'));
    if (d > m || w > m) return setError(t('locationAdmin.aboveMax'));
    if (reason.trim().length < REASON_MIN) return setError(t('locationAdmin.reasonMissing'));
    setBusy(true);
    setError(null);
    try {
      await api.changeCapacity(location.code, { designCapacity: d, workingCapacity: w, maxCapacity: m, reason: reason.trim() });
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
      <h3 id={`${id}-title`}>{t('locationAdmin.capacityTitle')}</h3>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <div className="number-row">
        <TextField label={t('location.design')} inputMode="numeric" value={design} onChange={setDesign} required />
        <TextField label={t('location.working')} inputMode="numeric" value={working} onChange={setWorking} required />
        <TextField label={t('location.max')} inputMode="numeric" value={max} onChange={setMax} required />
      </div>
      <TextField
        label={t('locationAdmin.reason')}
        hint={t('locationAdmin.reasonHint')}
        value={reason}
        onChange={setReason}
        maxLength={500}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('locationAdmin.capacitySubmit')}
        </button>
      </div>
    </form>
  );
}
