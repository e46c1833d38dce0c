import type { Episode } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';

/**
 * A sentenced episode's computed release date (the server's rule, release-date.ts: from the
 * first day held in this custody, preventive detention included, plus the sentence), with the
 * day it is counted from; "—" when the sentence's length is not recorded.
 */
export function ReleaseDate({ episode }: { episode: Episode }) {
  const { t, formatDate } = useI18n();
  return (
    <div>
      <dt>{t('sentence.releaseDate')}</dt>
      <dd>
        {episode.releaseDate ? (
          <>
            <strong>{formatDate(episode.releaseDate)}</strong>
            {episode.sentenceStart && <span className="cell-note">{t('sentence.counted', { date: formatDate(episode.sentenceStart) })}</span>}
          </>
        ) : (
          <span title={t('sentence.unknown')}>
            —<span className="visually-hidden"> {t('sentence.unknown')}</span>
          </span>
        )}
      </dd>
    </div>
  );
}
