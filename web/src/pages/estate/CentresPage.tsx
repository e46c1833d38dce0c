import { useMemo, useState } from 'react';
import type { Centre } from '../../api.ts';
import type { RollCentreFigures as RollCentre } from '../../api-roll.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { nextSort, SortHeader, type Sort } from '../../components/SortHeader.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { combined, useCentres } from '../../queries.ts';
import { hasRole, useSession } from '../../session.ts';
import { useRoll } from '../roll/queries.ts';
import { Occupancy } from './Occupancy.tsx';
import { pretrialShare } from './roll-figures.ts';

type Column = 'code' | 'name' | 'authority' | 'design' | 'onRoll' | 'occupancy' | 'pretrial' | 'pretrialShare';

const NUMERIC: Record<Column, boolean> = {
  code: false,
  name: false,
  authority: false,
  design: true,
  onRoll: true,
  occupancy: true,
  pretrial: true,
  pretrialShare: true,
};

const HEADERS: { column: Column; label: MessageKey }[] = [
  { column: 'code', label: 'roll.code' },
  { column: 'name', label: 'roll.name' },
  { column: 'authority', label: 'roll.authority' },
  { column: 'design', label: 'roll.design' },
  { column: 'onRoll', label: 'roll.onRoll' },
  { column: 'occupancy', label: 'roll.occupancy' },
  { column: 'pretrial', label: 'roll.pretrial' },
  { column: 'pretrialShare', label: 'roll.pretrialShare' },
];

function sortValue(line: RollCentre, column: Column, centres: Map<string, Centre>, authorityName: (c: string) => string): string | number {
  switch (column) {
    case 'code':
      return line.code;
    case 'name':
      return line.name;
    case 'authority': {
      const authority = centres.get(line.code)?.authority;
      return authority ? authorityName(authority) : '';
    }
    case 'design':
      return line.design_capacity;
    case 'onRoll':
      return line.on_roll;
    case 'occupancy':
      return line.design_capacity > 0 ? line.on_roll / line.design_capacity : 0;
    case 'pretrial':
      return line.pretrial;
    case 'pretrialShare':
      return pretrialShare(line);
  }
}

/** The national list: every centre of the caseload with its roll, capacity, occupancy and pretrial figures. */
export function CentresPage() {
  const { t, language, formatNumber, formatPercent, formatWhen } = useI18n();
  const { user } = useSession();
  const roll = useRoll(undefined, undefined);
  const list = useCentres();
  const centres = useMemo(() => new Map<string, Centre>((list.data ?? []).map((c) => [c.code, c])), [list.data]);
  const [sort, setSort] = useState<Sort<Column>>({ column: 'code', direction: 'ascending' });

  const rows = useMemo(() => {
    if (!roll.data) return [];
    const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
    const authorityName = (a: string) => t(`authority.${a}` as MessageKey);
    const sign = sort.direction === 'ascending' ? 1 : -1;
    return [...roll.data.centres].sort((a, b) => {
      const x = sortValue(a, sort.column, centres, authorityName);
      const y = sortValue(b, sort.column, centres, authorityName);
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * order || collator.compare(a.code, b.code);
    });
  }, [roll.data, centres, sort, language, t]);

  const onSort = (column: Column) => setSort(nextSort(sort, column, NUMERIC[column]));

  return (
    <Page title={t('centres.title')} intro={t('centres.intro')}>
      <LoadState query={combined(roll, list)} />
      {roll.data && list.data && rows.length === 0 && (
        <p className="empty-state">{t(hasRole(user, 'admin') && user.caseload.all ? 'centres.emptyAdmin' : 'centres.empty')}</p>
      )}
      {roll.data && list.data && rows.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table data-table-compact roll-table">
              <caption>
                {t('centres.caption', { count: rows.length })}
                <span className="caption-note">{t('roll.asOf', { time: formatWhen(roll.data.at) })}</span>
              </caption>
              <thead>
                <tr>
                  {HEADERS.map((h) => (
                    <SortHeader key={h.column} label={t(h.label)} column={h.column} sort={sort} onSort={onSort} numeric={NUMERIC[h.column]} />
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((line) => {
                  const centre = centres.get(line.code);
                  return (
                    <tr key={line.code}>
                      <th scope="row" className="code">
                        <Link to={`/centres/${encodeURIComponent(line.code)}`}>{line.code}</Link>
                      </th>
                      <td>
                        <Link to={`/centres/${encodeURIComponent(line.code)}`}>{line.name}</Link>
                        {centre && <span className="cell-note">{`${centre.city}, ${centre.province}`}</span>}
                      </td>
                      <td>{centre ? t(`authority.${centre.authority}`) : '—'}</td>
                      <td className="num">
                        {formatNumber(line.design_capacity)}
                        {line.capacity_estimated && <span className="tag">{t('roll.estimated')}</span>}
                      </td>
                      <td className="num">{formatNumber(line.on_roll)}</td>
                      <td className="num">
                        <Occupancy line={line} />
                      </td>
                      <td className="num">{formatNumber(line.pretrial)}</td>
                      <td className="num">{formatPercent(pretrialShare(line))}</td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr data-testid="roll-totals">
                  <th scope="row" colSpan={3}>
                    {t(user.caseload.all ? 'roll.totalNational' : 'roll.total')}
                  </th>
                  <td className="num" data-column="design">
                    {formatNumber(roll.data.totals.design_capacity)}
                  </td>
                  <td className="num" data-column="onRoll">
                    {formatNumber(roll.data.totals.on_roll)}
                  </td>
                  <td className="num" data-column="occupancy">
                    <Occupancy line={roll.data.totals} />
                  </td>
                  <td className="num" data-column="pretrial">
                    {formatNumber(roll.data.totals.pretrial)}
                  </td>
                  <td className="num" data-column="pretrialShare">
                    {formatPercent(pretrialShare(roll.data.totals))}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
          <div className="legend">
            <p>{t('roll.legendOccupancy')}</p>
            <ul className="legend-list">
              <li>
                <span className="occupancy occupancy-over" aria-hidden="true">▲</span> {t('roll.legendOver')}
              </li>
              <li>
                <span className="occupancy occupancy-critical" aria-hidden="true">▲▲</span> {t('roll.legendCritical')}
              </li>
              <li>
                <span className="tag">{t('roll.estimated')}</span> {t('roll.legendEstimated')}
              </li>
            </ul>
          </div>
        </>
      )}
    </Page>
  );
}
