import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { describeIssue } from './field-messages.ts';
import { centreCode, isoDate, isoInstant, line, nationalId, note, registerNumber, timeZone } from './fields.ts';

const issues = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues;
};
const words = (schema: z.ZodType, value: unknown, language: 'es' | 'en' = 'es') => issues(schema, value).map((i) => describeIssue(i, language));

describe('shared field rules', () => {
  it('refuse text no record can hold: NUL and other control characters, lone surrogates', () => {
    expect(words(line(), 'Ana\u0000María')).toEqual(['contiene un carácter de control (NUL u otro)']);
    expect(words(line(), 'a\ud800b', 'en')).toEqual(['contains invalid Unicode text']);
    expect(words(note(), 'línea\nsiguiente\tcon tabulador')).toEqual([]);
    expect(words(line(), 'emoji 😀 bien')).toEqual([]);
  });

  it('bound the length of text and word a blank field as required', () => {
    expect(words(line(), '   ')).toEqual(['es obligatorio']);
    expect(words(line(10), 'x'.repeat(11), 'en')).toEqual(['may have at most 10 characters']);
    expect(words(note(10), 'corto')).toEqual(['debe tener al menos 10 caracteres']);
  });

  it('accept only plausible calendar days', () => {
    expect(issues(isoDate(), '2024-02-29')).toEqual([]);
    expect(words(isoDate(), '2023-02-29')).toEqual(['no es una fecha del calendario']);
    expect(words(isoDate(), '0000-01-01')).toEqual(['está fuera del intervalo de fechas admitido']);
    expect(words(isoDate(), '9999-12-31', 'en')).toEqual(['is outside the accepted range of dates']);
    expect(words(isoDate(), '1-1-2024', 'en')).toEqual(['must be a date YYYY-MM-DD']);
  });

  it('accept instants with an offset, within the plausible range, as dates', () => {
    expect(isoInstant().parse('2025-09-22T06:00:00-05:00').toISOString()).toBe('2025-09-22T11:00:00.000Z');
    expect(isoInstant().parse('2025-09-22T06:00Z').toISOString()).toBe('2025-09-22T06:00:00.000Z');
    expect(words(isoInstant(), '2025-09-22T06:00:00')).toHaveLength(1);
    expect(words(isoInstant(), '0000-01-01T00:00:00Z', 'en')).toEqual(['is outside the accepted range of dates']);
    expect(words(isoInstant(), '2025-13-01T00:00:00Z', 'en')).toHaveLength(1);
  });

  it('know the IANA time zones, Galápagos included, and nothing else', () => {
    expect(issues(timeZone, 'America/Guayaquil')).toEqual([]);
    expect(issues(timeZone, 'Pacific/Galapagos')).toEqual([]);
    expect(words(timeZone, 'Mars/Olympus', 'en')).toEqual(['is not a known time zone (e.g. America/Guayaquil)']);
  });

  it('check codes, register numbers and ID numbers by their format', () => {
    expect(issues(centreCode, 'LIT')).toEqual([]);
    expect(issues(centreCode, 'lit')).toHaveLength(1);
    expect(issues(registerNumber, 'P0000105')).toEqual([]);
    expect(issues(registerNumber, 'P1')).toHaveLength(1);
    expect(issues(nationalId, '0912345678')).toEqual([]);
    expect(issues(nationalId, '09 12')).toHaveLength(1);
  });
});
