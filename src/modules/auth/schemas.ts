import { z } from 'zod';
import { ROLES } from '../../kernel/access.ts';
import { LANGUAGES } from '../../kernel/language.ts';
export { errorResponse } from '../../server/http-schemas.ts';

export const caseload = z.object({
  all: z.boolean(),
  centres: z.array(z.string().min(1).max(40)).max(200),
});

export const principal = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  caseload,
  language: z.enum(LANGUAGES),
});

export const session = z.object({ user: principal, csrfToken: z.string() });

export const loginBody = z.object({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(1024),
});

export const languageBody = z.object({ language: z.enum(LANGUAGES) });

export const passwordBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const userSummary = principal.extend({
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});

export const usernameParams = z.object({ username: z.string().min(1).max(100) });

export const createUserBody = z.object({
  username: z.string().min(2).max(40),
  displayName: z.string().max(200).default(''),
  password: z.string().min(1).max(1024).optional(),
  roles: z.array(z.enum(ROLES)).min(1),
  caseload: caseload.optional(),
  language: z.enum(LANGUAGES).default('es'),
});

export const createdUser = z.object({ user: userSummary, generatedPassword: z.string().optional() });
export const rolesBody = z.object({ roles: z.array(z.enum(ROLES)) });
export const activeBody = z.object({ active: z.boolean() });
