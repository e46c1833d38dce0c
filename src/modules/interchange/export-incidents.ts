import type { Queryable } from '../../db/engine.ts';
import { allDeathRecordsForExport } from '../deaths/index.ts';
import { allIncidentsForExport } from '../incidents/index.ts';
import { allSeizuresForExport } from '../intelligence/index.ts';
import type { Bundle, DeathRow } from './bundle.ts';

/** Code order, the same on every machine (the database's collation may differ from it). */
export const compareCodes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A `death` movement on the roll: an entry of the register. */
export interface DeathMovementRow {
  person: string;
  at: Date;
  fromCentre: string | null;
  fromLocation: string | null;
}

const line = (i: number) => i + 2;

/**
 * incidents.csv, incident_people.csv, deaths.csv and seizures.csv of the whole estate, in code
 * order. deaths.csv holds every entry of the register: each death movement, with the details the
 * register holds of it (its cause, place, circumstances, incident), or as cause `pending` in the
 * place the person was when none are written; it is dated by its movement.
 */
export async function exportIncidentFiles(db: Queryable, deathMovements: readonly DeathMovementRow[]): Promise<Pick<Bundle, 'incidents' | 'incidentPeople' | 'deaths' | 'seizures'>> {
  const [incidents, records, seizures] = await Promise.all([allIncidentsForExport(db), allDeathRecordsForExport(db), allSeizuresForExport(db)]);
  const recorded = new Map(records.map((r) => [r.person, r]));
  const deaths: Omit<DeathRow, 'line'>[] = deathMovements.map((m) => {
    const record = recorded.get(m.person);
    recorded.delete(m.person);
    if (!record) return { person: m.person, at: m.at.toISOString(), location: m.fromLocation ?? m.fromCentre ?? '', cause: 'pending', incident: null, description: null };
    return { person: m.person, at: m.at.toISOString(), location: record.location ?? record.centre, cause: record.cause, incident: record.incident, description: record.circumstances || null };
  });
  // Details of a death the roll does not hold (not expected): written too, dated as recorded.
  for (const r of recorded.values()) {
    deaths.push({ person: r.person, at: r.at.toISOString(), location: r.location ?? r.centre, cause: r.cause, incident: r.incident, description: r.circumstances || null });
  }
  return {
    incidents: incidents.incidents
      .sort((a, b) => compareCodes(a.id, b.id))
      .map((i, n) => ({ ...i, startedAt: i.startedAt.toISOString(), endedAt: i.endedAt?.toISOString() ?? null, line: line(n) })),
    incidentPeople: incidents.people
      .sort((a, b) => compareCodes(a.incident, b.incident) || compareCodes(a.person, b.person) || compareCodes(a.role, b.role))
      .map((p, n) => ({ ...p, line: line(n) })),
    deaths: deaths.sort((a, b) => compareCodes(a.person, b.person)).map((d, n) => ({ ...d, line: line(n) })),
    seizures: seizures.sort((a, b) => compareCodes(a.id, b.id)).map((s, n) => ({ ...s, at: s.at.toISOString(), line: line(n) })),
  };
}
