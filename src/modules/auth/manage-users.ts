import { eq } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { AppError } from '../../kernel/errors.ts';
import type { Language } from '../../kernel/language.ts';
import { nowIn, runAudited, type AuditContext } from '../audit/index.ts';
import { systemClock, type Clock } from '../../kernel/clock.ts';
import { findMissingCentres } from '../estate/index.ts';
import { checkPasswordRules, generatePassword, hashPassword } from './passwords.ts';
import { isRole, NATIONAL_ROLES, ROLES, type Principal, type Role } from '../../kernel/access.ts';
import { caseloadOf, deleteSessionsOf, findUserByUsername, listAllUsers, replaceCaseload, toPrincipal, type UserRow } from './repository.ts';
import { users } from './schema.ts';
import { USERNAME_PATTERN } from './schemas.ts';

export interface Caseload {
  all: boolean;
  centres: string[];
}

export interface UserSummary extends Principal {
  active: boolean;
  locked: boolean;
  lockedUntil: Date | null;
  createdAt: Date;
}

export function parseRoles(values: readonly string[]): Role[] {
  const roles: Role[] = [];
  for (const value of values) {
    const role = value.trim().toLowerCase();
    if (!isRole(role)) throw new AppError('USER_UNKNOWN_ROLE', { role: value, roles: ROLES.join(', ') }, 'roles');
    if (!roles.includes(role)) roles.push(role);
  }
  return roles;
}

async function checkCentres(db: Database, caseload: Caseload): Promise<Caseload> {
  if (caseload.all) return { all: true, centres: [] };
  const centres = [...new Set(caseload.centres.map((c) => c.trim().toUpperCase()))].sort();
  const missing = await findMissingCentres(db, centres);
  if (missing.length > 0) throw new AppError('CENTRE_NOT_FOUND', { code: missing.join(', ') }, 'caseload');
  return { all: false, centres };
}

async function requireUser(db: Database, username: string): Promise<UserRow> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new AppError('USER_NOT_FOUND', { username }, 'username');
  return user;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password?: string | undefined;
  roles: readonly string[];
  caseload?: Caseload | undefined;
  language?: Language;
}

/**
 * Creates a user. Without a password, one is generated and returned (to be shown once).
 * Without a caseload, national roles get every centre and others none.
 */
export async function createUser(
  db: Database,
  context: AuditContext,
  input: CreateUserInput,
): Promise<{ user: UserSummary; generatedPassword?: string }> {
  const username = input.username.trim().toLowerCase();
  if (!USERNAME_PATTERN.test(username)) {
    throw new AppError('VALIDATION_FAILED', { detail: 'username: 2–40 letters, digits, . _ -, starting with a letter' }, 'username');
  }
  const roles = parseRoles(input.roles);
  const caseload = await checkCentres(
    db,
    input.caseload ?? { all: roles.some((r) => NATIONAL_ROLES.includes(r)), centres: [] },
  );
  const displayName = input.displayName.trim() || username;
  if (input.password !== undefined) checkPasswordRules(input.password, { username, displayName });
  const generatedPassword = input.password === undefined ? generatePassword() : undefined;
  const password = input.password ?? generatedPassword ?? '';
  if (await findUserByUsername(db, username)) throw new AppError('USER_EXISTS', { username }, 'username');
  const passwordHash = await hashPassword(password);

  const created = await runAudited(db, context, async (w) => {
    const [row] = await w.tx
      .insert(users)
      .values({
        username,
        displayName,
        passwordHash,
        roles,
        caseloadAll: caseload.all,
        language: input.language ?? 'es',
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError('USER_EXISTS', { username }, 'username');
    await replaceCaseload(w.tx, row.id, caseload.centres);
    w.audit({
      action: 'user.created',
      subjectType: 'user',
      subjectId: row.id,
      new: { username, displayName: row.displayName, roles, caseload, language: row.language },
    });
    return row;
  });
  return { user: summarise(created, caseload.centres, nowIn(context)), ...(generatedPassword ? { generatedPassword } : {}) };
}

export async function setUserRoles(db: Database, context: AuditContext, username: string, values: readonly string[]) {
  const roles = parseRoles(values);
  const user = await requireUser(db, username);
  if (context.actor.id === user.id && user.roles.includes('admin') && !roles.includes('admin')) {
    throw new AppError('USER_SELF_LOCKOUT', {}, 'roles');
  }
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ roles }).where(eq(users.id, user.id));
    w.audit({ action: 'user.roles_changed', subjectType: 'user', subjectId: user.id, old: { roles: user.roles }, new: { roles } });
  });
  return getUser(db, username, { now: () => nowIn(context) });
}

export async function setUserCaseload(db: Database, context: AuditContext, username: string, input: Caseload) {
  const user = await requireUser(db, username);
  const caseload = await checkCentres(db, input);
  const before = (await caseloadOf(db, [user.id])).get(user.id) ?? [];
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ caseloadAll: caseload.all }).where(eq(users.id, user.id));
    await replaceCaseload(w.tx, user.id, caseload.centres);
    w.audit({
      action: 'user.caseload_changed',
      subjectType: 'user',
      subjectId: user.id,
      old: { all: user.caseloadAll, centres: before },
      new: caseload,
    });
  });
  return getUser(db, username, { now: () => nowIn(context) });
}

export async function unlockUser(db: Database, context: AuditContext, username: string) {
  const user = await requireUser(db, username);
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    w.audit({ action: 'auth.account_unlocked', subjectType: 'user', subjectId: user.id, old: { lockedUntil: user.lockedUntil } });
  });
  return getUser(db, username, { now: () => nowIn(context) });
}

export async function setUserActive(db: Database, context: AuditContext, username: string, active: boolean) {
  const user = await requireUser(db, username);
  if (context.actor.id === user.id && !active) throw new AppError('USER_SELF_LOCKOUT', {}, 'active');
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ active }).where(eq(users.id, user.id));
    // Ended for good: activating the account again must not bring the old sessions back.
    if (!active) await deleteSessionsOf(w.tx, user.id);
    w.audit({ action: active ? 'user.activated' : 'user.deactivated', subjectType: 'user', subjectId: user.id });
  });
  return getUser(db, username, { now: () => nowIn(context) });
}

export async function setUserLanguage(db: Database, context: AuditContext, username: string, language: Language) {
  const user = await requireUser(db, username);
  if (user.language === language) return;
  await runAudited(db, context, async (w) => {
    await w.tx.update(users).set({ language }).where(eq(users.id, user.id));
    w.audit({ action: 'user.language_changed', subjectType: 'user', subjectId: user.id, old: { language: user.language }, new: { language } });
  });
}

function summarise(user: UserRow, centres: string[], now: Date): UserSummary {
  return {
    ...toPrincipal(user, centres),
    active: user.active,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    lockedUntil: user.lockedUntil,
    createdAt: user.createdAt,
  };
}

/** One user; `locked` as of the clock's now. */
export async function getUser(db: Database, username: string, clock: Clock = systemClock): Promise<UserSummary> {
  const user = await requireUser(db, username);
  const caseload = await caseloadOf(db, [user.id]);
  return summarise(user, caseload.get(user.id) ?? [], clock.now());
}

/** Every user; `locked` as of the clock's now. */
export async function listUsers(db: Database, clock: Clock = systemClock): Promise<UserSummary[]> {
  const rows = await listAllUsers(db);
  const caseloads = await caseloadOf(db, rows.map((r) => r.id));
  const now = clock.now();
  return rows.map((row) => summarise(row, caseloads.get(row.id) ?? [], now));
}
