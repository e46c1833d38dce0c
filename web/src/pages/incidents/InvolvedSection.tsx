import { useState, type ReactNode } from 'react';
import type { IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';

interface Props<T> {
  report: IncidentDetail;
  /** The id of the section's heading, and the section's test id. */
  id: 'incident-people' | 'incident-staff';
  title: string;
  none: string;
  caption: string;
  columns: readonly string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The row's first cell (its header) and the others, up to the remove button. */
  cells: (row: T) => ReactNode;
  rowProps?: (row: T) => Record<`data-${string}`, string>;
  /** The removal of a row (only while the report allows it), and its button's label for a screen reader. */
  remove: { mutate: (row: T) => void; isPending: boolean; error: Error | null };
  removeLabel: (row: T) => string;
  addLabel: string;
  addForm: (onDone: () => void) => ReactNode;
}

/** A table of those involved (people or staff) with their remove buttons, and the form that adds one. */
export function InvolvedSection<T>({ report, id, title, none, caption, columns, rows, rowKey, cells, rowProps, remove, removeLabel, addLabel, addForm }: Props<T>) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <section className="panel" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {remove.error && <ErrorAlert>{errorText(remove.error, t)}</ErrorAlert>}
      {rows.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
                {report.allowed.remove && <td />}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={rowKey(row)} {...rowProps?.(row)}>
                  {cells(row)}
                  {report.allowed.remove && (
                    <td>
                      <button type="button" className="button button-link" disabled={remove.isPending} onClick={() => remove.mutate(row)} aria-label={removeLabel(row)}>
                        {t('inc.list.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.allowed.grow &&
        (adding ? (
          addForm(() => setAdding(false))
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {addLabel}
          </button>
        ))}
    </section>
  );
}
