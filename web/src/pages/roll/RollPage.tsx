import { useEffect, useState, type FormEvent } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';
import { useCentreTime } from './clock.ts';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { LiveNote } from './LiveNote.tsx';
import { useEmergencies, useLiveRoll, useRoll } from './queries.ts';
import { useSearchParam, withQuery } from './query.ts';
import { RollCentreFigures } from './RollCentreFigures.tsx';
import { RollTable } from './RollTable.tsx';

/**
 * The establishment roll of the user's centres, now (following movements live) or as it stood
 * at a past time; HQ sees the national totals. Active emergencies are shown first. Times are on
 * the clock of the centre shown.
 */
export function RollPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const centre = useSearchParam('centre').toUpperCase();
  const at = useSearchParam('at');
  const centres = useCentres();
  const time = useCentreTime(centre || undefined);
  const roll = useRoll(centre || undefined, at || undefined);
  const emergencies = useEmergencies(centre || undefined, 'active', !at);

  // Live updates: the stream invalidates the roll; each update is then said to screen readers.
  const [updates, setUpdates] = useState(0);
  const live = useLiveRoll(centre || undefined, !at, () => setUpdates((n) => n + 1));
  const rollAt = roll.data?.at;
  const announcement = updates > 0 && rollAt ? t('rollView.announce', { time: time.clock(rollAt) }) : null;

  // The filter: which centre, and optionally a past time, on the centre's clock.
  const [choice, setChoice] = useState(centre);
  const [when, setWhen] = useState(() => (at ? localDateTimeValue(new Date(at), time.zone) : ''));
  const [whenError, setWhenError] = useState<string | undefined>();
  useEffect(() => {
    setChoice(centre);
    setWhen(at ? localDateTimeValue(new Date(at), time.zone) : '');
  }, [centre, at, time.zone]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let instant: string | undefined;
    if (when) {
      const value = instantFromLocal(when, time.zone);
      if (!value) return setWhenError(t('rollView.asOfInvalid'));
      if (new Date(value).getTime() > Date.now()) return setWhenError(t('rollView.asOfFuture'));
      instant = value;
    }
    setWhenError(undefined);
    navigate(withQuery('/roll', { centre: choice, at: instant }));
  }

  function backToNow() {
    setWhenError(undefined);
    navigate(withQuery('/roll', { centre }));
  }

  const centreOptions = (centres.data ?? []).map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` }));
  const lines = roll.data?.centres ?? [];
  const single = lines.length === 1 ? lines[0] : undefined;

  return (
    <Page title={t('rollView.title')} intro={t('rollView.intro')}>
      <form className="filter-bar roll-filter" onSubmit={submit} aria-label={t('rollView.filter')} noValidate>
        {centreOptions.length > 1 && (
          <SelectField label={t('rollView.centre')} value={choice} onChange={setChoice} placeholder={t('rollView.allCentres')} options={centreOptions} />
        )}
        <TextField
          type="datetime-local"
          label={t('rollView.asOf')}
          hint={t('rollView.asOfHint')}
          value={when}
          onChange={setWhen}
          error={whenError}
          max={localDateTimeValue(new Date(), time.zone)}
        />
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('rollView.show')}
          </button>
          {at && (
            <button type="button" className="button button-secondary" onClick={backToNow}>
              {t('rollView.now')}
            </button>
          )}
        </div>
      </form>
      {centres.error && <LoadState query={centres} />}
      {at ? (
        <p className="past-note" role="note">
          {t('rollView.past', { when: time.when(at) })}
        </p>
      ) : (
        <LiveNote status={live} updatedAt={rollAt ?? null} announcement={announcement} centre={centre || undefined} />
      )}
      <LoadState query={roll} />
      {roll.data && (
        <>
          {(emergencies.data ?? []).map((e) => (
            <EmergencyBanner key={e.id} emergency={e} link centreName={lines.find((c) => c.code === e.centre)?.name ?? e.centre} />
          ))}
          {lines.length === 0 && <p className="empty-state">{t('rollView.empty')}</p>}
          {single ? (
            <RollCentreFigures line={single} live={!at} />
          ) : (
            lines.length > 0 && <RollTable roll={roll.data} national={user.caseload.all && !centre} />
          )}
        </>
      )}
    </Page>
  );
}
