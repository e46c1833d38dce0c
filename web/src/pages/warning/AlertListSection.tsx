import { useState } from 'react';
import { PAGE_LIMIT_DEFAULT } from '../../../../src/kernel/paging.ts';
import { ALERT_SEVERITY_LIST, ALERT_STATUS_LIST, ALERT_TYPE_LIST, type AlertListQuery, type AlertView } from '../../../../src/modules/warning/schemas.ts';
import { FilterSelect } from '../../components/FilterSelect.tsx';
import { ListTools } from '../../components/ListTools.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import type { CsvColumn } from '../../csv.ts';
import { useI18n } from '../../i18n/index.ts';
import { useCentres } from '../../queries.ts';
import { warningApi } from '../../api-warning.ts';
import { useCentreClocks } from '../roll/clock.ts';
import { AlertCard } from './AlertCard.tsx';
import { useAlertList } from './queries.ts';
import { usePlaceOf } from './words.tsx';

/** What the filters hold ('' = no filter; status `open` = raised or acknowledged). */
interface Filters {
  centre: string;
  status: string;
  severity: string;
  type: string;
}

const OPEN = 'open';

function listQueryOf(f: Filters): AlertListQuery {
  const status = f.status === OPEN ? (['raised', 'acknowledged'] as const) : f.status ? [f.status as (typeof ALERT_STATUS_LIST)[number]] : undefined;
  return {
    ...(f.centre ? { centre: f.centre } : {}),
    ...(status ? { status: [...status] } : {}),
    ...(f.severity ? { severity: [f.severity as (typeof ALERT_SEVERITY_LIST)[number]] } : {}),
    ...(f.type ? { type: [f.type as (typeof ALERT_TYPE_LIST)[number]] } : {}),
  };
}

/** The columns of the CSV export, worded as the cards say them. */
function useAlertColumns(): CsvColumn<AlertView>[] {
  const { t, formatNumber } = useI18n();
  const clockOf = useCentreClocks();
  const placeOf = usePlaceOf();
  return [
    { header: t('warn.page.type'), value: (a) => t(`warn.type.${a.type}`) },
    { header: t('warn.page.severity'), value: (a) => t(`warn.severity.${a.severity}`) },
    { header: t('warn.page.centre'), value: (a) => a.centreName },
    { header: t('warn.page.place'), value: (a) => placeOf(a) },
    { header: t('warn.page.score'), value: (a) => formatNumber(a.score) },
    { header: t('warn.page.since'), value: (a) => clockOf(a.centre).when(a.since) },
    { header: t('warn.page.status'), value: (a) => (a.status ? t(`warn.status.${a.status}`) : '') },
    { header: t('warn.alert.reasons'), value: (a) => (a.withheld ? t('warn.alert.withheld') : a.reasons.join(' ')) },
  ];
}

/**
 * The alerts of the caseload a page at a time, most severe first: open ones by default, filtered
 * by centre, status, severity and type; each with its reasons (or that they are withheld).
 */
export function AlertListSection({ centre = '' }: { centre?: string }) {
  const { t, formatNumber } = useI18n();
  const centres = useCentres();
  const [filters, setFilters] = useState<Filters>({ centre, status: OPEN, severity: '', type: '' });
  const [window, setWindow] = useState({ offset: 0, limit: PAGE_LIMIT_DEFAULT });
  const query = listQueryOf(filters);
  const list = useAlertList({ ...query, ...window });
  const columns = useAlertColumns();
  const page = list.data;

  function filter(name: keyof Filters, value: string) {
    setFilters((current) => ({ ...current, [name]: value }));
    setWindow((current) => ({ ...current, offset: 0 }));
  }

  return (
    <section className="warning-list" aria-labelledby="warning-list">
      <h2 id="warning-list">{t('warn.list.title')}</h2>
      <div className="list-filters" role="group" aria-label={t('warn.filter.label')}>
        {(centres.data?.length ?? 0) > 1 && (
          <FilterSelect label={t('warn.filter.centre')} value={filters.centre} onChange={(v) => filter('centre', v)} options={(centres.data ?? []).map((c) => ({ value: c.code, label: c.name }))} />
        )}
        <FilterSelect
          label={t('warn.filter.status')}
          value={filters.status}
          onChange={(v) => filter('status', v)}
          options={[{ value: OPEN, label: t('warn.filter.statusOpen') }, ...ALERT_STATUS_LIST.map((s) => ({ value: s, label: t(`warn.status.${s}`) }))]}
        />
        <FilterSelect
          label={t('warn.filter.severity')}
          value={filters.severity}
          onChange={(v) => filter('severity', v)}
          options={[...ALERT_SEVERITY_LIST].reverse().map((s) => ({ value: s, label: t(`warn.severity.${s}`) }))}
        />
        <FilterSelect label={t('warn.filter.type')} value={filters.type} onChange={(v) => filter('type', v)} options={ALERT_TYPE_LIST.map((type) => ({ value: type, label: t(`warn.type.${type}`) }))} />
      </div>
      {!page && <LoadState query={list} />}
      {page && (
        <>
          {list.error && <LoadState query={list} />}
          <ListTools
            page={page}
            onWindow={setWindow}
            label={t('warn.list.title')}
            busy={list.isFetching}
            columns={columns}
            fetchPage={(w) => warningApi.alerts({ ...query, ...w })}
            fileWords={[t('warn.list.csvWords')]}
          />
          {page.items.length === 0 ? (
            <p className="empty-state">{t('warn.list.none')}</p>
          ) : (
            <ul className="alert-cards" aria-label={t('warn.list.caption', { count: formatNumber(page.total) })}>
              {page.items.map((alert) => (
                <li key={alert.id ?? `${alert.type}-${alert.location ?? alert.centre}`}>
                  <AlertCard alert={alert} showCentre compact />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
