import type { LocationChange } from '../../api.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useLocationHistory } from './queries.ts';

/** Capacity and status changes of a location, newest first, with their reasons. */
export function LocationHistory({ code, timeZone }: { code: string; timeZone: string }) {
  const { t, formatWhen } = useI18n();
  const history = useLocationHistory(code);

  const value = (change: LocationChange, raw: string) => {
    if (change.kind === 'status') {
      const key = `locationStatus.${raw}`;
      return t(key as MessageKey);
    }
    // design/working/max, "-" where none was set
    return raw.split('/').join(' / ');
  };

  return (
    <section aria-labelledby="location-history">
      <h3 id="location-history">{t('locationAdmin.history')}</h3>
      <LoadState query={history} />
      {history.data?.length === 0 && <p className="muted">{t('locationAdmin.historyEmpty')}</p>}
      {history.data && history.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption>{t('locationAdmin.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('locationAdmin.when')}</th>
                <th scope="col">{t('locationAdmin.change')}</th>
                <th scope="col">{t('locationAdmin.before')}</th>
                <th scope="col">{t('locationAdmin.after')}</th>
                <th scope="col">{t('locationAdmin.reason')}</th>
                <th scope="col">{t('locationAdmin.by')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.map((change, index) => (
                <tr key={`${change.at}-${index}`}>
                  <td className="nowrap">{formatWhen(change.at, timeZone)}</td>
                  <td>{t(change.kind === 'status' ? 'locationAdmin.kind.status' : 'locationAdmin.kind.capacity')}</td>
                  <td className="nowrap">{value(change, change.oldValue)}</td>
                  <td className="nowrap">{value(change, change.newValue)}</td>
                  <td>{change.reason}</td>
                  <td className="code">{change.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
