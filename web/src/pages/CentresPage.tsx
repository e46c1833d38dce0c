import { api } from '../api.ts';
import { LoadState } from '../components/LoadState.tsx';
import { Page } from '../components/Page.tsx';
import { useI18n } from '../i18n/index.ts';
import { hasRole, useSession } from '../session.ts';
import { useLoad } from '../useLoad.ts';

/** The centres of the user's caseload. */
export function CentresPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [load, reload] = useLoad(api.centres);

  return (
    <Page title={t('centres.title')} intro={t('centres.intro')}>
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && load.data.centres.length === 0 && (
        <p className="empty-state">{t(hasRole(user, 'admin') && user.caseload.all ? 'centres.emptyAdmin' : 'centres.empty')}</p>
      )}
      {load.status === 'ready' && load.data.centres.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('centres.caption', { count: load.data.centres.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('centres.code')}</th>
                <th scope="col">{t('centres.name')}</th>
                <th scope="col">{t('centres.city')}</th>
                <th scope="col">{t('centres.province')}</th>
                <th scope="col">{t('centres.type')}</th>
                <th scope="col">{t('centres.sex')}</th>
                <th scope="col">{t('centres.authority')}</th>
              </tr>
            </thead>
            <tbody>
              {load.data.centres.map((centre) => (
                <tr key={centre.code}>
                  <th scope="row" className="code">
                    {centre.code}
                  </th>
                  <td>{centre.name}</td>
                  <td>{centre.city}</td>
                  <td>{centre.province}</td>
                  <td>{t(`centreType.${centre.type}`)}</td>
                  <td>{t(`centreSex.${centre.sex}`)}</td>
                  <td>{t(`authority.${centre.authority}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
