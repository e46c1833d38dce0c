import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { useCentres } from '../../queries.ts';
import { CentreHousingLinks } from './CentreHousingLinks.tsx';

/** Housing at a glance: where to move a person, and each centre's power map and overrides. */
export function HousingPage() {
  const { t } = useI18n();
  const centres = useCentres();
  return (
    <Page title={t('housing.title')} intro={t('housing.intro')}>
      <p>
        <Link to="/persons">{t('housing.toPeople')}</Link>
      </p>
      <LoadState query={centres} />
      {centres.data && (
        <div className="table-wrap">
          <table className="data-table" data-testid="housing-centres">
            <caption>{t('housing.caption', { count: centres.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('housing.col.centre')}</th>
                <th scope="col">{t('housing.col.views')}</th>
              </tr>
            </thead>
            <tbody>
              {centres.data.map((c) => (
                <tr key={c.code}>
                  <th scope="row">
                    <Link to={`/centres/${encodeURIComponent(c.code)}`}>{c.name}</Link> <span className="code">{c.code}</span>
                  </th>
                  <td>
                    <CentreHousingLinks code={c.code} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
