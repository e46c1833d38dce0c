import { createContext, useContext } from 'react';
import type { Role, User } from './api.ts';

export interface SessionContextValue {
  user: User;
  logout: () => Promise<void>;
  /** The password is a one-time password from an administrator: it must be changed before anything else. */
  mustChangePassword?: boolean;
  /** Tells the app the one-time password has been changed. */
  passwordChanged?: () => void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in user; only used inside the application shell. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the application shell');
  return value;
}

export function hasRole(user: Pick<User, 'roles'>, role: Role): boolean {
  return user.roles.includes(role);
}
