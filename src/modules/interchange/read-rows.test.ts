import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import type { ImportIssue } from './bundle.ts';
import { parseCsvText, readBundle } from './read-bundle.ts';

/** The row checks of read-rows.ts and read-group-rows.ts: the API's field rules, and repeats within a file. */

const es = { language: 'es', clock: fixedClock('2025-01-01T00:00:00Z') } as const;
/** Issues without their message, for exact comparison. */
const where = (issues: ImportIssue[]) => issues.map(({ file, line, column, code }) => [file, line, column, code]);

const PERSONS = 'id,national_id,given_names,family_names,aliases,birth_date,sex,nationality';
const CUSTODY = 'person,centre,admitted_at,legal_status,offence,max_penalty_years,pretrial_since,risk,location';
const MOVEMENTS = 'at,person,type,to,reason';

describe('parseCsvText with the field rules the API applies (kernel/fields.ts)', () => {
  const lines = (text: string, file: Parameters<typeof parseCsvText>[1] = 'persons.csv') =>
    where(parseCsvText(text, file, es).issues).map(([, line, column, code]) => [line, column, code]);
  const person = (cells: Partial<Record<'id' | 'national_id' | 'given_names' | 'aliases' | 'birth_date', string>>) =>
    `${PERSONS}\n${cells.id ?? 'P01'},${cells.national_id ?? ''},${cells.given_names ?? 'Ana'},Mora,${cells.aliases ?? ''},${cells.birth_date ?? ''},F,ECU\n`;

  it('refuses NUL and other control characters in text, naming file, line and column', () => {
    const issues = parseCsvText(`${person({ given_names: 'An\u0000a' })}P02,,Luis,"Ve\u000Cra",,,M,ECU\nP03,,Rosa,Tapia,"Ro\u0007;La Flaca",,F,ECU\n`, 'persons.csv', es).issues;
    expect(where(issues)).toEqual([
      ['persons.csv', 2, 'given_names', 'IMPORT_INVALID_TEXT'],
      ['persons.csv', 3, 'family_names', 'IMPORT_INVALID_TEXT'],
      ['persons.csv', 4, 'aliases', 'IMPORT_INVALID_TEXT'],
    ]);
    expect(issues[0]?.message).toBe('Texto no válido: contiene un carácter de control (como NUL o un salto de página) que ningún registro admite; bórrelo.');
  });

  it('refuses a file holding a lone surrogate (as CESU-8 bytes) as not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'custodia-read-'));
    try {
      const row = Buffer.concat([Buffer.from('P01,,Ana,Mo'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('ra,,,F,ECU\n')]);
      writeFileSync(join(dir, 'persons.csv'), Buffer.concat([Buffer.from(`${PERSONS}\n`), row]));
      expect(where(readBundle(dir, es).issues)).toEqual([['persons.csv', 2, null, 'IMPORT_NOT_UTF8']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps tabs and line breaks, which are not control characters a record refuses', () => {
    expect(parseCsvText(person({ given_names: '"Ana\tMaría\nJosé"' }), 'persons.csv', es).rows.map((r) => r.givenNames)).toEqual(['Ana\tMaría\nJosé']);
  });

  it('refuses a name longer than the API accepts, and takes one of exactly that length', () => {
    expect(lines(person({ given_names: 'a'.repeat(100) }))).toEqual([]);
    const issues = parseCsvText(person({ given_names: 'a'.repeat(10_000) }), 'persons.csv', es).issues;
    expect(where(issues)).toEqual([['persons.csv', 2, 'given_names', 'IMPORT_TEXT_TOO_LONG']]);
    expect(issues[0]?.message).toBe('El texto tiene 10000 caracteres; se admiten como mucho 100.');
    // A row longer than any record may be is refused as such, before its text is read.
    expect(lines(person({ given_names: 'a'.repeat(100_000) }))).toEqual([[2, 'given_names', 'IMPORT_ROW_TOO_LONG']]);
    expect(lines(`code,name,kind,parent,aliases\nLOBOS,${'L'.repeat(121)},gang,,\n`, 'groups.csv')).toEqual([[2, 'name', 'IMPORT_TEXT_TOO_LONG']]);
  });

  it('refuses dates and times outside the plausible range', () => {
    const issues = parseCsvText(person({ birth_date: '1899-12-31' }), 'persons.csv', es).issues;
    expect(where(issues)).toEqual([['persons.csv', 2, 'birth_date', 'IMPORT_DATE_OUT_OF_RANGE']]);
    expect(issues[0]?.message).toBe('La fecha «1899-12-31» está fuera del intervalo admitido (1900-01-01 a 2199-12-31).');
    expect(lines(`${MOVEMENTS}\n0999-01-01T00:00:00Z,P01,court_out,,\n`, 'movements.csv')).toEqual([[2, 'at', 'IMPORT_DATE_OUT_OF_RANGE']]);
    expect(lines(person({ birth_date: '1900-01-01' }))).toEqual([]);
  });

  it('checks register numbers, national IDs and centre codes as the API does', () => {
    expect(lines(person({ id: 'P1' }))).toEqual([[2, 'id', 'IMPORT_INVALID_CODE']]);
    expect(lines(person({ id: 'p-001' }))).toEqual([[2, 'id', 'IMPORT_INVALID_CODE']]);
    expect(lines(person({ national_id: '12 34' }))).toEqual([[2, 'national_id', 'IMPORT_INVALID_NATIONAL_ID']]);
    expect(lines(`${CUSTODY}\nP01,1LIT,2024-01-01T00:00:00Z,sentenced,theft,,,low,\n`, 'custody.csv')).toEqual([[2, 'centre', 'IMPORT_INVALID_CODE']]);
    expect(lines(`${CUSTODY}\nP01,LIT,2024-01-01T00:00:00Z,sentenced,theft,101,,low,\n`, 'custody.csv')).toEqual([[2, 'max_penalty_years', 'IMPORT_INVALID_NUMBER']]);
  });
});

describe('parseCsvText on rows repeated within a file', () => {
  const lines = (text: string, file: Parameters<typeof parseCsvText>[1]) =>
    where(parseCsvText(text, file, es).issues).map(([, line, column, code]) => [line, column, code]);

  it('reports a second custody row for a person whose first row has another problem, in the same run', () => {
    const text = `${CUSTODY}\nP01,LIT,2024-01-01T00:00:00Z,sentenced,theft,,,extreme,\nP01,LIT,2024-02-01T00:00:00Z,sentenced,theft,,,low,\n`;
    expect(lines(text, 'custody.csv')).toEqual([
      [2, 'risk', 'IMPORT_INVALID_VALUE'],
      [3, 'person', 'IMPORT_ALREADY_IN_CUSTODY'],
    ]);
    // The repeat stays in the bundle so that the importer checks its centre and cell too.
    expect(parseCsvText(text, 'custody.csv', es).rows.map((r) => r.line)).toEqual([3]);
  });

  it('reports a repeated membership or pair even when its first row has another problem', () => {
    expect(lines('person,group,role,since,confidence\nP01,LOBOS,boss,,confirmed\nP01,LOBOS,member,,confirmed\n', 'memberships.csv')).toEqual([
      [2, 'role', 'IMPORT_INVALID_VALUE'],
      [3, 'group', 'IMPORT_DUPLICATE_MEMBERSHIP'],
    ]);
    expect(lines('group_a,group_b,relation,since\nLOBOS,CHONEROS,enemy,\nCHONEROS,LOBOS,rival,\n', 'group_relations.csv')).toEqual([
      [2, 'relation', 'IMPORT_INVALID_VALUE'],
      [3, 'group_b', 'IMPORT_DUPLICATE_PAIR'],
    ]);
    expect(lines('person_a,person_b,reason,level,comment\nP01,P02,threat,room,Amenazas en el patio\nP02,P01,threat,wing,Amenazas en el patio\n', 'non_associations.csv')).toEqual([
      [2, 'level', 'IMPORT_INVALID_VALUE'],
      [3, 'person_b', 'IMPORT_DUPLICATE_PAIR'],
    ]);
  });
});
