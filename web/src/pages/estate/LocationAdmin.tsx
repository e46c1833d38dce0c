import { useState } from 'react';
import type { LocationSummary } from '../../api-roll.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { BED_KINDS } from '../../vocabulary.ts';
import { CapacityForm } from './CapacityForm.tsx';
import { LocationHistory } from './LocationHistory.tsx';
import { StatusForm } from './StatusForm.tsx';

/** Administrators: change the capacities (locations with beds), close, reopen or mark damaged, and see the history. */
export function LocationAdmin({ location, timeZone }: { location: LocationSummary; timeZone: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState<MessageKey | null>(null);

  // The figures, the tree and the history are read again by the forms' writes (queries.ts).
  const changed = (message: MessageKey) => setDone(message);

  return (
    <section className="admin-area" aria-labelledby="location-admin">
      <h2 id="location-admin">{t('locationAdmin.title')}</h2>
      {done && <SuccessNote>{t(done, { name: location.name })}</SuccessNote>}
      <div className="admin-forms">
        {BED_KINDS.includes(location.kind) && (
          <CapacityForm location={location} onAttempt={() => setDone(null)} onChanged={() => changed('locationAdmin.capacityDone')} />
        )}
        <StatusForm key={location.status} location={location} onAttempt={() => setDone(null)} onChanged={() => changed('locationAdmin.statusDone')} />
      </div>
      <LocationHistory code={location.code} timeZone={timeZone} />
    </section>
  );
}
