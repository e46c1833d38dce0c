import { describe, expect, it } from 'vitest';
import { generatePassword } from './passwords.ts';
import { passwordProblem } from './password-rules.ts';

const ana = { username: 'ana.perez', displayName: 'Ana María Pérez' };

describe('new password rules', () => {
  it('refuses fewer than 12 or more than 256 characters', () => {
    expect(passwordProblem('Xk9#mQ2$vL7', ana)).toBe('length');
    expect(passwordProblem('Xk9#mQ2$vL7!', ana)).toBeNull();
    expect(passwordProblem('a-long-phrase-'.repeat(19), ana)).toBe('length');
  });

  it.each([
    'password1234',
    'P@ssw0rd2024!',
    'Contraseña2024',
    'contrasena.123',
    'custodia12345',
    'Custodia2024*',
    'administrador1',
    'iloveyou2024!',
    'teamo123456789',
    'barcelona1234',
    'guayaquil2024',
    'passwordpassword',
    'drowssap12345',
  ])('refuses a common password or a variant of one: %s', (password) => {
    expect(passwordProblem(password, ana)).toBe('common');
  });

  it.each(['aaaaaaaaaaaa', '111111111111', '123456789012', '987654321098', 'abcdefghijkl', 'qwertyuiop12', 'qwerty123456', '1qaz2wsx3edc', 'abcabcabcabc', 'ab12ab12ab12'])(
    'refuses a sequence or repetition of characters: %s',
    (password) => {
      expect(passwordProblem(password, ana)).toBe('pattern');
    },
  );

  it.each(['ana.perez2024', 'anaperez.1234', 'zerep.ana.1234', 'AnaMariaPerez1', 'maria-perez-99', 'perezperez123'])(
    "refuses a password made of the user's own username or name: %s",
    (password) => {
      expect(passwordProblem(password, ana)).toBe('personal');
    },
  );

  it.each(['una-clave-de-prueba-larga', 'correct horse battery staple', 'Tr0ub4dor&3xyz', 'mFq7vZ2pLx9K', 'ana-tiene-tres-gatos'])('accepts a good password: %s', (password) => {
    expect(passwordProblem(password, ana)).toBeNull();
  });

  it('accepts every generated password', () => {
    for (let i = 0; i < 2000; i += 1) expect(passwordProblem(generatePassword(), ana)).toBeNull();
  });
});
