import { useState } from 'react';
import type { IncidentAction } from '../../../../src/modules/incidents/schemas.ts';
import { SuccessNote } from '../../components/Alert.tsx';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n, type MessageKey } from '../../i18n/index.ts';
import { useCentreOf } from '../../queries.ts';
import { useSearchParam } from '../roll/query.ts';
import { AddendaSection } from './AddendaSection.tsx';
import { CorrectForm } from './CorrectForm.tsx';
import { EndForm } from './EndForm.tsx';
import { HistorySection } from './HistorySection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import { useIncident } from './queries.ts';
import { ReportFacts } from './ReportFacts.tsx';
import { ReportLists } from './ReportLists.tsx';
import { StaffSection } from './StaffSection.tsx';
import { WorkflowPanel } from './WorkflowPanel.tsx';

/**
 * An incident report: its facts and casualties, the review actions this user may take now,
 * the people and staff involved, weapons, damage and forces, the addenda, and its history. What
 * may be changed is what the server says (`allowed`); a change made meanwhile by someone else
 * (409) is said in words by the form, and the report is read again.
 */
export function IncidentPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useIncident(id);
  const centre = useCentreOf(query.data?.centre);
  const done = useSearchParam('done');
  const [note, setNote] = useState<MessageKey | null>(null);
  const [editing, setEditing] = useState<'correct' | 'end' | null>(null);
  const crumbs = <Breadcrumb items={[{ label: t('inc.title'), to: '/incidents' }, { label: id }]} />;

  const report = query.data;
  if (!report) {
    return (
      <Page title={t('inc.report.title', { id })} breadcrumb={crumbs}>
        <LoadState query={query} />
      </Page>
    );
  }

  const acted = (action: IncidentAction) => setNote(`inc.action.done.${action}`);
  const saved = () => {
    setEditing(null);
    setNote('inc.report.saved');
  };
  const first = !note && (done === 'created' || done === 'sent') ? t(done === 'sent' ? 'inc.report.sent' : 'inc.report.created', { id: report.id }) : null;

  return (
    <Page
      title={t('inc.report.title', { id: report.id })}
      heading={t('inc.report.heading', { type: t(`inc.type.${report.type}`), centre: centre?.name ?? report.centre })}
      intro={t('inc.report.title', { id: report.id })}
      breadcrumb={crumbs}
    >
      <div aria-live="polite">
        {note && <SuccessNote>{t(note)}</SuccessNote>}
        {first && <SuccessNote>{first}</SuccessNote>}
      </div>
      <ReportFacts report={report} />
      {editing === null && (report.allowed.correct || report.allowed.grow) && (
        <div className="row-actions incident-edit-actions">
          {report.allowed.correct && (
            <button type="button" className="button button-secondary" onClick={() => setEditing('correct')}>
              {t('inc.correct.open')}
            </button>
          )}
          {report.allowed.grow && (
            <button type="button" className="button button-secondary" onClick={() => setEditing('end')}>
              {t('inc.end.open')}
            </button>
          )}
        </div>
      )}
      {editing === 'correct' && <CorrectForm key={report.version} report={report} onDone={saved} />}
      {editing === 'end' && <EndForm key={report.version} report={report} onDone={saved} />}
      <WorkflowPanel report={report} onDone={acted} />
      <PeopleSection report={report} />
      <StaffSection report={report} />
      <ReportLists report={report} />
      <AddendaSection report={report} />
      <HistorySection report={report} />
    </Page>
  );
}
