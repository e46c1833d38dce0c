import type { Emergency } from '../../api-roll.ts';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentreTime } from './clock.ts';

/** The centre's past emergencies with their outcome. */
export function EmergencyHistory({ emergencies, centre }: { emergencies: Emergency[]; centre: string }) {
  const { t, formatNumber } = useI18n();
  const { when: formatWhen } = useCentreTime(centre);
  return (
    <section aria-labelledby="emergency-history">
      <h2 id="emergency-history">{t('emergency.history')}</h2>
      {emergencies.length === 0 ? (
        <p className="empty-state">{t('emergency.historyEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption>{t('emergency.historyCaption', { centre, count: emergencies.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('emergency.col.declared')}</th>
                <th scope="col">{t('emergency.col.kind')}</th>
                <th scope="col">{t('emergency.col.status')}</th>
                <th scope="col" className="num">
                  {t('emergency.count.expected')}
                </th>
                <th scope="col" className="num">
                  {t('emergency.count.escaped')}
                </th>
                <th scope="col" className="num">
                  {t('emergency.count.dead')}
                </th>
                <th scope="col">{t('emergency.col.closed')}</th>
              </tr>
            </thead>
            <tbody>
              {emergencies.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/roll/emergency/${e.id}`}>{formatWhen(e.declaredAt)}</Link>
                  </th>
                  <td>{t(`emergencyKind.${e.kind}`)}</td>
                  <td>
                    <span className={`badge ${e.status === 'active' ? 'badge-danger' : 'badge-off'}`}>{t(`emergencyStatus.${e.status}`)}</span>
                  </td>
                  <td className="num">{formatNumber(e.counts.expected)}</td>
                  <td className="num">{formatNumber(e.counts.escaped)}</td>
                  <td className="num">{formatNumber(e.counts.dead)}</td>
                  <td>{e.closedAt ? formatWhen(e.closedAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
