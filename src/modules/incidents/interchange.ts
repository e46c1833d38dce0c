import { asc, inArray, sql, type SQL } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk-insert.ts';
import type { Queryable } from '../../db/engine.ts';
import type { IncidentPersonRole, IncidentType } from '../../kernel/vocabulary.ts';
import type { AuditedTransaction } from '../audit/index.ts';
import { incidentPeople, incidents } from './schema.ts';

/**
 * Incidents as the interchange format (incidents.csv, incident_people.csv) carries them: the
 * import's bulk insert and the export's read. An imported report is a closed one (a history of
 * reports already dealt with); its deaths and injuries are kept as the file's totals (as
 * "other" casualties, the people's roles carrying no injury), so the export writes them back.
 */
export interface InterchangeIncident {
  id: string;
  centre: string;
  location: string | null;
  type: IncidentType;
  startedAt: Date;
  endedAt: Date | null;
  /** Everyone who died or was injured: the people and staff recorded plus the other casualties. */
  deaths: number;
  injuries: number;
  description: string;
}

export interface InterchangeIncidentPerson {
  incident: string;
  person: string;
  role: IncidentPersonRole;
}

/** Inserts imported incident reports, closed, and the people involved (no injury recorded). */
export async function insertImportedIncidents(
  w: AuditedTransaction,
  rows: readonly InterchangeIncident[],
  people: readonly InterchangeIncidentPerson[],
  by: string,
  at: Date,
): Promise<void> {
  await bulkInsert(
    w.tx,
    incidents,
    rows.map((r) => ({
      id: r.id,
      centre: r.centre,
      location: r.location,
      type: r.type,
      status: 'closed',
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      description: r.description,
      otherDeaths: r.deaths,
      otherInjuries: r.injuries,
      reportedBy: by,
      reportedAt: at,
    })),
  );
  await bulkInsert(w.tx, incidentPeople, people.map((p) => ({ ...p, injury: 'none', addedAt: at, addedBy: by })));
}

/** The centre and start of each of these incidents that exists, by id. */
export async function findIncidentPlaces(db: Queryable, ids: readonly string[]): Promise<Map<string, { centre: string; startedAt: Date }>> {
  const found = new Map<string, { centre: string; startedAt: Date }>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db
      .select({ id: incidents.id, centre: incidents.centre, startedAt: incidents.startedAt })
      .from(incidents)
      .where(inArray(incidents.id, unique.slice(i, i + 5000)));
    for (const row of rows) found.set(row.id, { centre: row.centre, startedAt: row.startedAt });
  }
  return found;
}

/** Each person involved counted once, at their worst injury (as `countCasualties`): 3 fatal, 1–2 injured. */
const worstOfPeople = (weights: SQL) => sql`(select count(*) from (
  select max(case p.injury when 'fatal' then 3 when 'serious' then 2 when 'minor' then 1 else 0 end) as w
  from incident_people p where p.incident = incidents.id group by p.person) x where x.w in ${weights})`;

/** Every incident (in id order) with its casualties counted, and every person involved (by incident, person, role). */
export async function allIncidentsForExport(db: Queryable): Promise<{ incidents: InterchangeIncident[]; people: InterchangeIncidentPerson[] }> {
  const rows = await db
    .select({
      id: incidents.id,
      centre: incidents.centre,
      location: incidents.location,
      type: incidents.type,
      startedAt: incidents.startedAt,
      endedAt: incidents.endedAt,
      description: incidents.description,
      deaths: sql<number>`${incidents.otherDeaths} + ${worstOfPeople(sql`(3)`)}
        + (select count(*) from incident_staff s where s.incident = incidents.id and s.injury = 'fatal')`.mapWith(Number),
      injuries: sql<number>`${incidents.otherInjuries} + ${worstOfPeople(sql`(1, 2)`)}
        + (select count(*) from incident_staff s where s.incident = incidents.id and s.injury in ('minor', 'serious'))`.mapWith(Number),
    })
    .from(incidents)
    .orderBy(asc(incidents.id));
  const people = await db
    .select({ incident: incidentPeople.incident, person: incidentPeople.person, role: incidentPeople.role })
    .from(incidentPeople)
    .orderBy(asc(incidentPeople.incident), asc(incidentPeople.person), asc(incidentPeople.role));
  return {
    incidents: rows.map((r) => ({ ...r, type: r.type as IncidentType })),
    people: people.map((p) => ({ ...p, role: p.role as IncidentPersonRole })),
  };
}
