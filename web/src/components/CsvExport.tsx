import { useState } from 'react';
import type { PageOf } from '../../../src/kernel/paging.ts';
import { csvFileName, downloadText, fetchAllPages, toCsv, type CsvColumn } from '../csv.ts';
import { errorText } from '../errors.ts';
import { useI18n } from '../i18n/index.ts';

interface CsvExportProps<T> {
  /** The columns as the table shows them. */
  columns: readonly CsvColumn<T>[];
  /** One page of the list with the filters and sort on screen. */
  fetchPage: (window: { offset: number; limit: number }) => Promise<PageOf<T>>;
  /** Words for the file name ("personas", the location's code). */
  fileWords: string[];
}

/**
 * "Exportar CSV": every row of the list as it is filtered and sorted on screen, all pages, with
 * the columns the table shows; progress and the outcome are announced.
 */
export function CsvExport<T>({ columns, fetchPage, fileWords }: CsvExportProps<T>) {
  const { t, tn, formatNumber } = useI18n();
  const [status, setStatus] = useState<{ busy: boolean; text: string }>({ busy: false, text: '' });

  async function run() {
    setStatus({ busy: true, text: '' });
    try {
      const rows = await fetchAllPages(fetchPage, (done, total) =>
        setStatus({ busy: true, text: t('csv.exporting', { done: formatNumber(done), total: formatNumber(total) }) }),
      );
      const file = csvFileName(...fileWords);
      downloadText(file, toCsv(columns, rows));
      setStatus({ busy: false, text: tn('csv.done', rows.length, { file }) });
    } catch (error) {
      setStatus({ busy: false, text: t('csv.failed', { message: errorText(error, t) }) });
    }
  }

  return (
    <span className="csv-export">
      <button type="button" className="button button-secondary button-small" disabled={status.busy} onClick={() => void run()}>
        {t('csv.export')}
      </button>
      <span className="csv-status" role="status">
        {status.text}
      </span>
    </span>
  );
}
