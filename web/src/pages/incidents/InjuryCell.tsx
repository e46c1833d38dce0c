import { useId, useState } from 'react';
import { INJURY_LEVELS, type ChangePersonInput, type IncidentDetail, type InjuryLevel, type InvolvedPerson } from '../../../../src/modules/incidents/schemas.ts';
import { errorText } from '../../errors.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { incidentsApi } from './api.ts';
import { useReportWrite } from './queries.ts';

/** A person's injury, changeable while the report is open (an injury found later): a select and a save button. */
export function InjuryCell({ report, person }: { report: IncidentDetail; person: InvolvedPerson }) {
  const { t } = useI18n();
  const id = useId();
  const [injury, setInjury] = useState<InjuryLevel>(person.injury);
  const change = useReportWrite(report.id, (input: ChangePersonInput) => incidentsApi.changePerson(report.id, person.person, person.role, input));
  const label = t('inc.people.setInjury', { name: listName(person), role: t(`inc.role.${person.role}`) });
  return (
    <span className="incident-injury">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} value={injury} onChange={(event) => setInjury(event.target.value as InjuryLevel)}>
        {INJURY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`inc.injury.${level}`)}
          </option>
        ))}
      </select>
      {injury !== person.injury && (
        <button
          type="button"
          className="button button-secondary button-small"
          disabled={change.isPending}
          onClick={() => change.mutate({ version: report.version, injury, note: person.note })}
        >
          {t('inc.end.save')}
        </button>
      )}
      {change.error && <span className="field-error">{errorText(change.error, t)}</span>}
    </span>
  );
}
