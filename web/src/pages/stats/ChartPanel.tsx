import { useId, useState, type ReactNode } from 'react';
import { csvFileName, downloadText, toCsv, type CsvColumn } from '../../csv.ts';
import { useI18n } from '../../i18n/index.ts';
import { Chart, type PlotLibrary } from './Chart.tsx';

/**
 * A column of a chart's table: the cell as the table shows it (`text`, in the user's language)
 * and as the CSV file has it (`value`: the plain number, so that a spreadsheet can add it up).
 */
export interface StatsColumn<T> extends CsvColumn<T> {
  text?: (row: T) => ReactNode;
  numeric?: boolean;
}

export interface StatsTable<T> {
  caption: string;
  columns: StatsColumn<T>[];
  rows: T[];
  /** The first column names the row (a centre, a month). */
  rowKey: (row: T) => string;
  /** A last row of totals. */
  footer?: T;
}

/** A chart's figures as a table (the first column heads each row), with an optional totals row. */
export function FiguresTable<T>({ table }: { table: StatsTable<T> }) {
  const cell = (column: StatsColumn<T>, row: T) => (column.text ? column.text(row) : column.value(row));
  const line = (row: T, footer: boolean) => (
    <tr key={footer ? '—total' : table.rowKey(row)}>
      {table.columns.map((column, i) =>
        i === 0 ? (
          <th key={column.header} scope="row">
            {cell(column, row)}
          </th>
        ) : (
          <td key={column.header} className={column.numeric === false ? undefined : 'num'}>
            {cell(column, row)}
          </td>
        ),
      )}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className="data-table data-table-compact stats-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={column.header} scope="col" className={i > 0 && column.numeric !== false ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{table.rows.map((row) => line(row, false))}</tbody>
        {table.footer !== undefined && <tfoot>{line(table.footer, true)}</tfoot>}
      </table>
    </div>
  );
}

/** "Descargar CSV": the table's figures as a file (cells a spreadsheet would run as formulas are neutralised). */
export function CsvButton<T>({ table, fileWords }: { table: StatsTable<T>; fileWords: string[] }) {
  const { t } = useI18n();
  const [done, setDone] = useState('');
  function download() {
    const file = csvFileName(...fileWords);
    const rows = table.footer === undefined ? table.rows : [...table.rows, table.footer];
    downloadText(file, toCsv(table.columns, rows));
    setDone(t('stats.csv.done', { file }));
  }
  return (
    <span className="csv-export">
      <button type="button" className="button button-secondary button-small" onClick={download}>
        {t('stats.csv.download')}
      </button>
      <span className="csv-status" role="status">
        {done}
      </span>
    </span>
  );
}

interface ChartPanelProps<T> {
  title: string;
  /** What the chart shows and how it is counted, in a sentence. */
  note?: string;
  draw: (plot: PlotLibrary, width: number) => Element;
  signature: string;
  table: StatsTable<T>;
  fileWords: string[];
  /** The printed report: the table always shown (no disclosure), charts at a fixed width, no download. */
  print?: boolean;
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
  /** The chart's narrowest width (it scrolls sideways below it). */
  minWidth?: number;
  /** Across the whole page (a chart per centre), not beside another. */
  wide?: boolean;
}

/**
 * One chart with its figures: the drawing, then "Ver como tabla" (the same figures as a table,
 * for screen readers and for checking) and "Descargar CSV". In the printed report the table
 * follows the chart.
 */
export function ChartPanel<T>({ title, note, draw, signature, table, fileWords, print, empty, minWidth, wide }: ChartPanelProps<T>) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className={wide ? 'panel stats-panel stats-panel-wide' : 'panel stats-panel'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p className="muted stats-note">{note}</p>}
      {empty ? <p className="empty-state">{empty}</p> : <Chart draw={draw} signature={signature} label={title} fixedWidth={print ? 680 : undefined} minWidth={minWidth} />}
      {print ? (
        <FiguresTable table={table} />
      ) : (
        <div className="stats-panel-tools">
          <details className="stats-details">
            <summary>{t('stats.asTable')}</summary>
            <FiguresTable table={table} />
          </details>
          <CsvButton table={table} fileWords={fileWords} />
        </div>
      )}
    </section>
  );
}
