import type { Episode } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';
import { ReleaseDate } from './ReleaseDate.tsx';

/** The current legal situation: status, offence and its maximum penalty, sentence and computed release date, risk. */
export function LegalSummary({ episode }: { episode: Episode }) {
  const { t, tn, formatDate } = useI18n();
  return (
    <section className="panel" aria-labelledby="person-legal">
      <h2 id="person-legal">{t('person.legal')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('person.legalStatus')}</dt>
          <dd>
            <strong>{t(`legalStatus.${episode.legalStatus}`)}</strong>
            {episode.legalStatus === 'pretrial' && episode.pretrialSince && (
              <span className="cell-note">{t('person.pretrialSinceDate', { date: formatDate(episode.pretrialSince) })}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('person.offence')}</dt>
          <dd>{t(`offence.${episode.offence}`)}</dd>
        </div>
        <div>
          <dt>{t('person.maxPenaltyShort')}</dt>
          <dd>{episode.maxPenaltyYears === null ? '—' : tn('common.years', episode.maxPenaltyYears)}</dd>
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
        <div>
          <dt>{t('person.risk')}</dt>
          <dd>{t(`risk.${episode.risk}`)}</dd>
        </div>
      </dl>
    </section>
  );
}
