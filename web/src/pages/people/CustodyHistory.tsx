import type { Episode } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';
import { EpisodeDetails } from './EpisodeDetails.tsx';

/** Every period in custody, newest first: admission, legal history, cases and release. */
export function CustodyHistory({ episodes, centreName }: { episodes: Episode[]; centreName: (code: string | null) => string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="person-custody">
      <h2 id="person-custody">{t('custody.title')}</h2>
      {episodes.length === 0 ? (
        <p className="empty-state">{t('custody.none')}</p>
      ) : (
        episodes.map((episode) => <EpisodeDetails key={episode.id} episode={episode} centreName={centreName} />)
      )}
    </section>
  );
}
