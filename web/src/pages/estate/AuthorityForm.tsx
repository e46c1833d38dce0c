import { useState, type FormEvent } from 'react';
import { api, type Authority } from '../../api.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { todayIn } from '../../time.ts';
import { AUTHORITIES } from '../../vocabulary.ts';

/** Administrators: hand the centre to another control authority, from a date, under a decree. */
export function AuthorityForm({ code, current, onChanged }: { code: string; current: Authority; onChanged: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [authority, setAuthority] = useState<string>(current);
  const [since, setSince] = useState(todayIn());
  const [decree, setDecree] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (decree.trim().length < 3) return setError(t('centre.decreeMissing'));
    setBusy(true);
    setError(null);
    try {
      await api.changeAuthority(code, { authority: authority as Authority, since, decree: decree.trim() });
      setOpen(false);
      setDecree('');
      onChanged();
    } catch (failure) {
      setError(errorText(failure, t));
    } finally {
      setBusy(false);
    }
  }

  if (!open) {
    return (
      <button type="button" className="button button-secondary button-small" onClick={() => setOpen(true)}>
        {t('centre.changeAuthority')}
      </button>
    );
  }
  return (
    <form className="form subform" onSubmit={submit} noValidate aria-label={t('centre.changeAuthority')}>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <SelectField
        label={t('roll.authority')}
        value={authority}
        onChange={setAuthority}
        options={AUTHORITIES.map((a) => ({ value: a, label: t(`authority.${a}`) }))}
      />
      <TextField label={t('centre.since')} type="date" value={since} onChange={setSince} required />
      <TextField label={t('centre.decreeLabel')} hint={t('centre.decreeHint')} value={decree} onChange={setDecree} maxLength={200} required />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('centre.changeAuthoritySubmit')}
        </button>
        <button type="button" className="button button-link" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
