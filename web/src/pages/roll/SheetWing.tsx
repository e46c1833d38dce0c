import type { RollSheet } from '../../api-roll.ts';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { useCentreTime } from './clock.ts';
import { PersonPhoto } from './PersonPhoto.tsx';

type Cell = RollSheet['cells'][number];
type Person = Cell['people'][number];

function situation(person: Person, t: (key: MessageKey) => string): string {
  if (person.state === 'in') return '';
  if (person.state === 'out') return t(`personState.out.${person.outReason ?? 'other'}` as MessageKey);
  return t(`personState.${person.state}` as MessageKey);
}

/** One printed page: a wing's cells with the people expected in each (photograph when held), a box to tick, and a signature line. */
export function SheetWing({ sheet, wing }: { sheet: RollSheet; wing: { code: string; name: string; cells: Cell[] } }) {
  const { t, formatNumber } = useI18n();
  const { when: formatWhen } = useCentreTime(sheet.centre.code);
  const people = wing.cells.reduce((n, c) => n + c.people.length, 0);
  const title = wing.name === sheet.pavilion.name ? sheet.pavilion.name : `${sheet.pavilion.name} · ${wing.name}`;
  return (
    <section className="sheet-page" aria-label={title}>
      <header className="sheet-head">
        <h2>{title}</h2>
        <p>
          {sheet.centre.name} ({sheet.centre.code}) · {t('sheet.generated', { when: formatWhen(sheet.generatedAt) })} ·{' '}
          {t('sheet.wingTotal', { count: formatNumber(people) })}
        </p>
      </header>
      <table className="sheet-table">
        <caption className="visually-hidden">{t('sheet.caption', { wing: title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sheet.col.cell')}</th>
            <th scope="col" className="sheet-photo">
              {t('missingScale.col.photo')}
            </th>
            <th scope="col">{t('sheet.col.person')}</th>
            <th scope="col">{t('sheet.col.id')}</th>
            <th scope="col">{t('sheet.col.legal')}</th>
            <th scope="col">{t('sheet.col.risk')}</th>
            <th scope="col">{t('sheet.col.note')}</th>
            <th scope="col" className="sheet-check">
              {t('sheet.col.check')}
            </th>
          </tr>
        </thead>
        {wing.cells.map((cell) => (
          <tbody key={cell.code} className="sheet-cell">
            {cell.people.length === 0 ? (
              <tr>
                <th scope="row">
                  {cell.name}
                  <span className="code-note">{cell.code}</span>
                </th>
                <td colSpan={6} className="muted">
                  {cell.status === 'active' ? t('sheet.empty') : t(`locationStatus.${cell.status}`)}
                </td>
                <td className="sheet-check" />
              </tr>
            ) : (
              cell.people.map((p, index) => (
                <tr key={p.id}>
                  {index === 0 && (
                    <th scope="rowgroup" rowSpan={cell.people.length}>
                      {cell.name}
                      <span className="code-note">{cell.code}</span>
                    </th>
                  )}
                  <td className="sheet-photo">
                    <PersonPhoto id={p.id} name={listName(p)} held={p.photo !== null} />
                  </td>
                  <td>
                    <strong>{listName(p)}</strong>
                    {p.aliases.length > 0 && <span className="cell-note">{t('sheet.alias', { aliases: p.aliases.join(', ') })}</span>}
                  </td>
                  <td className="code">{p.id}</td>
                  <td>{p.legalStatus ? t(`legalStatus.${p.legalStatus}` as MessageKey) : '—'}</td>
                  <td>{p.risk ? t(`risk.${p.risk}` as MessageKey) : '—'}</td>
                  <td>{situation(p, t)}</td>
                  <td className="sheet-check">
                    <span className="sheet-box" aria-hidden="true" />
                  </td>
                </tr>
              ))
            )}
          </tbody>
        ))}
      </table>
      <dl className="sheet-sign">
        <div>
          <dt>{t('sheet.countedBy')}</dt>
          <dd />
        </div>
        <div>
          <dt>{t('sheet.time')}</dt>
          <dd />
        </div>
        <div>
          <dt>{t('sheet.signature')}</dt>
          <dd />
        </div>
      </dl>
    </section>
  );
}
