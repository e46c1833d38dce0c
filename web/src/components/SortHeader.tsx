export interface Sort<C extends string> {
  column: C;
  direction: 'ascending' | 'descending';
}

interface SortHeaderProps<C extends string> {
  label: string;
  column: C;
  sort: Sort<C>;
  onSort: (column: C) => void;
  numeric?: boolean;
}

/**
 * A column header that sorts the table: a button (keyboard and screen readers), the order
 * announced by aria-sort on the sorted column, an arrow for sighted users.
 */
export function SortHeader<C extends string>({ label, column, sort, onSort, numeric }: SortHeaderProps<C>) {
  const active = sort.column === column;
  const arrow = active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕';
  return (
    <th scope="col" aria-sort={active ? sort.direction : undefined} className={numeric ? 'num' : undefined}>
      <button type="button" className={`sort-button ${active ? 'sort-active' : ''}`} onClick={() => onSort(column)}>
        <span>{label}</span>
        <span className="sort-arrow" aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}

/** The next sort after clicking a column: the same column flips, another starts ascending (numbers descending). */
export function nextSort<C extends string>(sort: Sort<C>, column: C, numeric: boolean): Sort<C> {
  if (sort.column === column) return { column, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
