import { COMMON_PASSWORD_WORDS } from './common-passwords.ts';
import { PASSWORD_LIMITS } from './schemas.ts';

/**
 * Which new passwords Custodia refuses, and why (pure: no database, no hashing). Following NIST
 * SP 800-63B: a length of 12 to 256 characters, and not a password attackers try first — a
 * common one or a variant of it, a sequence or repetition of characters, or one made of the
 * user's own name. No rules of composition (no "one capital, one digit"): length and avoiding
 * the obvious do more.
 */
export type PasswordProblem = 'length' | 'common' | 'pattern' | 'personal';

/** Whose password it is: their username and name must not be its substance. */
export interface PasswordOwner {
  username: string;
  displayName?: string | undefined;
}

// Characters that stand in for letters in "P@ssw0rd": read as the letter they imitate.
const LOOK_ALIKES: Record<string, string> = { '@': 'a', '4': 'a', '3': 'e', '1': 'i', '!': 'i', '0': 'o', $: 's', '5': 's', '7': 't' };

// Rows and columns of common keyboards, the alphabet and the digits: neighbours on one of these
// follow each other in a sequence ("qwerty", "1qaz2wsx", "abcdef", "98765").
const SEQUENCES = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
  'qwertzuiop',
  'azertyuiop',
  'qsdfghjklm',
  'wxcvbn',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  '!@#$%^&*()_+',
  '!"#$%&/()=?',
];

const NEIGHBOURS = new Map<string, Set<string>>();
for (const sequence of SEQUENCES) {
  for (let i = 1; i < sequence.length; i += 1) {
    const [a, b] = [sequence[i - 1] ?? '', sequence[i] ?? ''];
    NEIGHBOURS.set(a, (NEIGHBOURS.get(a) ?? new Set()).add(b));
    NEIGHBOURS.set(b, (NEIGHBOURS.get(b) ?? new Set()).add(a));
  }
}

/** Lower case, without accents: "Contraseña" → "contrasena". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function lettersOf(text: string): string {
  return fold(text).replace(/[^a-z]/g, '');
}

const COMMON = new Set(COMMON_PASSWORD_WORDS.split(/\s+/).map(lettersOf).filter(Boolean));

/**
 * What a password is built on, without the digits and symbols padding it: read with look-alikes
 * as letters ("P@ssw0rd2024!" → "password"), and with digits and symbols simply dropped
 * ("maria1985garcia" → "mariagarcia").
 */
function coresOf(password: string): string[] {
  const trimmed = fold(password).replace(/^[^a-z]+|[^a-z]+$/g, '');
  const readAsLetters = [...trimmed].map((c) => LOOK_ALIKES[c] ?? c).join('').replace(/[^a-z]/g, '');
  return [...new Set([readAsLetters, trimmed.replace(/[^a-z]/g, '')])].filter(Boolean);
}

/** The shortest piece that `text` repeats ("abcabc" → "abc"), or `text` itself. */
function repeatedUnit(text: string): string {
  for (let size = 1; size <= text.length / 2; size += 1) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return text.slice(0, size);
  }
  return text;
}

const reversed = (text: string) => [...text].reverse().join('');

/** How many times the password leaves a sequence or a repeated character. */
function breaksOf(text: string): number {
  let breaks = 0;
  for (let i = 1; i < text.length; i += 1) {
    const [previous, current] = [text[i - 1] ?? '', text[i] ?? ''];
    if (current !== previous && !NEIGHBOURS.get(previous)?.has(current)) breaks += 1;
  }
  return breaks;
}

function isPattern(password: string): boolean {
  const text = fold(password);
  const unit = repeatedUnit(text);
  return new Set(text).size < 5 || breaksOf(text) <= 2 || (unit !== text && unit.length <= 6);
}

function isCommon(core: string): boolean {
  const unit = repeatedUnit(core);
  return [core, reversed(core), unit].some((word) => COMMON.has(word));
}

/** Whether `text` is made only of the given words (each any number of times). */
function isMadeOf(text: string, words: readonly string[]): boolean {
  const reachable = [true, ...Array<boolean>(text.length).fill(false)];
  for (let end = 1; end <= text.length; end += 1) {
    reachable[end] = words.some((word) => end >= word.length && reachable[end - word.length] === true && text.startsWith(word, end - word.length));
  }
  return reachable[text.length] === true;
}

function ownerWords(owner: PasswordOwner): string[] {
  const parts = [owner.username, ...owner.username.split(/[^\p{L}\p{N}]+/u), ...(owner.displayName ?? '').split(/\s+/), owner.displayName ?? ''];
  return [...new Set(parts.map(lettersOf))].filter((word) => word.length >= 3);
}

function isPersonal(core: string, owner: PasswordOwner): boolean {
  const words = ownerWords(owner);
  return words.length > 0 && (isMadeOf(core, words) || isMadeOf(reversed(core), words));
}

/** Why `password` may not be used by `owner`, or null. The first rule broken, in this order. */
export function passwordProblem(password: string, owner: PasswordOwner): PasswordProblem | null {
  if (password.length < PASSWORD_LIMITS.min || password.length > PASSWORD_LIMITS.max) return 'length';
  const cores = coresOf(password);
  if (cores.some((core) => isPersonal(core, owner))) return 'personal';
  if (isPattern(password)) return 'pattern';
  if (cores.some(isCommon)) return 'common';
  return null;
}
