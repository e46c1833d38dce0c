import { useId } from 'react';
import type { Episode } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentreTime } from '../roll/clock.ts';
import { ReleaseDate } from './ReleaseDate.tsx';

/** One period in custody: the admission record (Mandela rule 7), the release, legal history and cases. */
export function EpisodeDetails({ episode, centreName }: { episode: Episode; centreName: (code: string | null) => string }) {
  const { t, tn, formatDate, formatNumber } = useI18n();
  const { when: formatWhen, day: formatDay } = useCentreTime(episode.centre);
  const id = useId();
  const none = <span className="muted">{t('common.notRecorded')}</span>;
  const open = episode.releasedAt === null;
  return (
    <article className={`panel episode ${open ? 'episode-open' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {open
          ? t('custody.current', { centre: centreName(episode.centre), date: formatDay(episode.admittedAt) })
          : t('custody.past', {
              centre: centreName(episode.admittingCentre),
              from: formatDay(episode.admittedAt),
              to: formatDay(episode.releasedAt ?? episode.admittedAt),
            })}
      </h3>
      <dl className="facts facts-columns">
        <div>
          <dt>{t('custody.admittingCentre')}</dt>
          <dd>{centreName(episode.admittingCentre)}</dd>
        </div>
        <div>
          <dt>{t('custody.arrestedAt')}</dt>
          <dd>{episode.arrestedAt ? formatWhen(episode.arrestedAt) : none}</dd>
        </div>
        <div>
          <dt>{t('custody.admittedAt')}</dt>
          <dd>{formatWhen(episode.admittedAt)}</dd>
        </div>
        <div>
          <dt>{t('custody.commitmentOrder')}</dt>
          <dd>{episode.commitmentOrder ?? none}</dd>
        </div>
        <div>
          <dt>{t('custody.issuingAuthority')}</dt>
          <dd>{episode.issuingAuthority ?? none}</dd>
        </div>
        <div>
          <dt>{t('person.offence')}</dt>
          <dd>
            {t(`offence.${episode.offence}`)}
            {episode.maxPenaltyYears !== null && (
              <span className="cell-note">{t('custody.maxPenalty', { years: formatNumber(episode.maxPenaltyYears) })}</span>
            )}
          </dd>
        </div>
        {episode.legalStatus === 'sentenced' && (
          <>
            <div>
              <dt>{t('person.sentence')}</dt>
              <dd>{episode.sentenceMonths === null ? '—' : tn('common.months', episode.sentenceMonths)}</dd>
            </div>
            <ReleaseDate episode={episode} />
          </>
        )}
        <div className="facts-wide">
          <dt>{t('custody.injuries')}</dt>
          <dd className="prewrap">{episode.injuriesOnArrival ?? none}</dd>
        </div>
        {!open && (
          <>
            <div>
              <dt>{t('custody.releasedAt')}</dt>
              <dd>{episode.releasedAt ? formatWhen(episode.releasedAt) : none}</dd>
            </div>
            <div>
              <dt>{t('custody.releaseReason')}</dt>
              <dd>{t(`releaseReason.${episode.releaseReason ?? 'unspecified'}`)}</dd>
            </div>
            <div>
              <dt>{t('custody.releaseNote')}</dt>
              {/* Without a note the server keeps the reason's code as one: nothing to show. */}
              <dd>{episode.releaseNote && episode.releaseNote !== episode.releaseReason ? episode.releaseNote : none}</dd>
            </div>
          </>
        )}
      </dl>

      <h4>{t('custody.legalHistory')}</h4>
      <div className="table-wrap table-flat">
        <table className="data-table data-table-compact">
          <caption className="visually-hidden">{t('custody.legalHistory')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('custody.since')}</th>
              <th scope="col">{t('person.legalStatus')}</th>
              <th scope="col">{t('person.sentence')}</th>
              <th scope="col">{t('custody.note')}</th>
              <th scope="col">{t('custody.recorded')}</th>
            </tr>
          </thead>
          <tbody>
            {episode.legalHistory.map((change, index) => (
              <tr key={`${change.recordedAt}-${index}`}>
                <td className="nowrap">{formatDate(change.since)}</td>
                <td>{t(`legalStatus.${change.legalStatus}`)}</td>
                <td>{change.sentenceMonths === null ? '—' : tn('common.months', change.sentenceMonths)}</td>
                <td>{change.note === 'admission' ? t('custody.noteAdmission') : (change.note ?? '—')}</td>
                <td className="muted">{t('common.recorded', { when: formatWhen(change.recordedAt), who: change.recordedBy })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h4>{t('cases.title')}</h4>
      {episode.cases.length === 0 ? (
        <p className="muted">{t('cases.none')}</p>
      ) : (
        <div className="table-wrap table-flat">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{t('cases.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cases.number')}</th>
                <th scope="col">{t('cases.court')}</th>
                <th scope="col">{t('person.offence')}</th>
                <th scope="col">{t('cases.charges')}</th>
                <th scope="col">{t('cases.lawyer')}</th>
                <th scope="col">{t('cases.nextHearing')}</th>
              </tr>
            </thead>
            <tbody>
              {episode.cases.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className="code">
                    {c.caseNumber}
                  </th>
                  <td>{c.court ?? '—'}</td>
                  <td>{t(`offence.${c.offence}`)}</td>
                  <td>{c.charges}</td>
                  <td>{c.lawyer ?? '—'}</td>
                  <td className="nowrap">{c.nextHearing ? formatDate(c.nextHearing) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
