import type { NextOfKin } from '../../api-people.ts';
import { useI18n } from '../../i18n/index.ts';

/** Who to tell of a transfer, serious illness or death. */
export function NextOfKinList({ nextOfKin }: { nextOfKin: NextOfKin[] }) {
  const { t } = useI18n();
  return (
    <section className="panel" aria-labelledby="person-kin">
      <h2 id="person-kin">{t('kin.title')}</h2>
      {nextOfKin.length === 0 ? (
        <p className="muted">{t('kin.none')}</p>
      ) : (
        <div className="table-wrap table-flat">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{t('kin.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kin.name')}</th>
                <th scope="col">{t('kin.relationship')}</th>
                <th scope="col">{t('kin.phone')}</th>
                <th scope="col">{t('kin.address')}</th>
              </tr>
            </thead>
            <tbody>
              {nextOfKin.map((kin, index) => (
                <tr key={`${kin.name}-${index}`}>
                  <th scope="row">{kin.name}</th>
                  <td>{kin.relationship}</td>
                  <td className="nowrap">{kin.phone ?? '—'}</td>
                  <td>{kin.address ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
