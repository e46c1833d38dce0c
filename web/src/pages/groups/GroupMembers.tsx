import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import { CONFIDENCES, MEMBERSHIP_ROLES } from '../../../../src/kernel/vocabulary.ts';
import type { GroupMember, GroupMemberSort, GroupMembersQuery } from '../../../../src/modules/groups/schemas.ts';
import { housingApi } from '../../api-housing.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListTools } from '../../components/ListTools.tsx';
import { nextSort, SortHeader, type Sort } from '../../components/SortHeader.tsx';
import type { CsvColumn } from '../../csv.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { sortParams } from '../../paging.ts';
import { keys, useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';

type Filters = { centre: string; role: string; confidence: string };
const NO_FILTERS: Filters = { centre: '', role: '', confidence: '' };

/**
 * The group's members in custody today in the user's caseload, a page at a time from the server
 * (leaders first unless another column is chosen), filtered by centre, role and confidence,
 * exported to CSV as filtered and sorted. Each page read is audited by the server.
 */
export function GroupMembers({ code }: { code: string }) {
  const { t, formatDate, formatNumber } = useI18n();
  const centres = useCentres();
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const [sort, setSort] = useState<Sort<GroupMemberSort>>({ column: 'role', direction: 'ascending' });
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  const filterQuery: GroupMembersQuery = {
    ...sortParams(sort),
    ...(filters.centre ? { centre: filters.centre } : {}),
    ...(filters.role ? { role: [filters.role as (typeof MEMBERSHIP_ROLES)[number]] } : {}),
    ...(filters.confidence ? { confidence: [filters.confidence as (typeof CONFIDENCES)[number]] } : {}),
  };
  const query = useQuery({
    queryKey: [...keys.group(code), 'members', filterQuery, window],
    queryFn: () => housingApi.groupMembers(code, { ...filterQuery, ...window }),
    placeholderData: keepPreviousData,
  });

  function filter(name: keyof Filters, value: string) {
    setFilters((current) => ({ ...current, [name]: value }));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  function onSort(column: GroupMemberSort) {
    setSort((current) => nextSort(current, column, column === 'since'));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  const columns: CsvColumn<GroupMember>[] = [
    { header: t('person.name'), value: (m) => m.name },
    { header: t('person.id'), value: (m) => m.person },
    { header: t('membership.role'), value: (m) => t(`membershipRole.${m.role}`) },
    { header: t('person.centre'), value: (m) => m.centre },
    { header: t('group.col.since'), value: (m) => (m.since ? formatDate(m.since) : '') },
    { header: t('group.col.confidence'), value: (m) => t(`confidence.${m.confidence}`) },
  ];
  const header = (label: string, column: GroupMemberSort) => <SortHeader label={label} column={column} sort={sort} onSort={onSort} />;
  const page = query.data;
  const filtered = Object.values(filters).some((v) => v !== '');

  return (
    <section className="panel" aria-labelledby="group-members">
      <h2 id="group-members">{t('group.members')}</h2>
      <div className="list-filters" role="group" aria-label={t('filters.title')}>
        <FilterSelect
          label={t('filters.centre')}
          value={filters.centre}
          onChange={(v) => filter('centre', v)}
          options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
        <FilterSelect
          label={t('filters.role')}
          value={filters.role}
          onChange={(v) => filter('role', v)}
          options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`membershipRole.${r}`) }))}
        />
        <FilterSelect
          label={t('filters.confidence')}
          value={filters.confidence}
          onChange={(v) => filter('confidence', v)}
          options={CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) }))}
        />
        {filtered && (
          <button
            type="button"
            className="button button-link"
            onClick={() => {
              setFilters(NO_FILTERS);
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
          <ListTools page={page} onWindow={setWindow} label={t('group.members')} busy={query.isFetching} columns={columns} fetchPage={(w) => housingApi.groupMembers(code, { ...filterQuery, ...w })} fileWords={[t('group.members'), code]} />
          {page.items.length === 0 ? (
            <p className="muted">{filtered ? t('groupMembers.none') : t('group.membersNone')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact" data-testid="group-members">
                <caption>{t('groupMembers.caption', { count: formatNumber(page.total) })}</caption>
                <thead>
                  <tr>
                    {header(t('person.name'), 'name')}
                    {header(t('person.id'), 'id')}
                    {header(t('membership.role'), 'role')}
                    {header(t('person.centre'), 'centre')}
                    {header(t('group.col.since'), 'since')}
                    {header(t('group.col.confidence'), 'confidence')}
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((m) => (
                    <tr key={m.id} data-person={m.person}>
                      <th scope="row">
                        <Link to={`/persons/${encodeURIComponent(m.person)}`}>{m.name}</Link>
                      </th>
                      <td className="code">{m.person}</td>
                      <td>{t(`membershipRole.${m.role}`)}</td>
                      <td className="code">{m.centre ?? '—'}</td>
                      <td className="nowrap">{m.since ? formatDate(m.since) : '—'}</td>
                      <td>{t(`confidence.${m.confidence}`)}</td>
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
