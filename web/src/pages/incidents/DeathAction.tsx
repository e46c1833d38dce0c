import { useQuery } from '@tanstack/react-query';
import type { IncidentDetail, InvolvedPerson } from '../../../../src/modules/incidents/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { listName } from '../../people.ts';
import { Link } from '../../router.tsx';
import { useSession } from '../../session.ts';
import { deathsApi } from '../deaths/api.ts';
import { deathKeys } from '../deaths/queries.ts';
import { mayDeaths } from '../deaths/roles.ts';

/** Whether the report says this person died: a fatal injury, or the victim of a death or a homicide. */
export function diedIn(report: Pick<IncidentDetail, 'type'>, person: Pick<InvolvedPerson, 'injury' | 'role'>): boolean {
  return person.injury === 'fatal' || (person.role === 'victim' && (report.type === 'death' || report.type === 'homicide'));
}

/**
 * For a person who died in the incident, to those who may read the deaths register: its entry
 * when the death is recorded, else (to those who may write it) the form to record it from this
 * report. Nothing for others, nor while the register is being read.
 */
export function DeathAction({ report, person }: { report: IncidentDetail; person: InvolvedPerson }) {
  const { t } = useI18n();
  const { user } = useSession();
  const shown = diedIn(report, person) && mayDeaths(user, 'read');
  // The register filtered to this person: an empty page when the death is not recorded yet.
  const query = { person: person.person, limit: 1 };
  const entry = useQuery({ queryKey: deathKeys.list(query), queryFn: () => deathsApi.list(query), enabled: shown });
  if (!shown || !entry.data) return null;
  const name = listName(person);
  if (entry.data.items.length > 0) {
    return (
      <Link to={`/deaths/${encodeURIComponent(person.person)}`} className="cell-note death-link" aria-label={t('inc.people.deathEntryOf', { name })}>
        {t('inc.people.deathEntry')}
      </Link>
    );
  }
  if (!mayDeaths(user, 'write')) return null;
  const to = `/deaths/new?person=${encodeURIComponent(person.person)}&incident=${encodeURIComponent(report.id)}`;
  return (
    <Link to={to} className="cell-note death-link" aria-label={t('inc.people.recordDeathOf', { name })}>
      {t('inc.people.recordDeath')}
    </Link>
  );
}
