import { useState } from 'react';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { fullName } from '../../people.ts';
import { useCentres } from '../../queries.ts';
import { CellMoveHistory } from '../housing/CellMoveHistory.tsx';
import { PersonHousing } from '../housing/PersonHousing.tsx';
import { useSearchParam } from '../roll/query.ts';
import { ClassificationPanel } from './ClassificationPanel.tsx';
import { CustodyHistory } from './CustodyHistory.tsx';
import { IdentificationPanel } from './IdentificationPanel.tsx';
import { LegalSummary } from './LegalSummary.tsx';
import { MovementForm, type MovementAction } from './MovementForm.tsx';
import { MovementList } from './MovementList.tsx';
import { NextOfKinList } from './NextOfKinList.tsx';
import { PersonIdentity } from './PersonIdentity.tsx';
import { PretrialClockPanel } from './PretrialClockPanel.tsx';
import { usePerson } from './queries.ts';
import { Whereabouts } from './Whereabouts.tsx';
import { DeathLink } from '../deaths/DeathLink.tsx';
import { IncidentsOf } from '../incidents/IncidentsOf.tsx';

/**
 * A person's file: who they are, where they are now, the pretrial clock, classification, whom
 * they must be kept apart from, group memberships, their custody, movements and cell moves.
 */
export function PersonPage({ id }: { id: string }) {
  const { t } = useI18n();
  const person = usePerson(id);
  const centres = useCentres();
  const [note, setNote] = useState<MessageKey | null>(null);
  // Back from the cell-move screen: that move was recorded.
  const done = useSearchParam('done');

  // After a movement (the write reads the file again, without blanking the page).
  const recorded = (action: MovementAction) => setNote(`mv.done.${action}`);
  const crumbs = (name: string) => <Breadcrumb items={[{ label: t('persons.title'), to: '/persons' }, { label: name }]} />;

  const file = person.data;
  if (!file) {
    return (
      <Page title={id} breadcrumb={crumbs(id)}>
        <LoadState query={person} />
      </Page>
    );
  }

  const name = fullName(file.person);
  const current = file.episodes.find((e) => e.releasedAt === null) ?? null;
  const centreName = (code: string | null) => (code ? (centres.data?.find((c) => c.code === code)?.name ?? code) : '');

  return (
    <Page
      title={name}
      intro={
        <>
          {t('person.id')} <span className="code">{file.person.id}</span>
          {file.person.aliases.length > 0 && <> · {t('person.aliasesInline', { aliases: file.person.aliases.join(', ') })}</>}
        </>
      }
      breadcrumb={crumbs(name)}
    >
      {note && <SuccessNote>{t(note)}</SuccessNote>}
      {!note && done === 'cell_move' && <SuccessNote>{t('move.done.internal_move')}</SuccessNote>}
      {!note && done === 'admission' && <SuccessNote>{t('person.admitted', { id: file.person.id })}</SuccessNote>}
      {file.movements.some((m) => m.type === 'death') && (
        <p>
          <DeathLink person={file.person.id} label="death.personLink" />
        </p>
      )}
      <div className="person-top">
        <Whereabouts current={file.current} centreName={centreName} lastEpisode={file.episodes[0] ?? null} />
        {current && <LegalSummary episode={current} />}
      </div>
      {file.pretrialClock && <PretrialClockPanel clock={file.pretrialClock} />}
      <IdentificationPanel person={file.person} centre={file.current?.centre ?? file.episodes[0]?.centre ?? null} />
      {file.current && <MovementForm personId={file.person.id} current={file.current} movements={file.movements} onRecorded={recorded} />}
      {current && <ClassificationPanel personId={file.person.id} centre={current.centre} />}
      <PersonHousing personId={file.person.id} />
      <PersonIdentity person={file.person} centre={file.current?.centre ?? file.episodes[0]?.centre ?? null} />
      <CustodyHistory episodes={file.episodes} centreName={centreName} />
      <MovementList movements={file.movements} />
      <CellMoveHistory personId={file.person.id} />
      <IncidentsOf person={file.person.id} />
      <NextOfKinList nextOfKin={file.nextOfKin} />
    </Page>
  );
}
