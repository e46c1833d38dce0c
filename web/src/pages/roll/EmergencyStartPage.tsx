import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useSession } from '../../session.ts';
import { CentrePicker, useChosenCentre } from './CentrePicker.tsx';
import { DeclareEmergencyForm } from './DeclareEmergencyForm.tsx';
import { EmergencyBanner } from './EmergencyBanner.tsx';
import { EmergencyHistory } from './EmergencyHistory.tsx';
import { useEmergencies, useRoll } from './queries.ts';
import { withQuery } from './query.ts';
import { mayRoll } from './roles.ts';

/** A centre's emergency: the active one, or (for directors) the form to declare one; and the past ones. */
export function EmergencyStartPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const { centre, name } = useChosenCentre();
  const emergencies = useEmergencies(centre, undefined, centre !== '');
  const roll = useRoll(centre, undefined, centre !== '');
  const list = emergencies.data;
  const inside = roll.data?.centres.find((c) => c.code === centre)?.in ?? 0;
  const active = list?.find((e) => e.status === 'active');

  return (
    <Page
      title={centre ? t('emergency.titleCentre', { centre }) : t('emergency.title')}
      heading={t('emergency.title')}
      intro={centre ? name : t('emergency.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('emergency.title') }]} />}
    >
      <CentrePicker path="/roll/emergency" />
      {centre && <LoadState query={list ? roll : emergencies} />}
      {centre && list && roll.data && (
        <>
          {active ? (
            <EmergencyBanner emergency={active} centreName={name} link />
          ) : mayRoll(user, 'emergency.declare') ? (
            <DeclareEmergencyForm centre={centre} centreName={name} inside={inside} />
          ) : (
            <p className="alert alert-info">{t('emergency.declare.onlyDirector')}</p>
          )}
          <EmergencyHistory emergencies={list.filter((e) => e !== active)} centre={centre} />
        </>
      )}
    </Page>
  );
}
