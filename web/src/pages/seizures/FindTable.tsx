import { useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import type { SeizureView } from '../../../../src/modules/intelligence/schemas.ts';
import { ListTools } from '../../components/ListTools.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { PlaceName, placeText } from '../../components/PlaceName.tsx';
import type { CsvColumn } from '../../csv.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useZoneOfCentre } from '../housing/queries.ts';
import { seizuresApi, type FindFilter } from './api.ts';
import { useFinds } from './queries.ts';
import { itemWord } from './words.ts';

/** The finds matching the filter, newest first, a page at a time; exported to CSV as filtered. */
export function FindTable({ filter, centreName, severalCentres }: { filter: FindFilter; centreName: (code: string) => string; severalCentres: boolean }) {
  const { t, formatWhen, formatNumber } = useI18n();
  const zoneOf = useZoneOfCentre();
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const { kind: _kind, ...findFilter } = filter;
  const query = useFinds(findFilter, window);
  const page = query.data;

  const columns: CsvColumn<SeizureView>[] = [
    { header: t('sz.col.id'), value: (s) => s.id },
    { header: t('sz.col.at'), value: (s) => formatWhen(s.at, zoneOf(s.centre)) },
    { header: t('sz.col.centre'), value: (s) => centreName(s.centre) },
    { header: t('sz.col.location'), value: (s) => (s.location ? placeText(s.location, s.locationName) : t('sz.noLocation')) },
    { header: t('sz.col.item'), value: (s) => itemWord(t, s.item) },
    { header: t('sz.col.quantity'), value: (s) => formatNumber(s.quantity) },
    { header: t('sz.col.whereFound'), value: (s) => s.whereFound ?? '' },
    { header: t('sz.col.person'), value: (s) => (s.person ? `${s.personName ?? ''} (${s.person})` : '') },
    { header: t('sz.col.incident'), value: (s) => s.incident ?? '' },
  ];

  return (
    <section aria-label={t('sz.view.finds')}>
      <LoadState query={query} />
      {page && (
        <>
          <ListTools page={page} onWindow={setWindow} label={t('sz.view.finds')} busy={query.isFetching} columns={columns} fetchPage={(w) => seizuresApi.seizures(findFilter, w)} fileWords={[t('sz.view.finds')]} />
          {page.items.length === 0 ? (
            <p className="empty-state">{t('sz.finds.empty')}</p>
          ) : (
            <div className="table-wrap">
              <FindRows finds={page.items} caption={t('sz.finds.caption', { count: formatNumber(page.total) })} {...(severalCentres ? { showCentre: centreName } : {})} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface FindRowsProps {
  finds: readonly SeizureView[];
  caption: string;
  /** A column of centres, named so (for a caseload of several centres). */
  showCentre?: (code: string) => string;
  /** On the search's own page: no time (the search's) and no link back to it. */
  withinSearch?: boolean;
}

/** Finds as a table (the lists and a search's page). */
export function FindRows({ finds, caption, showCentre, withinSearch = false }: FindRowsProps) {
  const { t, formatWhen, formatNumber } = useI18n();
  const zoneOf = useZoneOfCentre();
  return (
    <table className="data-table data-table-compact" data-testid="finds-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sz.col.id')}</th>
          {!withinSearch && <th scope="col">{t('sz.col.at')}</th>}
          {showCentre && <th scope="col">{t('sz.col.centre')}</th>}
          <th scope="col">{t('sz.col.location')}</th>
          <th scope="col">{t('sz.col.item')}</th>
          <th scope="col" className="num">
            {t('sz.col.quantity')}
          </th>
          <th scope="col">{t('sz.col.whereFound')}</th>
          <th scope="col">{t('sz.col.person')}</th>
          <th scope="col">{t('sz.col.incident')}</th>
        </tr>
      </thead>
      <tbody>
        {finds.map((s) => (
          <tr key={s.id}>
            <th scope="row" className="code nowrap">
              {s.search && !withinSearch ? <Link to={`/searches/${s.search}`}>{s.id}</Link> : s.id}
            </th>
            {!withinSearch && <td className="nowrap">{formatWhen(s.at, zoneOf(s.centre))}</td>}
            {showCentre && <td>{showCentre(s.centre)}</td>}
            <td>{s.location ? <PlaceName code={s.location} name={s.locationName} /> : t('sz.noLocation')}</td>
            <td>{itemWord(t, s.item)}</td>
            <td className="num">{formatNumber(s.quantity)}</td>
            <td>{s.whereFound ?? ''}</td>
            <td>{s.person ? <Link to={`/persons/${encodeURIComponent(s.person)}`}>{s.personName ?? s.person}</Link> : ''}</td>
            <td>{s.incident ? <Link to={`/incidents/${encodeURIComponent(s.incident)}`} className="code">
                  {s.incident}
                </Link> : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
