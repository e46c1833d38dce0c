import type { CentreDetail } from '../../api.ts';
import { useI18n } from '../../i18n/index.ts';
import { hasRole, useSession } from '../../session.ts';
import { AuthorityForm } from './AuthorityForm.tsx';

/** What the centre is, where, for whom, and who controls it (with the history of control). */
export function CentreFacts({ centre }: { centre: CentreDetail }) {
  const { t, formatDate, formatWhen } = useI18n();
  const { user } = useSession();
  const current = centre.authorityHistory[0];
  return (
    <div className="facts-grid">
      <section className="panel" aria-labelledby="centre-facts">
        <h2 id="centre-facts">{t('centre.facts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('centres.code')}</dt>
            <dd className="code">{centre.code}</dd>
          </div>
          <div>
            <dt>{t('centres.type')}</dt>
            <dd>{t(`centreType.${centre.type}`)}</dd>
          </div>
          <div>
            <dt>{t('centres.sex')}</dt>
            <dd>{t(`centreSex.${centre.sex}`)}</dd>
          </div>
          <div>
            <dt>{t('centres.city')}</dt>
            <dd>
              {centre.city}, {centre.province}
            </dd>
          </div>
          <div>
            <dt>{t('roll.authority')}</dt>
            <dd>
              <strong>{t(`authority.${centre.authority}`)}</strong>
              {current?.since && <span className="cell-note">{t('centre.authoritySince', { date: formatDate(current.since) })}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('centre.capacitySource')}</dt>
            <dd>{t(centre.capacityEstimated ? 'centre.capacityEstimated' : 'centre.capacityPublished')}</dd>
          </div>
        </dl>
      </section>
      <section className="panel" aria-labelledby="centre-authority">
        <h2 id="centre-authority">{t('centre.authorityHistory')}</h2>
        {centre.authorityHistory.length === 0 ? (
          <p className="muted">{t('centre.authorityNone')}</p>
        ) : (
          <ol className="history-list">
            {centre.authorityHistory.map((record) => (
              <li key={`${record.since}-${record.recordedAt}`}>
                <strong>{t(`authority.${record.authority}`)}</strong>
                <span>{record.since ? t('centre.authoritySince', { date: formatDate(record.since) }) : t('centre.sinceUnknown')}</span>
                <span className="muted">{record.decree ? t('centre.decree', { decree: record.decree }) : t('centre.noDecree')}</span>
                <span className="cell-note">{t('common.recorded', { when: formatWhen(record.recordedAt, centre.timezone), who: record.recordedBy })}</span>
              </li>
            ))}
          </ol>
        )}
        {hasRole(user, 'admin') && <AuthorityForm centre={centre} />}
      </section>
    </div>
  );
}
