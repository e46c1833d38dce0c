import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api, type AuditFilter, type NewUser, type Role, type User } from '../../api.ts';
import { keys, useWrite } from '../../queries.ts';

/** Users, the audit log and its chain check, for the administration pages. */

export function useUsers() {
  return useQuery({ queryKey: keys.users(), queryFn: () => api.users().then((r) => r.users) });
}

export function useCreateUser() {
  return useWrite((user: NewUser) => api.createUser(user), [keys.users()]);
}

export function useUnlockUser() {
  return useWrite((username: string) => api.unlockUser(username), [keys.users()]);
}

export function useSetUserActive() {
  return useWrite(({ username, active }: { username: string; active: boolean }) => api.setUserActive(username, active), [keys.users()]);
}

export function useSetUserRoles() {
  return useWrite(({ username, roles }: { username: string; roles: Role[] }) => api.setUserRoles(username, roles), [keys.users()]);
}

export function useSetUserCaseload() {
  return useWrite(
    ({ username, caseload }: { username: string; caseload: User['caseload'] }) => api.setUserCaseload(username, caseload),
    [keys.users()],
  );
}

/** A one-time password for the user (shown once); their sessions end. */
export function useResetPassword() {
  return useWrite((username: string) => api.resetPassword(username), [keys.users()]);
}

/** One page of the audit log under a filter, newest first; the page shown stays while the next loads. */
export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: [...keys.audit(), filter],
    queryFn: () => api.audit(filter),
    placeholderData: keepPreviousData,
  });
}

/** Walks every chain of the audit log (on request: it reads the whole log). */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.verifyAudit() });
}
