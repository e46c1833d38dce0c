import { useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import type { SearchView } from '../../../../src/modules/intelligence/schemas.ts';
import { ListTools } from '../../components/ListTools.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PlaceName, placeText } from '../../components/PlaceName.tsx';
import type { CsvColumn } from '../../csv.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useZoneOfCentre } from '../housing/queries.ts';
import { seizuresApi, type FindFilter } from './api.ts';
import { useSearches } from './queries.ts';
import { itemsText } from './words.ts';

/** The searches matching the filter, newest first, a page at a time, with what each found; exported to CSV as filtered. */
export function SearchTable({ filter, centreName, severalCentres }: { filter: FindFilter; centreName: (code: string) => string; severalCentres: boolean }) {
  const { t, formatWhen, formatNumber } = useI18n();
  const zoneOf = useZoneOfCentre();
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const query = useSearches(filter, window);
  const page = query.data;

  const columns: CsvColumn<SearchView>[] = [
    { header: t('sz.col.started'), value: (s) => formatWhen(s.startedAt, zoneOf(s.centre)) },
    ...(severalCentres ? [{ header: t('sz.col.centre'), value: (s: SearchView) => centreName(s.centre) }] : []),
    { header: t('sz.col.location'), value: (s) => (s.location ? placeText(s.location, s.locationName) : t('sz.wholeCentre')) },
    { header: t('sz.col.kind'), value: (s) => t(`sz.kind.${s.kind}`) },
    { header: t('sz.col.team'), value: (s) => s.team },
    { header: t('sz.col.result'), value: (s) => t(`sz.result.${s.result}`) },
    { header: t('sz.col.items'), value: (s) => itemsText(t, s.items, formatNumber) },
  ];

  return (
    <section aria-label={t('sz.view.searches')}>
      <LoadState query={query} />
      {page && (
        <>
          <ListTools page={page} onWindow={setWindow} label={t('sz.view.searches')} busy={query.isFetching} columns={columns} fetchPage={(w) => seizuresApi.searches(filter, w)} fileWords={[t('sz.view.searches')]} />
          {page.items.length === 0 ? (
            <p className="empty-state">{t('sz.searches.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact" data-testid="searches-table">
                <caption>{t('sz.searches.caption', { count: formatNumber(page.total) })}</caption>
                <thead>
                  <tr>
                    {columns.map((c) => (
                      <th key={c.header} scope="col">
                        {c.header}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((s) => (
                    <tr key={s.id}>
                      <th scope="row" className="nowrap">
                        <Link to={`/searches/${s.id}`}>{formatWhen(s.startedAt, zoneOf(s.centre))}</Link>
                      </th>
                      {severalCentres && <td>{centreName(s.centre)}</td>}
                      <td>{s.location ? <PlaceName code={s.location} name={s.locationName} /> : t('sz.wholeCentre')}</td>
                      <td>{t(`sz.kind.${s.kind}`)}</td>
                      <td>{s.team}</td>
                      <td>{t(`sz.result.${s.result}`)}</td>
                      <td>{itemsText(t, s.items, formatNumber)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
