import { useEffect, useRef, useState } from 'react';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf } from '../../queries.ts';
import { useSession } from '../../session.ts';
import { centreLabel } from './CentrePicker.tsx';
import { CloseEmergency } from './CloseEmergency.tsx';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { EmergencyCounters } from './EmergencyCounters.tsx';
import { EscapedList } from './EscapedList.tsx';
import { EscapesPanel } from './EscapesPanel.tsx';
import { ListedPeople } from './ListedPeople.tsx';
import { LiveNote } from './LiveNote.tsx';
import { OutList } from './OutList.tsx';
import { PersonSearch } from './PersonSearch.tsx';
import { UnverifiedSection } from './UnverifiedSection.tsx';
import { useEmergency, useLiveRoll, useMissing } from './queries.ts';
import { withQuery } from './query.ts';
import { mayRoll } from './roles.ts';
import { EmergencyIncidentLink } from '../incidents/EmergencyIncidentLink.tsx';

/**
 * An emergency: the counters at the top; finding people on the frozen list and recording what
 * was found; the people still unverified (shrinking as they are found); the director's
 * declaration of escapes; the escaped, with their recapture; closing. Kept current by the roll's
 * stream, and, while active, by asking every so often (marks by other officers are not announced).
 */
export function EmergencyPage({ id }: { id: string }) {
  const { t, tn, language } = useI18n();
  const { user } = useSession();
  const query = useEmergency(id);
  const centre = query.data?.centre ?? '';
  const active = query.data?.status === 'active';
  // Only the number is shown here: one row asked for, the total counted by the server.
  const missingQuery = useMissing(centre, active, { limit: 1 });
  const centreOf = useCentreOf(centre);
  const [note, setNote] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  // A confirmation is in the language it was written in: it goes when the language changes.
  useEffect(() => setNote(null), [language]);

  const live = useLiveRoll(centre || undefined, Boolean(centre));

  // Say how many are still missing whenever that changes.
  const missing = missingQuery.data?.total ?? null;
  const previous = useRef<number | null>(null);
  useEffect(() => {
    if (missing === null) return;
    if (previous.current !== null && previous.current !== missing) setAnnouncement(tn('emergency.announce', missing));
    previous.current = missing;
  }, [missing, tn]);

  const changed = setNote;

  const breadcrumb = (
    <Breadcrumb
      items={[
        { label: t('rollView.title'), to: withQuery('/roll', { centre }) },
        { label: t('emergency.title'), to: withQuery('/roll/emergency', { centre }) },
        { label: centre || t('emergency.title') },
      ]}
    />
  );
  const emergency = query.data;
  const missingList = missingQuery.data;
  if (!emergency || !missingList) {
    return (
      <Page title={t('emergency.title')} breadcrumb={breadcrumb}>
        <LoadState query={emergency ? missingQuery : query} />
      </Page>
    );
  }

  const name = centreLabel(centreOf, centre);
  const unverified = emergency.counts.unverified;
  const marked = emergency.people.filter((p) => p.status === 'injured' || p.status === 'hostage' || p.status === 'dead');
  const escaped = emergency.people.filter((p) => p.status === 'escaped');
  const canMark = active && mayRoll(user, 'emergency.verify');

  return (
    <Page title={t('emergency.titleCentre', { centre })} heading={t(active ? 'emergency.headingActive' : 'emergency.headingClosed', { centre })} breadcrumb={breadcrumb} actions={<EmergencyIncidentLink emergency={id} centre={centre} />}>
      <EmergencyBanner emergency={emergency} centreName={name} />
      <LiveNote status={live} updatedAt={missingList.at} announcement={announcement} centre={centre} />
      <EmergencyCounters counts={emergency.counts} missing={missingList.total} centre={centre} />
      <div aria-live="polite">{note && <SuccessNote>{note}</SuccessNote>}</div>
      {canMark && <PersonSearch emergencyId={id} canMark={canMark} onMarked={changed} />}

      <UnverifiedSection emergencyId={id} centre={centre} active={active} canMark={canMark} onMarked={changed} />

      {active && unverified > 0 && mayRoll(user, 'emergency.declare_escapes') && (
        <EscapesPanel emergencyId={id} unverified={unverified} onDone={changed} />
      )}

      {escaped.length > 0 && <EscapedList people={escaped} centre={centre} canRecapture={mayRoll(user, 'recapture')} onRecaptured={changed} />}

      {marked.length > 0 && (
        <section aria-labelledby="marked-title">
          <h2 id="marked-title">{t('emergency.marked.title', { count: marked.length })}</h2>
          <ListedPeople people={marked} caption={t('emergency.marked.caption')} emergencyId={id} canMark={canMark} onMarked={changed} testId="marked-list" />
        </section>
      )}

      {emergency.out.length > 0 && <OutList people={emergency.out} />}

      {active && mayRoll(user, 'emergency.close') && <CloseEmergency emergencyId={id} unverified={unverified} onClosed={changed} />}
    </Page>
  );
}
