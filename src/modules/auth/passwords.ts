import { randomBytes, randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../kernel/errors.ts';
import { passwordProblem, type PasswordOwner } from './password-rules.ts';
import { PASSWORD_LIMITS } from './schemas.ts';

// OWASP Password Storage Cheat Sheet, minimum for argon2id: m=19 MiB, t=2, p=1.
const ARGON2ID = 2;
export const ARGON2_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash when the user does not exist keeps the answer time the same,
// so response times do not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

/** Computes the dummy hash ahead of the first login, so no login pays for it. */
export function prepareDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

export async function verifyAgainstDummy(password: string): Promise<void> {
  await verifyPassword(await prepareDummyHash(), password);
}

const REFUSALS = {
  length: 'AUTH_WEAK_PASSWORD',
  common: 'AUTH_COMMON_PASSWORD',
  pattern: 'AUTH_PATTERN_PASSWORD',
  personal: 'AUTH_PERSONAL_PASSWORD',
} as const;

/**
 * Refuses a new password that breaks a rule of password-rules.ts, with a message naming the
 * rule, as a refusal of `field` (the form field the password was typed in).
 */
export function checkPasswordRules(password: string, owner: PasswordOwner, field = 'password'): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw new AppError(REFUSALS[problem], { min: PASSWORD_LIMITS.min, max: PASSWORD_LIMITS.max }, field);
}

/** A random password of 20 characters from an alphabet without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 20 }, () => alphabet[randomInt(alphabet.length)]).join('');
}
