import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { LocationPeopleQuery } from '../../../../src/modules/roll/schemas.ts';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import type { Occupant } from '../../api-roll.ts';
import { rollApi } from '../../api-roll.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListTools } from '../../components/ListTools.tsx';
import { nextSort, type Sort } from '../../components/SortHeader.tsx';
import type { CsvColumn } from '../../csv.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { sortParams } from '../../paging.ts';
import { listName } from '../../people.ts';
import { keys } from '../../queries.ts';
import { useSession } from '../../session.ts';
import { useGroups } from '../groups/queries.ts';
import { mayHousing } from '../housing/roles.ts';
import { stateKey } from '../people/PersonStateBadge.tsx';
import { OccupantsTable, type OccupantSort } from './OccupantsTable.tsx';

const LEGAL_STATUS_FILTERS = ['pretrial', 'sentenced', 'none'] as const;
const STATE_FILTERS = ['in', 'out', 'en_route', 'unaccounted'] as const;

interface LocationPeopleProps {
  code: string;
  name: string;
  /** The wings under the location, to filter by (none for a wing or a cell). */
  wings: readonly { code: string; name: string }[];
  /** Show each one's cell (a pavilion or wing lists the people of all its cells). */
  showLocation: boolean;
  timeZone: string;
}

/**
 * The people placed in a location or under it, a page at a time from the server: sorted by a
 * column header, filtered by wing, legal status, state and (for those who may read memberships)
 * criminal group, exported to CSV as filtered and sorted.
 */
export function LocationPeople({ code, name, wings, showLocation, timeZone }: LocationPeopleProps) {
  const { t, formatWhen, formatNumber } = useI18n();
  const { user } = useSession();
  const mayFilterGroup = mayHousing(user, 'membership.read');
  const groups = useGroups({ enabled: mayFilterGroup });
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const [sort, setSort] = useState<Sort<OccupantSort>>({ column: 'name', direction: 'ascending' });
  const [filters, setFilters] = useState({ wing: '', legalStatus: '', state: '', group: '' });

  const filterQuery: LocationPeopleQuery = {
    ...sortParams(sort),
    ...(filters.wing ? { wing: filters.wing } : {}),
    ...(filters.legalStatus ? { legalStatus: [filters.legalStatus as (typeof LEGAL_STATUS_FILTERS)[number]] } : {}),
    ...(filters.state ? { state: [filters.state as (typeof STATE_FILTERS)[number]] } : {}),
    ...(filters.group ? { group: filters.group } : {}),
  };
  const query = useQuery({
    queryKey: [...keys.location(code), 'people', filterQuery, window],
    queryFn: () => rollApi.locationPeople(code, { ...filterQuery, ...window }),
    placeholderData: keepPreviousData,
  });

  function filter(name: keyof typeof filters, value: string) {
    setFilters((current) => ({ ...current, [name]: value }));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  function onSort(column: OccupantSort) {
    setSort((current) => nextSort(current, column, column === 'since'));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  const columns: CsvColumn<Occupant>[] = [
    { header: t('person.name'), value: (o) => listName(o) },
    { header: t('person.aliases'), value: (o) => o.aliases.join(', ') },
    { header: t('person.id'), value: (o) => o.id },
    ...(showLocation ? [{ header: t('person.location'), value: (o: Occupant) => o.location }] : []),
    { header: t('person.legalStatus'), value: (o) => (o.legalStatus ? t(`legalStatus.${o.legalStatus}`) : '') },
    { header: t('person.risk'), value: (o) => (o.risk ? t(`risk.${o.risk}`) : '') },
    { header: t('person.state'), value: (o) => t(stateKey(o.state, o.outReason)) },
    { header: t('person.since'), value: (o) => formatWhen(o.since, timeZone) },
  ];

  const page = query.data;
  const filtered = Object.values(filters).some((v) => v !== '');
  return (
    <section aria-labelledby="location-people">
      <h2 id="location-people">{t('location.people')}</h2>
      <div className="list-filters" role="group" aria-label={t('filters.title')}>
        {wings.length > 0 && (
          <FilterSelect label={t('filters.wing')} value={filters.wing} onChange={(v) => filter('wing', v)} options={wings.map((w) => ({ value: w.code, label: w.name }))} />
        )}
        <FilterSelect
          label={t('filters.legalStatus')}
          value={filters.legalStatus}
          onChange={(v) => filter('legalStatus', v)}
          options={LEGAL_STATUS_FILTERS.map((s) => ({ value: s, label: s === 'none' ? t('filters.noLegalStatus') : t(`legalStatus.${s}`) }))}
        />
        <FilterSelect
          label={t('filters.state')}
          value={filters.state}
          onChange={(v) => filter('state', v)}
          options={STATE_FILTERS.map((s) => ({ value: s, label: t(stateKey(s, null)) }))}
        />
        {mayFilterGroup && groups.data && groups.data.length > 0 && (
          <FilterSelect
            label={t('filters.group')}
            value={filters.group}
            onChange={(v) => filter('group', v)}
            options={groups.data.map((g) => ({ value: g.code, label: g.name }))}
          />
        )}
        {filtered && (
          <button
            type="button"
            className="button button-link"
            onClick={() => {
              setFilters({ wing: '', legalStatus: '', state: '', group: '' });
              setWindow((current) => ({ ...current, offset: 0 }));
            }}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
      {query.error && <ErrorAlert>{errorText(query.error, t)}</ErrorAlert>}
      {page && (
        <>
          <ListTools page={page} onWindow={setWindow} label={t('location.people')} busy={query.isFetching} columns={columns} fetchPage={(w) => rollApi.locationPeople(code, { ...filterQuery, ...w })} fileWords={[t('location.people'), code]} />
          {page.items.length === 0 ? (
            <p className="empty-state">{filtered ? t('locationPeople.none') : t('location.nobody')}</p>
          ) : (
            <OccupantsTable
              occupants={page.items}
              caption={t('locationPeople.caption', { name, count: formatNumber(page.total) })}
              showLocation={showLocation}
              timeZone={timeZone}
              sort={sort}
              onSort={onSort}
            />
          )}
        </>
      )}
    </section>
  );
}
