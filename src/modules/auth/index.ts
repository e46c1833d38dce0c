import './errors.ts';
/** Users, passwords, sessions, roles and caseloads, and the authorisation policy. */
export { AUTH_PERMISSIONS } from './policy.ts';
export { logIn, hashToken, purgeExpiredSessions, type LoginResult, type LoginSettings } from './log-in.ts';
export { logOut } from './log-out.ts';
export { resolveSession, type ResolvedSession, type SessionSettings } from './resolve-session.ts';
export { changePassword } from './change-password.ts';
export { resetPassword } from './reset-password.ts';
export {
  createUser,
  getUser,
  listUsers,
  parseRoles,
  setUserActive,
  setUserCaseload,
  setUserLanguage,
  setUserRoles,
  unlockUser,
  type Caseload,
  type UserSummary,
} from './manage-users.ts';
export { ensureAdministrator } from './ensure-administrator.ts';
export { displayNamesOf } from './display-names.ts';
export { prepareDummyHash } from './passwords.ts';
export { PASSWORD_LIMITS } from './schemas.ts';
export { LoginThrottle } from './login-throttle.ts';
