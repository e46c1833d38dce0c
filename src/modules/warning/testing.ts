import type { Database } from '../../db/engine.ts';
import { fixedClock } from '../../kernel/clock.ts';
import type { GroupRelation, LegalStatus, MembershipRole, MovementType } from '../../kernel/vocabulary.ts';
import { SYSTEM_ACTOR, type AuditContext } from '../audit/index.ts';
import { addLocation, createCentre, type NewLocation } from '../estate/index.ts';
import { createGroup, recordMembership, recordRelation } from '../groups/index.ts';
import { createIncident } from '../incidents/index.ts';
import { recordSeizure } from '../intelligence/index.ts';
import { admitPerson, recordMovement } from '../roll/index.ts';

/**
 * Factories for the early warning's database tests (test files only): a centre of pavilions, and
 * people, groups, movements, incidents and finds recorded through the modules' own write
 * functions, each at the time it happened (the audit clock set to it).
 */

/** A context whose clock stands at `at`: what a write made then would have seen. */
export const contextAt = (at: Date | string): AuditContext => ({ actor: SYSTEM_ACTOR, clock: fixedClock(at) });

/**
 * A centre `code` with `pavilions` pavilions P1…Pn, each with wing A and cells A-1…A-4
 * (design 4, working 4, maximum 6 each), and a reception unit REC (10/10/20).
 */
export async function buildPavilionCentre(db: Database, code: string, pavilions = 4, at = '2021-01-01T12:00:00Z'): Promise<void> {
  const context = contextAt(at);
  await createCentre(db, context, { code, name: `Centro ${code}`, city: 'Guayaquil', province: 'Guayas', type: 'CRS', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' });
  const loc = (suffix: string, parent: string | null, kind: NewLocation['kind'], name: string, capacity: number | null): NewLocation => ({
    code: `${code}-${suffix}`,
    centre: code,
    parent: parent ? `${code}-${parent}` : null,
    kind,
    name,
    sex: 'any',
    regime: 'mixed',
    security: 'medium',
    designCapacity: capacity,
    workingCapacity: capacity,
    maxCapacity: capacity === null ? null : Math.ceil(capacity * 1.5),
  });
  const rows: NewLocation[] = [];
  for (let p = 1; p <= pavilions; p++) {
    rows.push(loc(`P${p}`, null, 'pavilion', `Pabellón ${p}`, null), loc(`P${p}-A`, `P${p}`, 'wing', `Ala A del pabellón ${p}`, null));
    for (let c = 1; c <= 4; c++) rows.push(loc(`P${p}-A-${c}`, `P${p}-A`, 'cell', `Celda ${c} del pabellón ${p}`, 4));
  }
  rows.push(loc('REC', null, 'reception', 'Recepción', 10));
  for (const row of rows) await addLocation(db, context, row);
}

/** Admits a new person at `at` straight into `to` (a cell or a centre), pretrial unless told. */
export async function admit(
  db: Database,
  person: { id: string; givenNames: string; familyNames: string },
  to: string,
  at: string,
  options: { legalStatus?: LegalStatus; pretrialSince?: string; maxPenaltyYears?: number } = {},
): Promise<void> {
  const legalStatus = options.legalStatus ?? 'pretrial';
  await admitPerson(
    db,
    contextAt(at),
    {
      person: { id: person.id, nationalId: null, givenNames: person.givenNames, familyNames: person.familyNames, aliases: [], birthDate: '1990-05-01', sex: 'M', nationality: 'ECU' },
      to,
      admittedAt: new Date(at),
      arrestedAt: null,
      commitmentOrder: `Boleta ${person.id}`,
      issuingAuthority: 'Unidad Judicial Penal',
      injuriesOnArrival: null,
      offence: 'robbery',
      maxPenaltyYears: options.maxPenaltyYears ?? 10,
      legalStatus,
      pretrialSince: legalStatus === 'pretrial' ? (options.pretrialSince ?? at.slice(0, 10)) : null,
      sentenceMonths: legalStatus === 'sentenced' ? 96 : null,
      risk: 'high',
    },
    { guard: 'unchecked_replay' },
  );
}

/** Records a movement of `person` at `at` (to a cell or centre where the type needs one). */
export async function move(db: Database, person: string, type: Exclude<MovementType, 'admission'>, at: string, to: string | null = null): Promise<void> {
  const reason = type === 'release' ? 'sentence_served' : null;
  await recordMovement(db, contextAt(at), { person, type, at: new Date(at), to, reason }, { guard: 'unchecked_replay' });
}

/** A gang, recorded at `at`. */
export async function gang(db: Database, code: string, name: string, at = '2021-01-01T12:00:00Z', parent: string | null = null): Promise<void> {
  await createGroup(db, contextAt(at), { code, name, kind: parent ? 'faction' : 'gang', parent, aliases: [] });
}

/** A relation between two groups since `since` (recorded that day). */
export async function relate(db: Database, a: string, b: string, relation: GroupRelation, since: string): Promise<void> {
  await recordRelation(db, contextAt(`${since}T12:00:00Z`), { groupA: a, groupB: b, relation, since, confidence: 'confirmed', note: null });
}

/** A membership since `since` (recorded that day). */
export async function member(db: Database, person: string, group: string, role: MembershipRole, since: string, centre: string | null = null): Promise<void> {
  await recordMembership(db, contextAt(`${since}T12:00:00Z`), { person, group, role, since, confidence: 'confirmed', note: null }, centre);
}

/** An incident report at `location`, started (and reported) at `at`. */
export async function incident(db: Database, centre: string, location: string | null, type: 'fight' | 'assault' | 'riot' | 'homicide', at: string): Promise<string> {
  const report = await createIncident(db, contextAt(at), { centre, location, type, startedAt: new Date(at), description: `Informe de prueba: ${type} en ${location ?? centre}` });
  return report.id;
}

/** A find of `quantity` × `item` at `location` at `at`. */
export async function find(db: Database, centre: string, location: string, item: 'firearm' | 'explosive' | 'ammunition' | 'phone', quantity: number, at: string): Promise<void> {
  await recordSeizure(db, contextAt(at), { centre, at: new Date(at), location, item, quantity, whereFound: null, description: null, person: null, openIncident: false });
}
