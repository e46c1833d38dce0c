import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { rollApi } from '../../api-roll.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { instantFromLocal, localDateTimeValue } from '../../time.ts';
import { useLoad } from '../../useLoad.ts';
import { useCaseloadCentres } from './centres.ts';
import { formatClock } from './clock.ts';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { LiveNote } from './LiveNote.tsx';
import { useRollStream } from './live.ts';
import { useSearchParam, withQuery } from './query.ts';
import { RollCentreFigures } from './RollCentreFigures.tsx';
import { RollTable } from './RollTable.tsx';

/**
 * The establishment roll of the user's centres, now (following movements live) or as it stood
 * at a past time; HQ sees the national totals. Active emergencies are shown first.
 */
export function RollPage() {
  const { t, language, formatWhen } = useI18n();
  const { user } = useSession();
  const centre = useSearchParam('centre').toUpperCase();
  const at = useSearchParam('at');
  const [centres, reloadCentres] = useCaseloadCentres();

  const fetchRoll = useCallback(
    () =>
      Promise.all([
        rollApi.roll({ centre: centre || undefined, at: at || undefined }),
        at ? Promise.resolve({ emergencies: [] }) : rollApi.emergencies(centre || undefined, 'active'),
      ]).then(([roll, active]) => ({ roll, emergencies: active.emergencies })),
    [centre, at],
  );
  const [load, reload, , refresh] = useLoad(fetchRoll, `${centre}|${at}`);

  // Live updates: reload on each change, then say so to screen readers.
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const announce = useRef(false);
  const live = useRollStream(centre || undefined, !at, () => {
    announce.current = true;
    refresh();
  });
  useEffect(() => {
    if (load.status === 'ready' && announce.current) {
      announce.current = false;
      setAnnouncement(t('rollView.announce', { time: formatClock(language, load.data.roll.at) }));
    }
  }, [load, t, language]);

  // The filter: which centre, and optionally a past time.
  const [choice, setChoice] = useState(centre);
  const [when, setWhen] = useState(() => (at ? localDateTimeValue(new Date(at)) : ''));
  const [whenError, setWhenError] = useState<string | undefined>();
  useEffect(() => {
    setChoice(centre);
    setWhen(at ? localDateTimeValue(new Date(at)) : '');
  }, [centre, at]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let instant: string | undefined;
    if (when) {
      const value = instantFromLocal(when);
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

  const centreOptions = centres.status === 'ready' ? centres.data.map((c) => ({ value: c.code, label: `${c.code} · ${c.name}` })) : [];
  const single = load.status === 'ready' && load.data.roll.centres.length === 1 ? load.data.roll.centres[0] : undefined;

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
          max={localDateTimeValue(new Date())}
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
      {centres.status === 'error' && <LoadState load={centres} retry={reloadCentres} />}
      {at ? (
        <p className="past-note" role="note">
          {t('rollView.past', { when: formatWhen(at) })}
        </p>
      ) : (
        <LiveNote status={live} updatedAt={load.status === 'ready' ? load.data.roll.at : null} announcement={announcement} />
      )}
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && (
        <>
          {load.data.emergencies.map((e) => (
            <EmergencyBanner key={e.id} emergency={e} link centreName={load.data.roll.centres.find((c) => c.code === e.centre)?.name ?? e.centre} />
          ))}
          {load.data.roll.centres.length === 0 && <p className="empty-state">{t('rollView.empty')}</p>}
          {single ? (
            <RollCentreFigures line={single} live={!at} />
          ) : (
            load.data.roll.centres.length > 0 && <RollTable roll={load.data.roll} national={user.caseload.all && !centre} />
          )}
        </>
      )}
    </Page>
  );
}
