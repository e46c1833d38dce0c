import { useId, useState } from 'react';
import { LoadState } from '../../components/LoadState.tsx';
import { Pager } from '../../components/Pager.tsx';
import { useI18n } from '../../i18n/index.ts';
import { ListedPeople } from './ListedPeople.tsx';
import { LocationFilter, useLocationPhrase } from './LocationFilter.tsx';
import { useListedPage } from './queries.ts';
import { VerifyLocationPanel } from './VerifyLocationPanel.tsx';

const SORTS = ['location', 'name'] as const;

interface UnverifiedSectionProps {
  emergencyId: string;
  centre: string;
  active: boolean;
  canMark: boolean;
  onMarked: (text: string) => void;
}

/**
 * The people still unverified, a page at a time (the server pages the frozen list, so 7,000 names
 * cost one page), narrowed to a pavilion, wing or cell; with a location chosen, the action that
 * verifies everyone left there at once.
 */
export function UnverifiedSection({ emergencyId, centre, active, canMark, onMarked }: UnverifiedSectionProps) {
  const { t, formatNumber } = useI18n();
  const sortId = useId();
  const [location, setLocation] = useState('');
  const [sort, setSort] = useState<(typeof SORTS)[number]>('location');
  const [pageWindow, setWindow] = useState({ offset: 0, limit: 50 });
  const page = useListedPage(emergencyId, { status: 'unverified', location: location || undefined, sort, ...pageWindow }, active);
  const phrase = useLocationPhrase(centre);
  const where = location ? phrase(location) : '';
  const total = page.data?.total ?? 0;

  const choose = (code: string) => {
    setLocation(code);
    setWindow((w) => ({ ...w, offset: 0 }));
  };

  return (
    <section aria-labelledby="unverified-title">
      <h2 id="unverified-title">
        {location
          ? t('emergencyScale.unverified.titleAt', { location: where, count: formatNumber(total) })
          : t('emergencyScale.unverified.title', { count: formatNumber(total) })}
      </h2>
      <div className="list-filters">
        <LocationFilter centre={centre} value={location} onChange={choose} />
        <div className="field">
          <label htmlFor={sortId}>{t('emergencyScale.sort')}</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as (typeof SORTS)[number])}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`emergencyScale.sort.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {location && canMark && page.data && (
        <VerifyLocationPanel emergencyId={emergencyId} location={location} phrase={where} unverified={total} onDone={onMarked} />
      )}
      {!page.data ? (
        <LoadState query={page} />
      ) : total === 0 ? (
        <p className="empty-state">{location ? t('emergencyScale.unverified.noneAt', { location: where }) : t('emergency.unverified.none')}</p>
      ) : (
        <>
          <ListedPeople
            people={page.data.items}
            caption={t('emergency.unverified.caption')}
            emergencyId={emergencyId}
            canMark={canMark}
            onMarked={onMarked}
            testId="unverified-list"
          />
          <Pager total={total} offset={pageWindow.offset} limit={pageWindow.limit} onChange={setWindow} label={t('emergencyScale.pagerLabel')} busy={page.isFetching} />
        </>
      )}
    </section>
  );
}
