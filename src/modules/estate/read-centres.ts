import type { Queryable } from '../../db/engine.ts';
import { caseloadScope, isInCaseload, type Principal } from '../../kernel/access.ts';
import { AppError } from '../../kernel/errors.ts';
import { selectAuthorityHistory, selectCentre, selectCentreCodes, selectCentres, selectCentresByCode } from './repository.ts';
import type { AuthorityRecord, Centre } from './types.ts';

/** The centres the user's caseload covers. */
export async function listCentres(db: Queryable, principal: Pick<Principal, 'caseload'>): Promise<Centre[]> {
  return selectCentres(db, caseloadScope(principal));
}

/** Every centre, for national computations (no caseload: callers scope what they show). */
export async function listAllCentres(db: Queryable): Promise<Centre[]> {
  return selectCentres(db, null);
}

/** One centre; outside the caseload it does not exist, as far as the user can tell. */
export async function getCentre(db: Queryable, principal: Pick<Principal, 'caseload'>, code: string): Promise<Centre> {
  const centre = isInCaseload(principal, code) ? await selectCentre(db, code) : undefined;
  if (!centre) throw new AppError('CENTRE_NOT_FOUND', { code });
  return centre;
}

/** One centre with its control-authority history, newest first (404 outside the caseload). */
export async function getCentreDetail(
  db: Queryable,
  principal: Pick<Principal, 'caseload'>,
  code: string,
): Promise<Centre & { authorityHistory: AuthorityRecord[] }> {
  const centre = await getCentre(db, principal, code);
  return { ...centre, authorityHistory: await selectAuthorityHistory(db, centre.code) };
}

/** Who has controlled the centre, newest first. */
export async function authorityHistory(db: Queryable, centre: string): Promise<AuthorityRecord[]> {
  return selectAuthorityHistory(db, centre);
}

/** The codes among `codes` that name no centre. */
export async function findMissingCentres(db: Queryable, codes: readonly string[]): Promise<string[]> {
  const found = new Set(await selectCentreCodes(db, codes));
  return codes.filter((code) => !found.has(code));
}

export async function findCentres(db: Queryable, codes: readonly string[]): Promise<Centre[]> {
  return selectCentresByCode(db, codes);
}
