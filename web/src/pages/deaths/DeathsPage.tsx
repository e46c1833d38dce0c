import { useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import type { DeathListQuery } from '../../../../src/modules/deaths/schemas.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { DateTextInput } from '../../components/DateTextInput.tsx';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListTools } from '../../components/ListTools.tsx';
import { Page } from '../../components/Page.tsx';
import { PlaceName, placeText } from '../../components/PlaceName.tsx';
import { nextSort, SortHeader, type Sort } from '../../components/SortHeader.tsx';
import type { CsvColumn } from '../../csv.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { sortParams } from '../../paging.ts';
import { listName } from '../../people.ts';
import { useCentres } from '../../queries.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { instantFromLocal } from '../../time.ts';
import { useCentreClocks } from '../roll/clock.ts';
import { DEATH_CAUSES, deathsApi, type DeathListItem } from './api.ts';
import { NoticeFlags } from './NoticeFlags.tsx';
import { noticeText } from './notice-text.ts';
import { useDeathList } from './queries.ts';
import { mayDeaths } from './roles.ts';

type DeathSort = 'at' | 'name' | 'centre' | 'cause';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The start of a typed day (`from`), or of the day after it (`to`, so the day is included), on the national clock. */
function dayBound(day: string, after: boolean): string | undefined {
  if (!DAY.test(day)) return undefined;
  const start = after ? new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10) : day;
  return instantFromLocal(`${start}T00:00`) ?? undefined;
}

type Place = { code: string; name: string | null } | null;

/** A place in the table: its name with its code under it; nothing when none is known. */
function placeCell(place: Place) {
  return place ? <PlaceName code={place.code} name={place.name} /> : null;
}

/** The same in the CSV file. */
function placeLine(place: Place): string {
  return place ? placeText(place.code, place.name) : '';
}

/**
 * The deaths-in-custody register: every death of the caseload, newest first, filtered by centre,
 * cause, period and overdue or late notices; an entry with a notice overdue stands out (words and
 * colour), a notice made after its 24 hours reads as late.
 */
export function DeathsPage() {
  const i18n = useI18n();
  const { t, formatNumber } = i18n;
  const { user } = useSession();
  const centres = useCentres();
  const clockOf = useCentreClocks();
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const [sort, setSort] = useState<Sort<DeathSort>>({ column: 'at', direction: 'descending' });
  const [filters, setFilters] = useState({ centre: '', cause: '', overdue: '', late: '', from: '', to: '' });
  const badDay = (value: string) => value !== '' && !DAY.test(value);

  const filterQuery: DeathListQuery = {
    ...sortParams(sort),
    ...(filters.centre ? { centre: filters.centre } : {}),
    ...(filters.cause ? { cause: filters.cause as (typeof DEATH_CAUSES)[number] } : {}),
    ...(filters.overdue ? { overdue: filters.overdue as 'true' | 'false' } : {}),
    ...(filters.late ? { late: filters.late as 'true' | 'false' } : {}),
    from: dayBound(filters.from, false),
    to: dayBound(filters.to, true),
  };
  const query = useDeathList({ ...filterQuery, ...window });

  function filter(name: keyof typeof filters, value: string) {
    setFilters((current) => ({ ...current, [name]: value }));
    setWindow((current) => ({ ...current, offset: 0 }));
  }
  function onSort(column: DeathSort) {
    setSort((current) => nextSort(current, column, column === 'at'));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  const when = (d: DeathListItem) => clockOf(d.centre).when(d.at);
  // One centre in the caseload: no column saying it on every row.
  const severalCentres = (centres.data ?? []).length > 1;
  const centreName = (code: string) => centres.data?.find((c) => c.code === code)?.name ?? code;
  /** Where the person died, as recorded, else their last place on the roll: code and name. */
  const place = (d: DeathListItem): Place => (d.location ? { code: d.location, name: d.locationName } : d.lastLocation ? { code: d.lastLocation, name: d.lastLocationName } : null);
  const columns: CsvColumn<DeathListItem>[] = [
    { header: t('death.col.person'), value: (d) => listName(d.person) },
    { header: t('death.entry.registerNumber'), value: (d) => d.person.id },
    { header: t('death.col.at'), value: when },
    ...(severalCentres ? [{ header: t('death.col.centre'), value: (d: DeathListItem) => centreName(d.centre) }] : []),
    { header: t('death.col.place'), value: (d) => placeLine(place(d)) },
    { header: t('death.col.cause'), value: (d) => t(`death.cause.${d.cause}`) },
    { header: t('death.obligation.next_of_kin_informed'), value: (d) => noticeText(i18n, d.at, 'nextOfKin', d.alerts.nextOfKin, clockOf(d.centre).zone) },
    { header: t('death.col.notices'), value: (d) => noticeText(i18n, d.at, 'authority', d.alerts.authority, clockOf(d.centre).zone) },
    { header: t('death.col.done'), value: (d) => String(d.obligationsDone) },
  ];

  const page = query.data;
  return (
    <Page
      title={t('death.title')}
      intro={t('death.intro')}
      actions={
        mayDeaths(user, 'write') && (
          <Link to="/deaths/new" className="button button-primary">
            {t('death.new')}
          </Link>
        )
      }
    >
      <div className="list-filters" role="group" aria-label={t('filters.title')}>
        {severalCentres && (
          <FilterSelect label={t('death.filter.centre')} value={filters.centre} onChange={(v) => filter('centre', v)} options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))} />
        )}
        <FilterSelect label={t('death.filter.cause')} value={filters.cause} onChange={(v) => filter('cause', v)} options={DEATH_CAUSES.map((c) => ({ value: c, label: t(`death.cause.${c}`) }))} />
        <FilterSelect
          label={t('death.filter.overdue')}
          value={filters.overdue}
          onChange={(v) => filter('overdue', v)}
          options={[
            { value: 'true', label: t('death.filter.overdueYes') },
            { value: 'false', label: t('death.filter.overdueNo') },
          ]}
        />
        <FilterSelect
          label={t('death.filter.late')}
          value={filters.late}
          onChange={(v) => filter('late', v)}
          options={[
            { value: 'true', label: t('death.filter.lateYes') },
            { value: 'false', label: t('death.filter.lateNo') },
          ]}
        />
        {(['from', 'to'] as const).map((bound) => (
          <label key={bound}>
            {t(`death.filter.${bound}`)}
            <DateTextInput kind="date" value={filters[bound]} onChange={(v) => filter(bound, v)} aria-invalid={badDay(filters[bound]) || undefined} />
          </label>
        ))}
      </div>
      {(badDay(filters.from) || badDay(filters.to)) && <p className="field-error">{t('death.filter.dateInvalid')}</p>}
      {query.error && <ErrorAlert>{errorText(query.error, t)}</ErrorAlert>}
      {page && (
        <>
          <ListTools page={page} onWindow={setWindow} label={t('death.title')} busy={query.isFetching} columns={columns} fetchPage={(w) => deathsApi.list({ ...filterQuery, ...w })} fileWords={[t('death.csvName')]} />
          {page.items.length === 0 ? (
            <p className="empty-state">{t('death.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact">
                <caption>{t('death.caption', { count: formatNumber(page.total) })}</caption>
                <thead>
                  <tr>
                    <SortHeader label={t('death.col.person')} column="name" sort={sort} onSort={onSort} />
                    <SortHeader label={t('death.col.at')} column="at" sort={sort} onSort={onSort} />
                    {severalCentres && <SortHeader label={t('death.col.centre')} column="centre" sort={sort} onSort={onSort} />}
                    <th scope="col">{t('death.col.place')}</th>
                    <SortHeader label={t('death.col.cause')} column="cause" sort={sort} onSort={onSort} />
                    <th scope="col">{t('death.col.notices')}</th>
                    <th scope="col">{t('death.col.done')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((d) => (
                    <tr key={d.person.id} className={d.overdue ? 'death-row-overdue' : undefined}>
                      <th scope="row">
                        <Link to={`/deaths/${encodeURIComponent(d.person.id)}`}>{listName(d.person)}</Link>
                        <div className="muted code">{d.person.id}</div>
                        {d.overdue && (
                          <div className="death-notice-overdue">
                            <span aria-hidden="true">⚠ </span>
                            {t('death.overdueBadge')}
                          </div>
                        )}
                      </th>
                      <td>{when(d)}</td>
                      {severalCentres && <td>{centreName(d.centre)}</td>}
                      <td>{placeCell(place(d))}</td>
                      <td>{t(`death.cause.${d.cause}`)}</td>
                      <td>
                        <NoticeFlags at={d.at} alerts={d.alerts} timeZone={clockOf(d.centre).zone} />
                      </td>
                      <td>{t('death.doneCount', { count: d.obligationsDone })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
