import { useCallback } from 'react';
import { rollApi } from '../../api-roll.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { useLoad } from '../../useLoad.ts';
import { centreLabel, useCaseloadCentres } from './centres.ts';
import { CentrePicker, chosenCentre } from './CentrePicker.tsx';
import { DeclareEmergencyForm } from './DeclareEmergencyForm.tsx';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { EmergencyHistory } from './EmergencyHistory.tsx';
import { useSearchParam, withQuery } from './query.ts';
import { mayRoll } from './roles.ts';

/** A centre's emergency: the active one, or (for directors) the form to declare one; and the past ones. */
export function EmergencyStartPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const [centres, reloadCentres] = useCaseloadCentres();
  const centre = chosenCentre(useSearchParam('centre'), centres);
  const fetchState = useCallback(
    async () =>
      centre
        ? Promise.all([rollApi.emergencies(centre), rollApi.roll({ centre })]).then(([list, roll]) => ({
            emergencies: list.emergencies,
            inside: roll.centres.find((c) => c.code === centre)?.in ?? 0,
          }))
        : null,
    [centre],
  );
  const [load, reload] = useLoad(fetchState, centre);
  const name = centre ? centreLabel(centres, centre) : '';
  const active = load.status === 'ready' ? load.data?.emergencies.find((e) => e.status === 'active') : undefined;

  return (
    <Page
      title={centre ? t('emergency.titleCentre', { centre }) : t('emergency.title')}
      heading={t('emergency.title')}
      intro={centre ? name : t('emergency.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('emergency.title') }]} />}
    >
      {(!centre || (centres.status === 'ready' && centres.data.length > 1)) && (
        <CentrePicker centres={centres} retry={reloadCentres} path="/roll/emergency" current={centre} />
      )}
      {centre && <LoadState load={load} retry={reload} />}
      {load.status === 'ready' && load.data && (
        <>
          {active ? (
            <EmergencyBanner emergency={active} centreName={name} link />
          ) : mayRoll(user, 'emergency.declare') ? (
            <DeclareEmergencyForm centre={centre} centreName={name} inside={load.data.inside} />
          ) : (
            <p className="alert alert-info">{t('emergency.declare.onlyDirector')}</p>
          )}
          <EmergencyHistory emergencies={load.data.emergencies.filter((e) => e !== active)} centre={centre} />
        </>
      )}
    </Page>
  );
}
