import { z } from 'zod';
import { ROLES } from '../../kernel/access.ts';
import { instantText, line, textProblem } from '../../kernel/fields.ts';
import { LANGUAGES } from '../../kernel/language.ts';

/**
 * Login, sessions and user administration: request and response shapes. The API validates with
 * them, the web derives its types from them and checks responses against them. Browser-safe:
 * zod and the kernel only.
 */

/** The centres a user may see: every centre (`all`), or the ones listed. */
export const caseloadSchema = z.object({
  all: z.boolean(),
  centres: z.array(z.string().min(1).max(40)).max(200),
});
export type Caseload = z.infer<typeof caseloadSchema>;

/** `PUT /users/:username/caseload`: centre codes (trimmed and upper-cased, checked to exist). */
export const caseloadInputSchema = caseloadSchema;
export type CaseloadInput = z.input<typeof caseloadInputSchema>;

/** The signed-in user as the API sends it. */
export const principalSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  caseload: caseloadSchema,
  language: z.enum(LANGUAGES),
});
export type PrincipalView = z.infer<typeof principalSchema>;

/**
 * `POST /auth/login` and `GET /me`: the user and the CSRF token for writes. `mustChangePassword`:
 * the password is a one-time password given by an administrator; every other route answers 403
 * `AUTH_PASSWORD_CHANGE_REQUIRED` until it is changed (`POST /me/password`).
 */
export const sessionSchema = z.object({ user: principalSchema, csrfToken: z.string(), mustChangePassword: z.boolean() });
export type Session = z.infer<typeof sessionSchema>;

/** How long a new password must be (the other rules are the server's: see password-rules.ts). */
export const PASSWORD_LIMITS = { min: 12, max: 256 } as const;

/**
 * A password as typed: not trimmed (spaces count), up to 1,024 characters (a new one is held to
 * PASSWORD_LIMITS by the server), no control characters or invalid Unicode.
 */
const passwordText = z
  .string()
  .min(1)
  .max(1024)
  .superRefine((value, context) => {
    const reason = textProblem(value);
    if (reason) context.addIssue({ code: 'custom', input: value, params: { reason }, message: reason });
  });

/** A username: 2–40 letters, digits, `.`, `_`, `-`, starting with a letter; read in lower case. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{1,39}$/;
const username = line(40, 2).toLowerCase().regex(USERNAME_PATTERN);

export const loginInputSchema = z.object({
  username: line(100),
  password: passwordText,
});
export type LoginInput = z.input<typeof loginInputSchema>;

/** `PUT /me/language`. */
export const languageInputSchema = z.object({ language: z.enum(LANGUAGES) });
export type LanguageInput = z.input<typeof languageInputSchema>;

/** `POST /me/password`. */
export const passwordChangeInputSchema = z.object({
  currentPassword: passwordText,
  newPassword: passwordText,
});
export type PasswordChangeInput = z.input<typeof passwordChangeInputSchema>;

/** A user as administrators see them. */
export const userSummarySchema = principalSchema.extend({
  active: z.boolean(),
  locked: z.boolean(),
  lockedUntil: instantText.nullable(),
  createdAt: instantText,
});
export type UserSummaryView = z.infer<typeof userSummarySchema>;

export const userListSchema = z.object({ users: z.array(userSummarySchema) });
export type UserList = z.infer<typeof userListSchema>;

export const usernameParamsSchema = z.object({ username: line(100) });

/** `POST /users`: without a password one is generated and shown once. */
export const userInputSchema = z.object({
  username,
  displayName: line(200, 0).default(''),
  password: passwordText.optional(),
  roles: z.array(z.enum(ROLES)).min(1),
  caseload: caseloadInputSchema.optional(),
  language: z.enum(LANGUAGES).default('es'),
});
export type UserInput = z.input<typeof userInputSchema>;

export const createdUserSchema = z.object({ user: userSummarySchema, generatedPassword: z.string().optional() });
export type CreatedUser = z.infer<typeof createdUserSchema>;

/** `PUT /users/:username/roles`. */
export const rolesInputSchema = z.object({ roles: z.array(z.enum(ROLES)) });
export type RolesInput = z.input<typeof rolesInputSchema>;

/** `POST /users/:username/password-reset`: the one-time password, shown once; the user must change it at login. */
export const passwordResetSchema = z.object({ user: userSummarySchema, oneTimePassword: z.string() });
export type PasswordReset = z.infer<typeof passwordResetSchema>;

/** `PUT /users/:username/active`. */
export const activeInputSchema = z.object({ active: z.boolean() });
export type ActiveInput = z.input<typeof activeInputSchema>;
