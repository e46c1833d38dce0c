import type { IncidentDetail, InvolvedPerson } from '../../../../src/modules/incidents/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';
import { AddPersonForm } from './AddPersonForm.tsx';
import { incidentsApi } from './api.ts';
import { DeathAction } from './DeathAction.tsx';
import { InjuryCell } from './InjuryCell.tsx';
import { InvolvedSection } from './InvolvedSection.tsx';
import { useReportWrite } from './queries.ts';

/**
 * The people in custody involved, each in a role with an injury; added by search while the report
 * is open. One who died has the death's register entry, or the link to record it from here.
 */
export function PeopleSection({ report }: { report: IncidentDetail }) {
  const { t } = useI18n();
  const remove = useReportWrite(report.id, ({ person, role }: InvolvedPerson) => incidentsApi.removePerson(report.id, person, role, report.version));
  return (
    <InvolvedSection
      report={report}
      id="incident-people"
      title={t('inc.people.title')}
      none={t('inc.people.none')}
      caption={t('inc.people.caption', { count: report.people.length })}
      columns={[t('inc.people.col.person'), t('inc.people.col.role'), t('inc.people.col.injury'), t('inc.people.col.note')]}
      rows={report.people}
      rowKey={(p) => `${p.person}-${p.role}`}
      rowProps={(p) => ({ 'data-person': p.person })}
      cells={(p) => (
        <>
          <th scope="row">
            <Link to={`/persons/${encodeURIComponent(p.person)}`}>{listName(p)}</Link>
            <span className="code-note">{p.person}</span>
            <DeathAction report={report} person={p} />
          </th>
          <td>{t(`inc.role.${p.role}`)}</td>
          <td>{report.allowed.grow ? <InjuryCell report={report} person={p} /> : t(`inc.injury.${p.injury}`)}</td>
          <td>{p.note}</td>
        </>
      )}
      remove={remove}
      removeLabel={(p) => t('inc.people.remove', { name: listName(p), role: t(`inc.role.${p.role}`) })}
      addLabel={t('inc.people.add')}
      addForm={(onDone) => <AddPersonForm report={report} onDone={onDone} />}
    />
  );
}
