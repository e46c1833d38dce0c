import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { api, type AuditFilter, type NewUser } from '../../api.ts';
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

export const AUDIT_PAGE_SIZE = 100;

/** The audit log under a filter, newest first, one page of entries at a time (`fetchNextPage` for older ones). */
export function useAuditLog(filter: Pick<AuditFilter, 'actor' | 'action'>) {
  return useInfiniteQuery({
    queryKey: [...keys.audit(), filter],
    queryFn: ({ pageParam }) => api.audit({ ...filter, before: pageParam, limit: AUDIT_PAGE_SIZE }).then((r) => r.entries),
    initialPageParam: undefined as number | undefined,
    // A full page may have older entries behind it: page on from the last one's number.
    getNextPageParam: (last) => (last.length === AUDIT_PAGE_SIZE ? last[last.length - 1]?.seq : undefined),
  });
}

/** Walks every chain of the audit log (on request: it reads the whole log). */
export function useVerifyAudit() {
  return useMutation({ mutationFn: () => api.verifyAudit() });
}
