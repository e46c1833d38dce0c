import { LoadState } from '../../components/LoadState.tsx';
import { hasMessage, useI18n } from '../../i18n/index.ts';
import { FindingList } from './FindingList.tsx';
import { useSuggestedCells } from './queries.ts';

interface SuggestedCellsPanelProps {
  person: string;
  chosen: string;
  onChoose: (cell: string) => void;
}

/**
 * The best cells of the person's centre for them (nothing blocks; fewest warnings; emptiest
 * first), each chosen with one click, and how many cells were ruled out for which reason.
 */
export function SuggestedCellsPanel({ person, chosen, onChoose }: SuggestedCellsPanelProps) {
  const { t, tn, formatNumber } = useI18n();
  // The warnings come written in the user's language: asked again when it changes.
  const suggested = useSuggestedCells(person);
  const data = suggested.data;
  const codeName = (code: string) => {
    const key = `placementCode.${code}`;
    return hasMessage(key) ? t(key) : code;
  };

  return (
    <section className="panel" aria-labelledby="suggested-title">
      <h2 id="suggested-title">{t('suggested.title')}</h2>
      <LoadState query={suggested} />
      {data && (
        <>
          <p className="field-hint">
            {tn('suggested.considered', data.considered)}
            {Object.keys(data.ruledOut).length > 0 && ` ${t('suggested.ruledOutLead')}`}
          </p>
          {Object.keys(data.ruledOut).length > 0 && (
            <ul className="ruled-out" aria-label={t('suggested.ruledOut')} data-testid="ruled-out">
              {Object.entries(data.ruledOut)
                .sort((a, b) => b[1] - a[1])
                .map(([code, n]) => (
                  <li key={code} data-code={code}>
                    <strong>{formatNumber(n)}</strong> {codeName(code)}
                  </li>
                ))}
            </ul>
          )}
          {data.cells.length === 0 ? (
            <p className="empty-state">{t('suggested.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table data-table-compact" data-testid="suggested-cells">
                <caption>{t('suggested.caption', { count: data.cells.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('suggested.col.cell')}</th>
                    <th scope="col">{t('suggested.col.where')}</th>
                    <th scope="col" className="num">
                      {t('suggested.col.occupancy')}
                    </th>
                    <th scope="col">{t('suggested.col.warnings')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('suggested.col.choose')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.cells.map((c) => (
                    <tr key={c.code} data-cell={c.code} className={c.code === chosen ? 'row-chosen' : undefined}>
                      <th scope="row">
                        {c.name} <span className="code-note">{c.code}</span>
                      </th>
                      <td className="code">{c.wing ?? c.pavilion ?? '—'}</td>
                      <td className="num nowrap">
                        {t('suggested.occupancy', {
                          occupants: formatNumber(c.occupants),
                          working: c.workingCapacity === null ? '—' : formatNumber(c.workingCapacity),
                          max: c.maxCapacity === null ? '—' : formatNumber(c.maxCapacity),
                        })}
                      </td>
                      <td>{c.warnings.length === 0 ? <span className="muted">{t('suggested.noWarnings')}</span> : <FindingList items={c.warnings} tone="warn" />}</td>
                      <td>
                        <button
                          type="button"
                          className={`button button-small ${c.code === chosen ? 'button-primary' : 'button-secondary'}`}
                          aria-pressed={c.code === chosen}
                          onClick={() => onChoose(c.code)}
                        >
                          {t('suggested.choose', { cell: c.code })}
                        </button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
