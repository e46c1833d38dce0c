import { useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import { INCIDENT_VIEWS, type IncidentListQuery, type IncidentSort, type IncidentStatus, type IncidentView } from '../../../../src/modules/incidents/schemas.ts';
import { InfoNote } from '../../components/Alert.tsx';
import { ListTools } from '../../components/ListTools.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { nextSort, type Sort } from '../../components/SortHeader.tsx';
import { useI18n } from '../../i18n/index.ts';
import { sortParams } from '../../paging.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { useSearchParam, withQuery } from '../roll/query.ts';
import { incidentsApi } from './api.ts';
import { filterQuery, IncidentFilters, NO_FILTERS, type FilterValues } from './IncidentFilters.tsx';
import { IncidentTable, useIncidentColumns } from './IncidentTable.tsx';
import { useIncidentList } from './queries.ts';
import { mayIncident } from './roles.ts';

const isView = (value: string): value is IncidentView => (INCIDENT_VIEWS as readonly string[]).includes(value);

/** What one writes and has yet to finish: drafts, and reports returned for correction. */
const MY_DRAFTS: IncidentStatus[] = ['draft', 'returned'];

/**
 * The query of a view. «Mis borradores» are the user's drafts and their reports returned for
 * correction (both wait for them); with a status filter, what both allow.
 */
function viewQuery(view: IncidentView | null, status: string): IncidentListQuery {
  if (view !== 'my_drafts') return view ? { view } : {};
  if (!status) return { reportedBy: 'me', status: MY_DRAFTS };
  return MY_DRAFTS.includes(status as IncidentStatus) ? { reportedBy: 'me' } : { view };
}

/** The views as links (?view=…), the current one marked; «Todos» is the list without a view. */
function ViewTabs({ view, emergency }: { view: IncidentView | null; emergency: string }) {
  const { t } = useI18n();
  const tabs: [IncidentView | null, string][] = [...INCIDENT_VIEWS.map((v) => [v, t(`inc.view.${v}`)] as [IncidentView, string]), [null, t('inc.view.all')]];
  return (
    <nav className="incident-views" aria-label={t('inc.views')}>
      <ul>
        {tabs.map(([v, label]) => (
          <li key={v ?? 'all'}>
            <Link to={withQuery('/incidents', { view: v ?? undefined, emergency: emergency || undefined })} aria-current={v === view ? 'page' : undefined} className="incident-view">
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Incident reports: the views (my drafts, to review, closed, all), filters, a page at a time
 * from the server, sorted by a column header and exported to CSV as shown.
 */
export function IncidentsPage() {
  const { t, formatNumber } = useI18n();
  const { user } = useSession();
  const viewParam = useSearchParam('view');
  const view = isView(viewParam) ? viewParam : null;
  const emergency = useSearchParam('emergency');
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const [sort, setSort] = useState<Sort<IncidentSort>>({ column: 'startedAt', direction: 'descending' });

  const query: IncidentListQuery = {
    ...filterQuery(filters),
    ...viewQuery(view, filters.status),
    ...(emergency ? { emergency } : {}),
    ...sortParams(sort),
  };
  const list = useIncidentList({ ...query, ...window });
  const columns = useIncidentColumns();

  function filter(name: keyof FilterValues, value: string) {
    setFilters((current) => ({ ...current, [name]: value, ...(name === 'centre' ? { location: '' } : {}) }));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  function onSort(column: IncidentSort) {
    setSort((current) => nextSort(current, column, column === 'startedAt'));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  const page = list.data;
  return (
    <Page
      title={t('inc.title')}
      intro={t('inc.intro')}
      actions={
        mayIncident(user, 'report') && (
          <Link to="/incidents/new" className="button button-primary">
            {t('inc.new')}
          </Link>
        )
      }
    >
      <ViewTabs view={view} emergency={emergency} />
      {emergency && <InfoNote>{t('inc.filter.emergency')}</InfoNote>}
      <IncidentFilters
        values={filters}
        onChange={filter}
        onClear={() => {
          setFilters(NO_FILTERS);
          setWindow((current) => ({ ...current, offset: 0 }));
        }}
      />
      {!page && <LoadState query={list} />}
      {page && (
        <>
          {list.error && <LoadState query={list} />}
          <ListTools page={page} onWindow={setWindow} label={t('inc.title')} busy={list.isFetching} columns={columns} fetchPage={(w) => incidentsApi.list({ ...query, ...w })} fileWords={[t('inc.list.csvWords'), view ? t(`inc.view.${view}`) : '']} />
          {page.items.length === 0 ? (
            <p className="empty-state">{t('inc.list.none')}</p>
          ) : (
            <IncidentTable items={page.items} caption={t('inc.list.caption', { count: formatNumber(page.total) })} sort={sort} onSort={onSort} />
          )}
        </>
      )}
    </Page>
  );
}
