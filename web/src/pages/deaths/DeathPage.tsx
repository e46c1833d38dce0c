import { useId } from 'react';
import { InfoNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { PlaceName, placeText } from '../../components/PlaceName.tsx';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { useCentreOf } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useCentreTime } from '../roll/clock.ts';
import type { DeathEntry } from './api.ts';
import { CausePanel } from './CausePanel.tsx';
import { NoticeFlags } from './NoticeFlags.tsx';
import { ObligationsChecklist } from './ObligationsChecklist.tsx';
import { useDeath } from './queries.ts';
import { mayDeaths } from './roles.ts';

/** The facts of a death: who, when, where, found by whom, what happened, under which emergency or incident. */
function DeathFacts({ entry, timeZone }: { entry: DeathEntry; timeZone: string }) {
  const { t, formatWhen } = useI18n();
  const id = useId();
  const centre = useCentreOf(entry.centre);
  const missing = <span className="muted">{t('death.entry.notWritten')}</span>;
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('death.entry.at')}
      </h2>
      <dl className="death-facts">
        <dt>{t('death.entry.registerNumber')}</dt>
        <dd className="code">{entry.person.id}</dd>
        <dt>{t('death.entry.at')}</dt>
        <dd>{formatWhen(entry.at, timeZone)}</dd>
        <dt>{t('death.entry.centre')}</dt>
        <dd>
          <Link to={`/centres/${encodeURIComponent(entry.centre)}`}>{centre?.name ?? entry.centre}</Link>
        </dd>
        <dt>{t('death.entry.place')}</dt>
        <dd>
          {entry.location ? <PlaceName code={entry.location} name={entry.locationName} /> : t('death.entry.wholeCentre')}
          {entry.lastLocation && entry.lastLocation !== entry.location && (
            <div className="muted">{t('death.entry.lastLocation', { place: placeText(entry.lastLocation, entry.lastLocationName) })}</div>
          )}
        </dd>
        <dt>{t('death.entry.foundBy')}</dt>
        <dd>{entry.foundBy ?? missing}</dd>
        <dt>{t('death.entry.circumstances')}</dt>
        <dd>{entry.circumstances || missing}</dd>
        {entry.incident && (
          <>
            <dt>{t('death.entry.incident')}</dt>
            <dd>
              <Link to={`/incidents/${encodeURIComponent(entry.incident)}`} className="code">
                {entry.incident}
              </Link>
            </dd>
          </>
        )}
        {entry.emergency && (
          <>
            <dt>{t('death.entry.emergency')}</dt>
            <dd>
              <Link to={`/roll/emergency/${encodeURIComponent(entry.emergency)}`}>{t('death.entry.emergencyLink')}</Link>
            </dd>
          </>
        )}
        <dt>{t('death.col.notices')}</dt>
        <dd>
          <NoticeFlags at={entry.at} alerts={entry.alerts} timeZone={timeZone} />
        </dd>
      </dl>
      {entry.recordedAt && entry.recordedBy ? (
        <p className="muted">{t('death.entry.recorded', { by: entry.recordedBy, when: formatWhen(entry.recordedAt, timeZone) })}</p>
      ) : (
        <p className="muted">{t('death.entry.fromMovement')}</p>
      )}
    </section>
  );
}

/** One entry of the deaths-in-custody register: the facts, the cause and its history, the Mandela checklist. */
export function DeathPage({ person }: { person: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const query = useDeath(person);
  const time = useCentreTime(query.data?.centre);
  const canWrite = mayDeaths(user, 'write');
  const entry = query.data;
  if (!entry) return <LoadState query={query} />;
  const name = listName(entry.person);
  return (
    <Page
      title={t('death.entry.title', { name })}
      intro={<Link to={`/persons/${encodeURIComponent(entry.person.id)}`}>{t('death.entry.person')}</Link>}
      breadcrumb={<Breadcrumb items={[{ label: t('death.title'), to: '/deaths' }, { label: name }]} />}
    >
      {!canWrite && <InfoNote>{t('death.readOnly')}</InfoNote>}
      {canWrite && !entry.detailsRecorded && (
        <InfoNote>
          {t('death.entry.detailsMissing')}{' '}
          <Link to={`/deaths/new?person=${encodeURIComponent(entry.person.id)}`}>{t('death.entry.complete')}</Link>
        </InfoNote>
      )}
      <div className="death-panels">
        <DeathFacts entry={entry} timeZone={time.zone} />
        <CausePanel entry={entry} canWrite={canWrite} timeZone={time.zone} />
      </div>
      <ObligationsChecklist entry={entry} canWrite={canWrite} timeZone={time.zone} />
    </Page>
  );
}
