import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import { runAudited, type AuditContext } from '../audit/index.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { selectCentre, selectCentreCodes, selectCentres, type CentreRow } from './repository.ts';
import { centres } from './schema.ts';

export const CENTRE_TYPES = ['CPL', 'CPPL', 'CRS'] as const;
export const CENTRE_SEXES = ['M', 'F', 'mixed'] as const;
export const AUTHORITIES = ['snai', 'police', 'military'] as const;

export interface Centre {
  code: string;
  name: string;
  city: string;
  province: string;
  type: (typeof CENTRE_TYPES)[number];
  sex: (typeof CENTRE_SEXES)[number];
  authority: (typeof AUTHORITIES)[number];
  timezone: string;
}

function present(row: CentreRow): Centre {
  return {
    code: row.code,
    name: row.name,
    city: row.city,
    province: row.province,
    type: row.type as Centre['type'],
    sex: row.sex as Centre['sex'],
    authority: row.authority as Centre['authority'],
    timezone: row.timezone,
  };
}

/** The centres the user's caseload covers. */
export async function listCentres(db: Database, principal: Pick<Principal, 'caseload'>): Promise<Centre[]> {
  const rows = await selectCentres(db, caseloadScope(principal));
  return rows.map(present);
}

/** One centre; outside the caseload it does not exist, as far as the user can tell. */
export async function getCentre(db: Database, principal: Pick<Principal, 'caseload'>, code: string): Promise<Centre> {
  const row = isInCaseload(principal, code) ? await selectCentre(db, code) : undefined;
  if (!row) throw new AppError('CENTRE_NOT_FOUND', { code });
  return present(row);
}

export async function createCentre(db: Database, context: AuditContext, centre: Centre): Promise<Centre> {
  if (await selectCentre(db, centre.code)) throw new AppError('CENTRE_EXISTS', { code: centre.code }, 'code');
  return runAudited(db, context, async (w) => {
    const [row] = await w.tx.insert(centres).values(centre).returning();
    if (!row) throw new AppError('CENTRE_EXISTS', { code: centre.code }, 'code');
    w.audit({ action: 'centre.created', subjectType: 'centre', subjectId: row.code, centre: row.code, new: centre });
    return present(row);
  });
}

/** The codes among `codes` that name no centre. */
export async function findMissingCentres(db: Database, codes: readonly string[]): Promise<string[]> {
  const found = new Set(await selectCentreCodes(db, codes));
  return codes.filter((code) => !found.has(code));
}
