import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api.ts';
import { rollApi, type ListedPerson } from '../../api-roll.ts';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { CellSuggestions } from '../people/CellSuggestions.tsx';
import { fullName } from './clock.ts';

/** Records that an escaped person is back in custody: in a cell, or on a centre's roll (unplaced). */
export function RecaptureForm({ person, centre, onDone, onCancel }: { person: ListedPerson; centre: string; onDone: (text: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ text: string; field: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const name = fullName(person);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const target = to.trim().toUpperCase();
    if (!target) return setError({ text: t('emergency.recapture.toMissing'), field: true });
    setBusy(true);
    setError(null);
    try {
      await rollApi.recapture(person.id, target, reason.trim() || null);
      onDone(t('emergency.recapture.done', { name, to: target }));
    } catch (failure) {
      setError({ text: errorText(failure, t), field: failure instanceof ApiError && failure.field === 'to' });
      setBusy(false);
    }
  }

  return (
    <form className="form form-grid recapture-form" onSubmit={submit} noValidate aria-label={t('emergency.recapture.formLabel', { name })}>
      <TextField
        label={t('emergency.recapture.to')}
        hint={t('emergency.recapture.hint', { cell: person.expectedLocation ?? `${centre}-…`, centre })}
        value={to}
        onChange={(v) => setTo(v.toUpperCase())}
        list={`${id}-cells`}
        autoComplete="off"
        spellCheck={false}
        error={error?.field ? error.text : undefined}
        mark={t('common.required')}
        required
      />
      <CellSuggestions centre={centre} listId={`${id}-cells`} />
      <TextField label={t('emergency.recapture.reason')} value={reason} onChange={setReason} maxLength={300} />
      {error && !error.field && (
        <p className="inline-error field-wide" role="alert">
          {error.text}
        </p>
      )}
      <div className="form-actions field-wide">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('emergency.recapture.submit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
