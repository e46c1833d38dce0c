import { useState } from 'react';
import type { IncidentDetail } from '../../../../src/modules/incidents/schemas.ts';
import { ErrorAlert } from '../../components/Alert.tsx';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';
import { AddPersonForm } from './AddPersonForm.tsx';
import { incidentsApi } from './api.ts';
import { InjuryCell } from './InjuryCell.tsx';
import { useReportWrite } from './queries.ts';

/** The people in custody involved, each in a role with an injury; added by search while the report is open. */
export function PeopleSection({ report }: { report: IncidentDetail }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const remove = useReportWrite(report.id, ({ person, role }: { person: string; role: string }) =>
    incidentsApi.removePerson(report.id, person, role, report.version),
  );
  return (
    <section className="panel" aria-labelledby="incident-people" data-testid="incident-people">
      <h2 id="incident-people">{t('inc.people.title')}</h2>
      {remove.error && <ErrorAlert>{errorText(remove.error, t)}</ErrorAlert>}
      {report.people.length === 0 ? (
        <p className="muted">{t('inc.people.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table data-table-compact">
            <caption className="visually-hidden">{t('inc.people.caption', { count: report.people.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inc.people.col.person')}</th>
                <th scope="col">{t('inc.people.col.role')}</th>
                <th scope="col">{t('inc.people.col.injury')}</th>
                <th scope="col">{t('inc.people.col.note')}</th>
                {report.allowed.remove && <td />}
              </tr>
            </thead>
            <tbody>
              {report.people.map((p) => (
                <tr key={`${p.person}-${p.role}`} data-person={p.person}>
                  <th scope="row">
                    <Link to={`/persons/${encodeURIComponent(p.person)}`}>{listName(p)}</Link>
                    <span className="code-note">{p.person}</span>
                  </th>
                  <td>{t(`inc.role.${p.role}`)}</td>
                  <td>{report.allowed.grow ? <InjuryCell report={report} person={p} /> : t(`inc.injury.${p.injury}`)}</td>
                  <td>{p.note}</td>
                  {report.allowed.remove && (
                    <td>
                      <button
                        type="button"
                        className="button button-link"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate({ person: p.person, role: p.role })}
                        aria-label={t('inc.people.remove', { name: listName(p), role: t(`inc.role.${p.role}`) })}
                      >
                        {t('inc.list.remove')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.allowed.grow &&
        (adding ? (
          <AddPersonForm report={report} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
            {t('inc.people.add')}
          </button>
        ))}
    </section>
  );
}
