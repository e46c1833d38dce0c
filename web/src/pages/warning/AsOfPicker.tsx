import { useEffect, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';
import { useCentreTime } from '../roll/clock.ts';
import { withQuery } from '../roll/query.ts';

interface AsOfPickerProps {
  /** The board's address; the chosen time goes in its `?at=`. */
  path: string;
  /** The instant shown ('' = now). */
  at: string;
  /** The centre whose clock the time is read on (none: the national zone). */
  centre?: string | undefined;
}

/**
 * "As of": a past date and time at which the board re-evaluates the signals on the facts as they
 * stood (an inquiry asks what the system knew on 10 November). While one is chosen the board
 * says plainly that it shows a reconstruction, and offers the way back to now.
 */
export function AsOfPicker({ path, at, centre }: AsOfPickerProps) {
  const { t } = useI18n();
  const time = useCentreTime(centre);
  const [when, setWhen] = useState(() => (at ? localDateTimeValue(new Date(at), time.zone) : ''));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    setWhen(at ? localDateTimeValue(new Date(at), time.zone) : '');
  }, [at, time.zone]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!when) {
      setError(undefined);
      navigate(path);
      return;
    }
    const instant = instantFromLocal(when, time.zone);
    if (!instant || Number.isNaN(Date.parse(instant)) || Date.parse(instant) < Date.parse('1900-01-01T00:00:00Z')) return setError(t('warn.asOf.invalid'));
    if (Date.parse(instant) > Date.now()) return setError(t('warn.asOf.future'));
    setError(undefined);
    navigate(withQuery(path, { at: new Date(instant).toISOString() }));
  }

  return (
    <>
      <form className="filter-bar warning-as-of" onSubmit={submit} aria-label={t('warn.asOf.form')} noValidate>
        <TextField
          type="datetime-local"
          label={t('warn.asOf.label')}
          hint={t('warn.asOf.hint')}
          value={when}
          onChange={setWhen}
          error={error}
          max={localDateTimeValue(new Date(), time.zone)}
        />
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('warn.asOf.show')}
          </button>
          {at && (
            <button type="button" className="button button-secondary" onClick={() => navigate(path)}>
              {t('warn.asOf.now')}
            </button>
          )}
        </div>
      </form>
      {at && (
        <section className="reconstruction-note" aria-labelledby="reconstruction-title" data-testid="reconstruction">
          <h2 id="reconstruction-title">{t('warn.asOf.banner', { when: time.when(at) })}</h2>
          <p>{t('warn.asOf.note')}</p>
        </section>
      )}
    </>
  );
}
