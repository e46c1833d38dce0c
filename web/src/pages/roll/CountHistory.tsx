import type { CountList } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentreTime } from './clock.ts';

/** The counts of a centre, newest first, each with its figures and a link to its sheet. */
export function CountHistory({ counts, centre }: { counts: CountList['counts']; centre: string }) {
  const { t, formatNumber } = useI18n();
  const { when: formatWhen } = useCentreTime(centre);
  return (
    <section aria-labelledby="count-history">
      <h2 id="count-history">{t('counts.history')}</h2>
      {counts.length === 0 ? (
        <p className="empty-state">{t('counts.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption>{t('counts.caption', { centre, count: counts.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('counts.col.started')}</th>
                <th scope="col">{t('counts.col.kind')}</th>
                <th scope="col">{t('counts.col.status')}</th>
                <th scope="col" className="num">
                  {t('counts.col.expected')}
                </th>
                <th scope="col" className="num">
                  {t('counts.col.counted')}
                </th>
                <th scope="col" className="num">
                  {t('counts.col.discrepancies')}
                </th>
                <th scope="col">{t('counts.col.by')}</th>
                <th scope="col">{t('counts.col.closed')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/roll/counts/${c.id}`}>{formatWhen(c.startedAt)}</Link>
                  </th>
                  <td>{t(`countKind.${c.kind}`)}</td>
                  <td>
                    <span className={`badge ${c.status === 'open' ? 'badge-warn' : 'badge-off'}`}>{t(`countStatus.${c.status}`)}</span>
                  </td>
                  <td className="num">{formatNumber(c.totals.expected)}</td>
                  <td className="num">{formatNumber(c.totals.counted)}</td>
                  <td className="num">{formatNumber(c.totals.discrepancies)}</td>
                  <td>{c.startedBy}</td>
                  <td>{c.closedAt ? t('counts.closedBy', { when: formatWhen(c.closedAt), who: c.closedBy ?? '—' }) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
