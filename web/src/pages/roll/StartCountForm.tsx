import { useState, type FormEvent } from 'react';
import { COUNT_KINDS, rollApi, type CountKind } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';

/** Starts a count: the number expected in each cell is fixed from the register at that moment. */
export function StartCountForm({ centre }: { centre: string }) {
  const { t } = useI18n();
  const [kind, setKind] = useState<CountKind>('scheduled');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const started = await rollApi.startCount({ centre, kind, note: note.trim() || null });
      navigate(`/roll/counts/${started.session.id}`);
    } catch (failure) {
      setError(errorText(failure, t));
      setBusy(false);
    }
  }

  return (
    <section className="panel panel-narrow" aria-labelledby="count-start">
      <h2 id="count-start">{t('counts.start.title')}</h2>
      <p className="field-hint">{t('counts.start.hint')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {error && <ErrorAlert>{error}</ErrorAlert>}
        <SelectField
          label={t('counts.start.kind')}
          value={kind}
          onChange={(v) => setKind(v as CountKind)}
          options={COUNT_KINDS.map((k) => ({ value: k, label: t(`countKind.${k}`) }))}
        />
        <TextField label={t('counts.start.note')} value={note} onChange={setNote} maxLength={500} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('counts.start.submitting') : t('counts.start.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
