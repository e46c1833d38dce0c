import type { Roll, RollFigures } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { Occupancy } from '../estate/Occupancy.tsx';
import { CentreLinks } from './CentreLinks.tsx';
import { withQuery } from './query.ts';

/** "a / b": two figures of one column (the header says which is which). */
function Pair({ a, b }: { a: number; b: number }) {
  const { formatNumber } = useI18n();
  return (
    <span className="pair">
      {formatNumber(a)}
      <span className="pair-sep"> / </span>
      {formatNumber(b)}
    </span>
  );
}

function Unaccounted({ n, centre }: { n: number; centre?: string }) {
  const { t, formatNumber } = useI18n();
  if (n === 0) return <span className="muted">0</span>;
  const text = (
    <>
      <span aria-hidden="true">⚠ </span>
      {formatNumber(n)}
      <span className="visually-hidden"> {t('rollView.unaccountedAlert')}</span>
    </>
  );
  return <strong className="roll-alarm">{centre ? <Link to={withQuery('/roll/missing', { centre })}>{text}</Link> : text}</strong>;
}

function Cells({ line, centre }: { line: RollFigures; centre?: string }) {
  const { t, formatNumber } = useI18n();
  return (
    <>
      <td className="num" data-column="onRoll">
        <strong>{formatNumber(line.on_roll)}</strong>
      </td>
      <td className="num" data-column="in">
        {formatNumber(line.in)}
      </td>
      <td className="num" data-column="out">
        {formatNumber(line.out)}
        <span className="cell-note nowrap">{t('rollView.outCourt', { count: formatNumber(line.out_court) })}</span>
        <span className="cell-note nowrap">{t('rollView.outHospital', { count: formatNumber(line.out_hospital) })}</span>
      </td>
      <td className="num" data-column="enRoute">
        <Pair a={line.en_route} b={line.en_route_in} />
      </td>
      <td className={line.unaccounted > 0 ? 'num roll-alarm-cell' : 'num'} data-column="unaccounted">
        <Unaccounted n={line.unaccounted} {...(centre ? { centre } : {})} />
      </td>
      <td className="num" data-column="today">
        <Pair a={line.arrived_today} b={line.left_today} />
      </td>
      <td className="num" data-column="legal">
        <Pair a={line.pretrial} b={line.sentenced} />
      </td>
      <td className="num nowrap" data-column="beds">
        <span className="bed-line">{t('rollView.bedsDesign', { count: formatNumber(line.design_capacity) })}</span>
        <span className="bed-line">{t('rollView.bedsWorking', { count: formatNumber(line.working_capacity) })}</span>
        <span className="bed-line">{t('rollView.bedsMax', { count: formatNumber(line.max_capacity) })}</span>
      </td>
      <td className="num" data-column="occupancy">
        <Occupancy line={line} />
      </td>
    </>
  );
}

/** The roll of several centres, one row each, with the totals of the caseload (national for HQ). */
export function RollTable({ roll, national }: { roll: Roll; national: boolean }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact roll-live-table">
        <caption>{t('rollView.caption', { count: roll.centres.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rollView.col.centre')}</th>
            <th scope="col" className="num">
              {t('rollView.col.onRoll')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.in')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.out')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.enRoute')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.unaccounted')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.today')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.legal')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.beds')}
            </th>
            <th scope="col" className="num">
              {t('rollView.col.occupancy')}
            </th>
          </tr>
        </thead>
        <tbody>
          {roll.centres.map((line) => (
            <tr key={line.code}>
              <th scope="row">
                <Link to={withQuery('/roll', { centre: line.code })} className="code">
                  {line.code}
                </Link>
                <span className="cell-note">{line.name}</span>
                <CentreLinks code={line.code} compact />
              </th>
              <Cells line={line} centre={line.code} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="roll-live-totals">
            <th scope="row">{t(national ? 'rollView.totalNational' : 'rollView.total')}</th>
            <Cells line={roll.totals} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
