/**
 * The vocabulary of access decisions, shared by every module: roles, the principal, caseloads,
 * and the decision rule. Each module's `policy.ts` says which roles may do what with its records.
 * Pure: no I/O.
 */
export const ROLES = [
  'officer',
  'supervisor',
  'director',
  'classification',
  'intelligence',
  'health',
  'hq',
  'oversight',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles whose work is national: given every centre when created without a caseload. */
export const NATIONAL_ROLES: readonly Role[] = ['hq', 'oversight', 'admin'];

export const EVERY_ROLE: readonly Role[] = ROLES;

/** The authenticated user, as every decision sees them. */
export interface Principal {
  id: string;
  username: string;
  displayName: string;
  roles: readonly Role[];
  /** `all`: every centre, present and future (national caseload); otherwise these centre codes. */
  caseload: { all: boolean; centres: readonly string[] };
  language: 'es' | 'en';
}

export function hasAnyRole(principal: Pick<Principal, 'roles'>, allowed: readonly Role[]): boolean {
  return principal.roles.some((role) => allowed.includes(role));
}

export function isInCaseload(principal: Pick<Principal, 'caseload'>, centre: string): boolean {
  return principal.caseload.all || principal.caseload.centres.includes(centre);
}

/** The centre codes to scope a query by, or null for every centre. */
export function caseloadScope(principal: Pick<Principal, 'caseload'>): readonly string[] | null {
  return principal.caseload.all ? null : principal.caseload.centres;
}

export type Decision = 'allow' | 'forbidden' | 'not_found';

/**
 * Decides one call. A record outside the caseload is `not_found` whatever the role, so that a
 * user cannot learn that it exists; inside the caseload, a missing role is `forbidden`. Records
 * with no centre (users, national reference data) are decided on the role alone.
 */
export function decide(
  principal: Pick<Principal, 'roles' | 'caseload'>,
  allowed: readonly Role[],
  record?: { centre: string | null },
): Decision {
  if (record?.centre != null && !isInCaseload(principal, record.centre)) return 'not_found';
  return hasAnyRole(principal, allowed) ? 'allow' : 'forbidden';
}
