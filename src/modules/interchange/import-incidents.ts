import type { AuditedTransaction } from '../audit/index.ts';
import { insertImportedDeaths } from '../deaths/index.ts';
import { insertImportedIncidents } from '../incidents/index.ts';
import { insertImportedSeizures } from '../intelligence/index.ts';
import { findLocations } from '../estate/index.ts';
import { listDeaths } from '../roll/index.ts';
import type { Bundle, DeathRow } from './bundle.ts';

/**
 * Writes incidents.csv, incident_people.csv, deaths.csv and seizures.csv, after movements.csv and
 * the deaths of deaths.csv are replayed (so every death movement is on the roll): incidents as
 * closed reports, the people involved, the register's details of each death, and the finds.
 * A deaths.csv row that says no more than its death movement (cause pending, no description, no
 * incident, the place the person was) adds no details: the register reads it as the movement alone.
 */
export async function insertIncidentFiles(w: AuditedTransaction, bundle: Bundle, actor: string, importedAt: Date): Promise<void> {
  await insertImportedIncidents(
    w,
    bundle.incidents.map((i) => ({ ...i, startedAt: new Date(i.startedAt), endedAt: i.endedAt === null ? null : new Date(i.endedAt) })),
    bundle.incidentPeople.map(({ line: _line, ...p }) => p),
    actor,
    importedAt,
  );

  if (bundle.deaths.length > 0) {
    const dying = new Set(bundle.deaths.map((d) => d.person));
    const lastPlace = new Map((await listDeaths(w.tx, { centres: null })).filter((d) => dying.has(d.person)).map((d) => [d.person, d.location ?? d.centre]));
    const centreOf = new Map((await findLocations(w.tx, bundle.deaths.map((d) => d.location))).map((l) => [l.code, l.centre]));
    const saysMore = (d: DeathRow) => d.cause !== 'pending' || d.description !== null || d.incident !== null || lastPlace.get(d.person) !== d.location;
    await insertImportedDeaths(
      w,
      bundle.deaths.filter(saysMore).map((d) => {
        const centre = centreOf.get(d.location);
        return {
          person: d.person,
          at: new Date(d.at),
          // A code that is no location is a centre's (checked).
          centre: centre ?? d.location,
          location: centre === undefined ? null : d.location,
          cause: d.cause,
          circumstances: d.description ?? '',
          incident: d.incident,
        };
      }),
      actor,
      importedAt,
    );
  }

  await insertImportedSeizures(
    w,
    bundle.seizures.map(({ line: _line, ...s }) => ({ ...s, at: new Date(s.at) })),
    actor,
    importedAt,
  );
}
