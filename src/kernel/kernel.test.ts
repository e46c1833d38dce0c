import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';
import { AppError, errorCatalogue } from './errors.ts';
import { interpolate, languageFromHeader } from './language.ts';

describe('canonical JSON', () => {
  it('gives the same text whatever the key order, at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 'x', u: undefined })).toBe('{"a":"x","b":1}');
  });
});

describe('error catalogue', () => {
  it('has a message in Spanish and in English for every code, with the same placeholders', () => {
    for (const [code, entry] of errorCatalogue()) {
      const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(entry.es, code).not.toBe('');
      expect(placeholders(entry.es), code).toEqual(placeholders(entry.en));
    }
  });

  it('speaks the user language', () => {
    const error = new AppError('USER_NOT_FOUND', { username: 'ana' }, 'username');
    expect(error.messageIn('es')).toBe('No existe el usuario «ana».');
    expect(error.messageIn('en')).toBe('There is no user "ana".');
    expect(error.kind).toBe('not_found');
  });
});

describe('language', () => {
  it('picks the first supported language of Accept-Language, Spanish by default', () => {
    expect(languageFromHeader('en-US,en;q=0.9,es;q=0.8')).toBe('en');
    expect(languageFromHeader('fr-FR,es-EC;q=0.8')).toBe('es');
    expect(languageFromHeader(undefined)).toBe('es');
    expect(languageFromHeader('de')).toBe('es');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} y {b}', { a: 1 })).toBe('1 y {b}');
  });
});
