import { useCallback, useState } from 'react';
import { api, type LocationSummary } from '../../api.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { BED_KINDS } from '../../vocabulary.ts';
import { CapacityForm } from './CapacityForm.tsx';
import { LocationHistory } from './LocationHistory.tsx';
import { StatusForm } from './StatusForm.tsx';

/** Administrators: change the capacities (locations with beds), close, reopen or mark damaged, and see the history. */
export function LocationAdmin({ location, onChanged }: { location: LocationSummary; onChanged: () => void }) {
  const { t } = useI18n();
  const fetchHistory = useCallback(() => api.locationHistory(location.code).then((r) => r.changes), [location.code]);
  const [history, reloadHistory] = useLoad(fetchHistory, location.code);
  const [done, setDone] = useState<MessageKey | null>(null);

  const changed = (message: MessageKey) => {
    setDone(message);
    onChanged();
    reloadHistory();
  };

  return (
    <section className="admin-area" aria-labelledby="location-admin">
      <h2 id="location-admin">{t('locationAdmin.title')}</h2>
      {done && <SuccessNote>{t(done, { name: location.name })}</SuccessNote>}
      <div className="admin-forms">
        {BED_KINDS.includes(location.kind) && (
          <CapacityForm location={location} onAttempt={() => setDone(null)} onChanged={() => changed('locationAdmin.capacityDone')} />
        )}
        <StatusForm location={location} onAttempt={() => setDone(null)} onChanged={() => changed('locationAdmin.statusDone')} />
      </div>
      <LocationHistory load={history} retry={reloadHistory} />
    </section>
  );
}
