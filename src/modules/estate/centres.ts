import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Authority, CentreSex, CentreType } from '../../kernel/vocabulary.ts';
import { runAudited, type AuditContext, type AuditedTransaction } from '../audit/index.ts';
import { selectCentre, selectCentreCodes, selectCentres, type CentreRow } from './repository.ts';
import { centreAuthorities, centres } from './schema.ts';

export interface NewCentre {
  code: string;
  name: string;
  city: string;
  province: string;
  type: CentreType;
  sex: CentreSex;
  authority: Authority;
  timezone: string;
  capacityEstimated?: boolean;
}

export interface Centre extends NewCentre {
  capacityEstimated: boolean;
}

function present(row: CentreRow): Centre {
  return {
    code: row.code,
    name: row.name,
    city: row.city,
    province: row.province,
    type: row.type as CentreType,
    sex: row.sex as CentreSex,
    authority: row.authority as Authority,
    timezone: row.timezone,
    capacityEstimated: row.capacityEstimated,
  };
}

/** The centres the user's caseload covers. */
export async function listCentres(db: Queryable, principal: Pick<Principal, 'caseload'>): Promise<Centre[]> {
  const rows = await selectCentres(db, caseloadScope(principal));
  return rows.map(present);
}

/** Every centre, for national computations (no caseload: callers scope what they show). */
export async function listAllCentres(db: Queryable): Promise<Centre[]> {
  return (await db.select().from(centres).orderBy(asc(centres.code))).map(present);
}

/** One centre; outside the caseload it does not exist, as far as the user can tell. */
export async function getCentre(db: Queryable, principal: Pick<Principal, 'caseload'>, code: string): Promise<Centre> {
  const row = isInCaseload(principal, code) ? await selectCentre(db, code) : undefined;
  if (!row) throw new AppError('CENTRE_NOT_FOUND', { code });
  return present(row);
}

/**
 * Inserts centres with their first control-authority record. For the importer and
 * `createCentre`; the caller writes the audit entry.
 */
export async function insertCentres(w: AuditedTransaction, rows: readonly NewCentre[], recordedBy: string) {
  if (rows.length === 0) return [];
  const existing = await selectCentreCodes(w.tx, rows.map((r) => r.code));
  if (existing.length > 0) throw new AppError('CENTRE_EXISTS', { code: existing.join(', ') }, 'code');
  const inserted = await w.tx.insert(centres).values(rows.map((r) => ({ ...r, capacityEstimated: r.capacityEstimated ?? false }))).returning();
  await w.tx.insert(centreAuthorities).values(rows.map((r) => ({ centre: r.code, authority: r.authority, since: null, decree: null, recordedBy })));
  return inserted.map(present);
}

export async function createCentre(db: Database, context: AuditContext, centre: NewCentre): Promise<Centre> {
  return runAudited(db, context, async (w) => {
    const [created] = await insertCentres(w, [centre], context.actor.username);
    w.audit({ action: 'centre.created', subjectType: 'centre', subjectId: centre.code, centre: centre.code, new: centre });
    return created as Centre;
  });
}

/** The codes among `codes` that name no centre. */
export async function findMissingCentres(db: Queryable, codes: readonly string[]): Promise<string[]> {
  const found = new Set(await selectCentreCodes(db, codes));
  return codes.filter((code) => !found.has(code));
}

export async function findCentres(db: Queryable, codes: readonly string[]): Promise<Centre[]> {
  if (codes.length === 0) return [];
  return (await db.select().from(centres).where(inArray(centres.code, [...codes]))).map(present);
}

export interface AuthorityRecord {
  authority: Authority;
  /** null: held since before the centre was registered here */
  since: string | null;
  decree: string | null;
  recordedAt: Date;
  recordedBy: string;
}

/** Who has controlled the centre, newest first. */
export async function authorityHistory(db: Queryable, centre: string): Promise<AuthorityRecord[]> {
  const rows = await db
    .select()
    .from(centreAuthorities)
    .where(eq(centreAuthorities.centre, centre))
    .orderBy(sql`${centreAuthorities.since} desc nulls last`, desc(centreAuthorities.id));
  return rows.map((r) => ({ authority: r.authority as Authority, since: r.since, decree: r.decree, recordedAt: r.recordedAt, recordedBy: r.recordedBy }));
}

/**
 * Hands a centre to another control authority (SNAI, police, military) from a date, under a
 * decree. The history is kept; the current authority is the one with the latest date.
 */
export async function changeAuthority(
  db: Database,
  context: AuditContext,
  input: { centre: string; authority: Authority; since: string; decree: string },
): Promise<Centre> {
  const before = await selectCentre(db, input.centre);
  if (!before) throw new AppError('CENTRE_NOT_FOUND', { code: input.centre }, 'centre');
  return runAudited(db, context, async (w) => {
    await w.tx.insert(centreAuthorities).values({ ...input, recordedBy: context.actor.username });
    const [latest] = await w.tx
      .select()
      .from(centreAuthorities)
      .where(eq(centreAuthorities.centre, input.centre))
      .orderBy(sql`${centreAuthorities.since} desc nulls last`, desc(centreAuthorities.id))
      .limit(1);
    const [updated] = await w.tx.update(centres).set({ authority: latest?.authority ?? input.authority }).where(eq(centres.code, input.centre)).returning();
    w.audit({
      action: 'centre.authority_changed',
      subjectType: 'centre',
      subjectId: input.centre,
      centre: input.centre,
      old: { authority: before.authority },
      new: { authority: input.authority, since: input.since, decree: input.decree },
    });
    return present(updated as CentreRow);
  });
}
