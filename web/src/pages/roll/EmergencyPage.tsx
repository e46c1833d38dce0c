import { useCallback, useEffect, useRef, useState } from 'react';
import { rollApi } from '../../api-roll.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { centreLabel, useCaseloadCentres } from './centres.ts';
import { CloseEmergency } from './CloseEmergency.tsx';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { EmergencyCounters } from './EmergencyCounters.tsx';
import { EscapedList } from './EscapedList.tsx';
import { EscapesPanel } from './EscapesPanel.tsx';
import { ListedPeople } from './ListedPeople.tsx';
import { LiveNote } from './LiveNote.tsx';
import { usePoll, useRollStream } from './live.ts';
import { OutList } from './OutList.tsx';
import { PersonSearch } from './PersonSearch.tsx';
import { withQuery } from './query.ts';
import { mayRoll } from './roles.ts';

/** Marks by other officers are not announced by the roll stream: the page also asks every so often. */
const POLL_MS = 15_000;

/**
 * An emergency: the counters at the top; finding people on the frozen list and recording what
 * was found; the people still unverified (shrinking as they are found); the director's
 * declaration of escapes; the escaped, with their recapture; closing.
 */
export function EmergencyPage({ id }: { id: string }) {
  const { t, tn, language } = useI18n();
  const { user } = useSession();
  const [centres] = useCaseloadCentres();
  const fetchEmergency = useCallback(
    () => rollApi.emergency(id).then((emergency) => rollApi.missing(emergency.centre).then((missing) => ({ emergency, missing }))),
    [id],
  );
  const [load, reload, , refresh] = useLoad(fetchEmergency, id);
  const [round, setRound] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  // A confirmation is in the language it was written in: it goes when the language changes.
  useEffect(() => setNote(null), [language]);

  const data = load.status === 'ready' ? load.data : null;
  const centre = data?.emergency.centre ?? '';
  const active = data?.emergency.status === 'active';
  const live = useRollStream(centre || undefined, Boolean(centre), refresh);
  usePoll(refresh, POLL_MS, active);

  // Say how many are still missing whenever that changes.
  const missing = data?.missing.people.length ?? null;
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (missing === null) return;
    if (previous.current !== null && previous.current !== missing) setAnnouncement(tn('emergency.announce', missing));
    previous.current = missing;
  }, [missing, tn]);

  const changed = useCallback(
    (text: string) => {
      setNote(text);
      setRound((n) => n + 1);
      refresh();
    },
    [refresh],
  );

  const breadcrumb = (
    <Breadcrumb
      items={[
        { label: t('rollView.title'), to: withQuery('/roll', { centre }) },
        { label: t('emergency.title'), to: withQuery('/roll/emergency', { centre }) },
        { label: centre || t('emergency.title') },
      ]}
    />
  );
  if (!data) {
    return (
      <Page title={t('emergency.title')} breadcrumb={breadcrumb}>
        <LoadState load={load} retry={reload} />
      </Page>
    );
  }

  const { emergency } = data;
  const name = centreLabel(centres, centre);
  const unverified = emergency.people.filter((p) => p.status === 'unverified');
  const marked = emergency.people.filter((p) => p.status === 'injured' || p.status === 'hostage' || p.status === 'dead');
  const escaped = emergency.people.filter((p) => p.status === 'escaped');
  const canMark = active && mayRoll(user, 'emergency.verify');

  return (
    <Page title={t('emergency.titleCentre', { centre })} heading={t(active ? 'emergency.headingActive' : 'emergency.headingClosed', { centre })} breadcrumb={breadcrumb}>
      <EmergencyBanner emergency={emergency} centreName={name} />
      <LiveNote status={live} updatedAt={data.missing.at} announcement={announcement} />
      <EmergencyCounters counts={emergency.counts} missing={data.missing.people.length} centre={centre} />
      <div aria-live="polite">{note && <SuccessNote>{note}</SuccessNote>}</div>
      {canMark && <PersonSearch emergencyId={id} round={round} canMark={canMark} onMarked={changed} />}

      <section aria-labelledby="unverified-title">
        <h2 id="unverified-title">{t('emergency.unverified.title', { count: unverified.length })}</h2>
        {unverified.length === 0 ? (
          <p className="empty-state">{t('emergency.unverified.none')}</p>
        ) : (
          <ListedPeople
            people={unverified}
            caption={t('emergency.unverified.caption')}
            emergencyId={id}
            canMark={canMark}
            onMarked={changed}
            testId="unverified-list"
          />
        )}
      </section>

      {active && unverified.length > 0 && mayRoll(user, 'emergency.declare_escapes') && (
        <EscapesPanel emergencyId={id} unverified={unverified.length} onDone={changed} />
      )}

      {escaped.length > 0 && <EscapedList people={escaped} centre={centre} canRecapture={mayRoll(user, 'recapture')} onRecaptured={changed} />}

      {marked.length > 0 && (
        <section aria-labelledby="marked-title">
          <h2 id="marked-title">{t('emergency.marked.title', { count: marked.length })}</h2>
          <ListedPeople people={marked} caption={t('emergency.marked.caption')} emergencyId={id} canMark={canMark} onMarked={changed} testId="marked-list" />
        </section>
      )}

      {emergency.out.length > 0 && <OutList people={emergency.out} />}

      {active && mayRoll(user, 'emergency.close') && <CloseEmergency emergencyId={id} unverified={unverified.length} onClosed={changed} />}
    </Page>
  );
}
