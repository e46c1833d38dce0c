import type { PageOf } from '../../../src/kernel/paging.ts';
import type { CsvColumn } from '../csv.ts';
import { CsvExport } from './CsvExport.tsx';
import { Pager } from './Pager.tsx';

type Window = { offset: number; limit: number };

/**
 * The toolbar above a paged list: the pager for the page shown, and the export to CSV of every
 * page the list's filters select, in the columns the table shows.
 */
export function ListTools<T>({
  page,
  onWindow,
  label,
  busy,
  columns,
  fetchPage,
  fileWords,
}: {
  page: Pick<PageOf<T>, 'total' | 'offset' | 'limit'>;
  onWindow: (window: Window) => void;
  /** What the list is, in words: names the pager for screen readers. */
  label: string;
  busy: boolean;
  columns: readonly CsvColumn<T>[];
  fetchPage: (window: Window) => Promise<PageOf<T>>;
  fileWords: string[];
}) {
  return (
    <div className="list-tools">
      <Pager total={page.total} offset={page.offset} limit={page.limit} onChange={onWindow} label={label} busy={busy} />
      <CsvExport columns={columns} fetchPage={fetchPage} fileWords={fileWords} />
    </div>
  );
}
