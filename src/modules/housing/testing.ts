import type { Database } from '../../db/engine.ts';
import type { RiskLevel, LegalStatus, PersonSex } from '../../kernel/vocabulary.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { addLocation, createCentre, type NewLocation } from '../estate/index.ts';
import { admitPerson } from '../roll/index.ts';

const context = { actor: SYSTEM_ACTOR };

/**
 * A small centre for housing tests, `code` (sex mixed):
 * - P1 men, mixed regime: wings A and B, cells A-1..A-3 and B-1..B-2 (design 1, working 1, max 2)
 * - P2 men, sentenced only: wing A, cell A-1 (2/2/3)
 * - P3 women: cell 1 directly under the pavilion (2/2/3)
 * - REC reception directly under the centre (10/10/20)
 */
export async function buildHousingCentre(db: Database, code = 'HSG'): Promise<string[]> {
  await createCentre(db, context, { code, name: `Centro ${code}`, city: 'Quito', province: 'Pichincha', type: 'CPL', sex: 'mixed', authority: 'snai', timezone: 'America/Guayaquil' });
  const loc = (suffix: string, parent: string | null, kind: NewLocation['kind'], extra: Partial<NewLocation> = {}): NewLocation => ({
    code: `${code}-${suffix}`,
    centre: code,
    parent: parent ? `${code}-${parent}` : null,
    kind,
    name: suffix,
    sex: 'any',
    regime: 'mixed',
    security: 'medium',
    designCapacity: null,
    workingCapacity: null,
    maxCapacity: null,
    ...extra,
  });
  const small = { designCapacity: 1, workingCapacity: 1, maxCapacity: 2 };
  const rows: NewLocation[] = [
    loc('P1', null, 'pavilion', { sex: 'M' }),
    loc('P1-A', 'P1', 'wing'),
    loc('P1-A-1', 'P1-A', 'cell', small),
    loc('P1-A-2', 'P1-A', 'cell', small),
    loc('P1-A-3', 'P1-A', 'cell', small),
    loc('P1-B', 'P1', 'wing'),
    loc('P1-B-1', 'P1-B', 'cell', small),
    loc('P1-B-2', 'P1-B', 'cell', small),
    loc('P2', null, 'pavilion', { sex: 'M', regime: 'sentenced' }),
    loc('P2-A', 'P2', 'wing'),
    loc('P2-A-1', 'P2-A', 'cell', { designCapacity: 2, workingCapacity: 2, maxCapacity: 3 }),
    loc('P3', null, 'pavilion', { sex: 'F' }),
    loc('P3-1', 'P3', 'cell', { designCapacity: 2, workingCapacity: 2, maxCapacity: 3 }),
    loc('REC', null, 'reception', { designCapacity: 10, workingCapacity: 10, maxCapacity: 20 }),
  ];
  for (const row of rows) await addLocation(db, context, row);
  return rows.map((r) => r.code);
}

/** Admits a person straight into a cell (or the centre's roll), without the placement check. */
export async function admitInto(
  db: Database,
  id: string,
  to: string,
  options: { sex?: PersonSex; risk?: RiskLevel; legalStatus?: LegalStatus; admittedAt?: Date } = {},
): Promise<void> {
  const legalStatus = options.legalStatus ?? 'pretrial';
  await admitPerson(db, context, {
    person: { id, nationalId: null, givenNames: 'Persona', familyNames: id, aliases: [], birthDate: null, sex: options.sex ?? 'M', nationality: 'ECU' },
    to,
    admittedAt: options.admittedAt ?? new Date(Date.now() - 86_400_000),
    arrestedAt: null,
    commitmentOrder: `Boleta ${id}`,
    issuingAuthority: 'Unidad Judicial',
    injuriesOnArrival: null,
    offence: 'robbery',
    maxPenaltyYears: 5,
    legalStatus,
    pretrialSince: legalStatus === 'pretrial' ? '2026-01-01' : null,
    sentenceMonths: legalStatus === 'sentenced' ? 60 : null,
    risk: options.risk ?? 'medium',
  }, { guard: 'unchecked_replay' });
}
