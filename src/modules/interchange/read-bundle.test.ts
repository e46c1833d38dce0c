import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import type { ImportIssue } from './bundle.ts';
import { parseCsvText, readBundle } from './read-bundle.ts';

const fixture = (name: string) => join(import.meta.dirname, 'fixtures', name);
const now = new Date('2025-01-01T00:00:00Z');
const clock = fixedClock(now);
const es = { language: 'es', clock } as const;
/** Issues without their message, for exact comparison. */
const where = (issues: ImportIssue[]) => issues.map(({ file, line, column, code }) => [file, line, column, code]);

const PERSONS = 'id,national_id,given_names,family_names,aliases,birth_date,sex,nationality';
const CUSTODY = 'person,centre,admitted_at,legal_status,offence,max_penalty_years,pretrial_since,risk,location';
const MOVEMENTS = 'at,person,type,to,reason';

describe('readBundle on a valid folder', () => {
  const { bundle, counts, issues } = readBundle(fixture('valid'), es);

  it('reads every file without issues and counts its rows', () => {
    expect(issues).toEqual([]);
    expect(counts).toEqual({ 'centres.csv': 2, 'locations.csv': 4, 'persons.csv': 3, 'custody.csv': 2, 'movements.csv': 2 });
  });

  it('strips the BOM, reads CRLF, unquotes fields and defaults the time zone', () => {
    expect(bundle.centres).toEqual([
      { line: 2, code: 'LIT', name: 'Penitenciaría del Litoral', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' },
      { line: 3, code: 'CPF-QTO', name: 'Centro Femenino "Quito", Chillogallo', city: 'Quito', province: 'Pichincha', type: 'CPL', sex: 'F', authority: 'snai', timezone: 'America/Guayaquil' },
    ]);
  });

  it('reads empty parents and capacities as null', () => {
    expect(bundle.locations.map((l) => [l.line, l.code, l.parent, l.designCapacity, l.workingCapacity, l.maxCapacity])).toEqual([
      [2, 'LIT-P2', null, null, null, null],
      [3, 'LIT-P2-A', 'LIT-P2', null, null, null],
      [4, 'LIT-P2-A-012', 'LIT-P2-A', 2, 3, 4],
      [5, 'CPF-QTO-R', null, 10, 10, 12],
    ]);
  });

  it('splits aliases, upper-cases nationality and numbers rows after a field with a line break', () => {
    expect(bundle.persons).toEqual([
      { line: 2, id: 'PPL-0001', nationalId: '0912345678', givenNames: 'José Luis', familyNames: 'Pérez Muñoz, Jr.', aliases: ['El Flaco', 'Flaquito'], birthDate: '1990-05-01', sex: 'M', nationality: 'ECU' },
      { line: 3, id: 'PPL-0002', nationalId: null, givenNames: 'María José', familyNames: 'Cañar\nQuishpe', aliases: [], birthDate: null, sex: 'F', nationality: 'ECU' },
      { line: 5, id: 'PPL-0003', nationalId: 'V-12345678', givenNames: 'Ñusta', familyNames: 'O"Higgins', aliases: [], birthDate: '1985-12-31', sex: 'F', nationality: 'VEN' },
    ]);
  });

  it('normalises times to UTC with milliseconds', () => {
    expect(bundle.custody).toEqual([
      { line: 2, person: 'PPL-0001', centre: 'LIT', admittedAt: '2024-03-01T15:00:00.000Z', legalStatus: 'pretrial', offence: 'robbery', maxPenaltyYears: 7.5, pretrialSince: '2024-02-28', risk: 'high', location: 'LIT-P2-A-012' },
      { line: 3, person: 'PPL-0002', centre: 'CPF-QTO', admittedAt: '2023-11-15T08:30:00.000Z', legalStatus: 'sentenced', offence: 'drug_trafficking', maxPenaltyYears: null, pretrialSince: null, risk: 'medium', location: null },
    ]);
    expect(bundle.movements).toEqual([
      { line: 2, at: '2024-03-02T08:00:00.250Z', person: 'PPL-0001', type: 'court_out', to: null, reason: 'Audiencia "preparatoria", sala 3' },
      { line: 3, at: '2024-03-02T17:00:00.000Z', person: 'PPL-0001', type: 'court_return', to: 'LIT-P2-A-012', reason: null },
    ]);
  });
});

describe('readBundle on rows with problems', () => {
  const { bundle, counts, issues } = readBundle(fixture('row-errors'), es);

  it('reports every problem with its file, line and column', () => {
    expect(where(issues)).toEqual([
      ['centres.csv', 3, 'code', 'IMPORT_INVALID_CODE'],
      ['centres.csv', 4, 'type', 'IMPORT_INVALID_VALUE'],
      ['centres.csv', 4, 'authority', 'IMPORT_INVALID_VALUE'],
      ['centres.csv', 4, 'timezone', 'IMPORT_INVALID_TIMEZONE'],
      ['centres.csv', 5, 'code', 'IMPORT_DUPLICATE_ID'],
      ['centres.csv', 6, 'name', 'IMPORT_REQUIRED'],
      ['centres.csv', 6, 'sex', 'IMPORT_REQUIRED'],
      ['locations.csv', 3, 'working_capacity', 'IMPORT_CAPACITY_ORDER'],
      ['locations.csv', 4, 'code', 'IMPORT_INVALID_CODE'],
      ['locations.csv', 5, 'kind', 'IMPORT_INVALID_VALUE'],
      ['locations.csv', 5, 'sex', 'IMPORT_INVALID_VALUE'],
      ['locations.csv', 5, 'design_capacity', 'IMPORT_INVALID_NUMBER'],
      ['locations.csv', 5, 'working_capacity', 'IMPORT_INVALID_NUMBER'],
      ['locations.csv', 5, 'max_capacity', 'IMPORT_INVALID_NUMBER'],
      ['locations.csv', 6, 'design_capacity', 'IMPORT_CAPACITY_ORDER'],
      ['locations.csv', 7, 'code', 'IMPORT_DUPLICATE_ID'],
      ['locations.csv', 8, 'parent', 'IMPORT_INVALID_CODE'],
      ['persons.csv', 3, 'family_names', 'IMPORT_REQUIRED'],
      ['persons.csv', 3, 'birth_date', 'IMPORT_INVALID_DATE'],
      // lines 4–5 are one row: a quoted name holds a line break
      ['persons.csv', 4, 'birth_date', 'IMPORT_INVALID_DATE'],
      ['persons.csv', 4, 'sex', 'IMPORT_INVALID_VALUE'],
      ['persons.csv', 4, 'nationality', 'IMPORT_INVALID_COUNTRY'],
      ['persons.csv', 6, 'birth_date', 'IMPORT_FUTURE_DATE'],
      ['persons.csv', 6, 'id', 'IMPORT_DUPLICATE_ID'],
      ['custody.csv', 3, 'admitted_at', 'IMPORT_INVALID_TIME'],
      ['custody.csv', 3, 'offence', 'IMPORT_UNKNOWN_OFFENCE'],
      ['custody.csv', 3, 'pretrial_since', 'IMPORT_REQUIRED'],
      ['custody.csv', 4, 'admitted_at', 'IMPORT_FUTURE_DATE'],
      ['custody.csv', 4, 'max_penalty_years', 'IMPORT_INVALID_NUMBER'],
      ['custody.csv', 4, 'risk', 'IMPORT_INVALID_VALUE'],
      ['custody.csv', 4, 'location', 'IMPORT_INVALID_CODE'],
      // line 5 holds only commas: a blank row
      ['custody.csv', 6, 'legal_status', 'IMPORT_REQUIRED'],
      ['movements.csv', 3, 'at', 'IMPORT_INVALID_TIME'],
      ['movements.csv', 3, 'type', 'IMPORT_INVALID_VALUE'],
      ['movements.csv', 4, 'at', 'IMPORT_REQUIRED'],
      ['movements.csv', 4, 'person', 'IMPORT_REQUIRED'],
      ['movements.csv', 5, null, 'IMPORT_FIELD_COUNT'],
      ['movements.csv', 6, 'to', 'IMPORT_INVALID_CODE'],
    ]);
  });

  it('names the value found, the allowed values and the first line of a duplicate', () => {
    const messages = issues.map((i) => i.message);
    expect(messages).toContain('Fecha imposible «2023-02-30» (formato AAAA-MM-DD).');
    expect(messages).toContain('«P01» ya aparece en la línea 2 de este archivo.');
    expect(messages).toContain('«LIT-P2-A-012» ya aparece en la línea 3 de este archivo.');
    expect(messages).toContain(
      'Delito desconocido «shoplifting». Categorías permitidas: homicide, femicide, drug_trafficking, drug_possession, robbery, theft, extortion, kidnapping, organized_crime, terrorism, weapons, sexual_offense, fraud, other.',
    );
    expect(messages).toContain(
      'Código no válido «TUR-P1-001»: el código de una ubicación empieza por el de su centro y un guion («LIT-…»).',
    );
    expect(messages).toContain('La capacidad operativa (3) supera la capacidad máxima (2).');
    expect(messages).toContain(
      'Falta el valor de «pretrial_since»: es obligatorio para una persona en prisión preventiva (legal_status = pretrial).',
    );
  });

  it('keeps only the rows without problems and counts them all', () => {
    expect(counts).toEqual({ 'centres.csv': 5, 'locations.csv': 7, 'persons.csv': 4, 'custody.csv': 4, 'movements.csv': 5 });
    expect(bundle.centres.map((r) => r.line)).toEqual([2]);
    expect(bundle.locations.map((r) => r.line)).toEqual([2]);
    expect(bundle.persons.map((r) => r.line)).toEqual([2]);
    expect(bundle.custody.map((r) => r.line)).toEqual([2]);
    expect(bundle.movements.map((r) => r.line)).toEqual([2]);
  });

  it('speaks English too, with every placeholder filled', () => {
    const english = readBundle(fixture('row-errors'), { language: 'en', clock }).issues;
    expect(where(english)).toEqual(where(issues));
    for (const [i, item] of english.entries()) {
      expect(item.message).not.toMatch(/[{}]/);
      expect(item.message).not.toBe(issues[i]?.message);
    }
    expect(english.map((i) => i.message)).toContain('Impossible date "2023-02-30" (format YYYY-MM-DD).');
  });
});

describe('readBundle on files it cannot read', () => {
  const { bundle, counts, issues } = readBundle(fixture('file-errors'), es);

  it('reports empty files, wrong headers, bad quoting and other encodings', () => {
    expect(where(issues)).toEqual([
      ['centres.csv', 1, null, 'IMPORT_EMPTY_FILE'],
      ['locations.csv', 1, 'Code', 'IMPORT_UNKNOWN_COLUMN'],
      ['locations.csv', 1, 'name', 'IMPORT_DUPLICATE_COLUMN'],
      ['locations.csv', 1, 'notes', 'IMPORT_UNKNOWN_COLUMN'],
      ['locations.csv', 1, 'code', 'IMPORT_MISSING_COLUMN'],
      // rows before the bad quote are still checked (lines 2–3 are one row)
      ['persons.csv', 4, 'sex', 'IMPORT_INVALID_VALUE'],
      ['persons.csv', 5, null, 'IMPORT_BAD_CSV'],
      ['custody.csv', 3, null, 'IMPORT_NOT_UTF8'],
      // the quote opens on line 4 (after a blank line); the parser notices at the end of the file
      ['movements.csv', 4, null, 'IMPORT_BAD_CSV'],
    ]);
  });

  it('reads the rows before a CSV error and nothing after it', () => {
    expect(bundle.persons.map((p) => [p.line, p.id, p.givenNames])).toEqual([[2, 'P01', 'Ana\nMaría']]);
    expect(bundle.movements.map((m) => m.line)).toEqual([2]);
    expect(bundle.locations).toEqual([]);
    expect(counts).toEqual({ 'centres.csv': 0, 'locations.csv': 2, 'persons.csv': 2, 'movements.csv': 1 });
  });
});

describe('readBundle on a folder with some files', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('treats a missing file as an empty list and omits its count', () => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-read-'));
    writeFileSync(join(dir, 'persons.csv'), `${PERSONS}\nP01,,Ana,Mora,,,F,ECU\n`);
    const result = readBundle(dir, es);
    expect(result.issues).toEqual([]);
    expect(result.counts).toEqual({ 'persons.csv': 1 });
    expect(result.bundle.persons).toHaveLength(1);
    expect(result.bundle.centres).toEqual([]);
    expect(result.bundle.movements).toEqual([]);
  });
});

describe('parseCsvText', () => {
  const lines = (text: string, file: Parameters<typeof parseCsvText>[1] = 'persons.csv') =>
    where(parseCsvText(text, file, es).issues).map(([, line, column, code]) => [line, column, code]);

  it('counts CRLF line breaks inside quotes once', () => {
    const text = `${PERSONS}\r\nP01,,"Ana\r\nMaría\r\nJosé",Mora,,,F,ECU\r\nP02,,Luis,Vera,,,Z,ECU\r\n`;
    const parsed = parseCsvText(text, 'persons.csv', es);
    expect(parsed.rows.map((r) => [r.line, r.givenNames])).toEqual([[2, 'Ana\nMaría\nJosé']]);
    expect(lines(text)).toEqual([[5, 'sex', 'IMPORT_INVALID_VALUE']]);
  });

  it('ignores blank lines, rows of empty fields and a BOM', () => {
    const text = `\uFEFF${PERSONS}\n\nP01,,Ana,Mora,,,F,ECU\n   \n,,,,,,,\n\nP02,,Luis,Vera,,,M,ECU\n\n\n`;
    const parsed = parseCsvText(text, 'persons.csv', es);
    expect(parsed.issues).toEqual([]);
    expect(parsed.count).toBe(2);
    expect(parsed.rows.map((r) => [r.line, r.id])).toEqual([[3, 'P01'], [7, 'P02']]);
  });

  it('reports text after a closing quote on its line and reads nothing after it', () => {
    const text = `${PERSONS}\nP01,,Ana,Mora,,,F,ECU\nP02,,"Luis" Alberto,Vera,,,M,ECU\nP03,,Rosa,Tapia,,,F,ECU\n`;
    const parsed = parseCsvText(text, 'persons.csv', es);
    expect(lines(text)).toEqual([[3, null, 'IMPORT_BAD_CSV']]);
    expect(parsed.rows.map((r) => r.id)).toEqual(['P01']);
    expect(parsed.issues[0]?.message).toBe(
      'El archivo no es un CSV válido: hay texto justo después de una comilla de cierre (dentro de un campo entre comillas, escriba la comilla dos veces: ""). No se ha leído nada desde esta línea.',
    );
  });

  it('reports a row with too few fields and goes on', () => {
    const text = `${PERSONS}\nP01,,Ana,Mora,,F,ECU\nP02,,Luis,Vera,,,M,ECU\n`;
    expect(lines(text)).toEqual([[2, null, 'IMPORT_FIELD_COUNT']]);
    expect(parseCsvText(text, 'persons.csv', es).rows.map((r) => r.id)).toEqual(['P02']);
  });

  it('accepts columns in any order', () => {
    const text = 'to,reason,at,person,type\n,,2024-01-01T00:00:00Z,P01,court_out\n';
    expect(parseCsvText(text, 'movements.csv', es).rows).toEqual([
      { line: 2, at: '2024-01-01T00:00:00.000Z', person: 'P01', type: 'court_out', to: null, reason: null },
    ]);
  });

  it('trims values', () => {
    const text = `${PERSONS}\n P01 ,, Ana , Mora , a ; b ;, 1990-01-01 , F , ecu \n`;
    expect(parseCsvText(text, 'persons.csv', es).rows).toEqual([
      { line: 2, id: 'P01', nationalId: null, givenNames: 'Ana', familyNames: 'Mora', aliases: ['a', 'b'], birthDate: '1990-01-01', sex: 'F', nationality: 'ECU' },
    ]);
  });

  it.each([
    ['2024-03-01T10:00:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00Z', '2024-03-01T10:00:00.000Z'],
    ['2024-03-01T10:00:00-05:00', '2024-03-01T15:00:00.000Z'],
    ['2024-02-29T23:30:00+01:30', '2024-02-29T22:00:00.000Z'],
    ['2024-03-01T10:00:00.123456Z', '2024-03-01T10:00:00.123Z'],
    // the API's rule (kernel isoInstant) takes an offset without a colon too
    ['2024-03-01T10:00:00+0500', '2024-03-01T05:00:00.000Z'],
  ])('reads the time %s as %s', (value, expected) => {
    const parsed = parseCsvText(`${MOVEMENTS}\n${value},P01,court_out,,\n`, 'movements.csv', es);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[0]?.at).toBe(expected);
  });

  it.each([
    '2024-03-01',
    '2024-03-01T10:00:00',
    '2024-03-01 10:00:00Z',
    '2023-02-29T10:00:00Z',
    '2024-03-01T24:00:00Z',
    '2024-03-01T10:60:00Z',
    '2024-03-01T10:00:60Z',
    '2024-03-01t10:00:00z',
    '1709287200',
  ])('rejects the time %s', (value) => {
    expect(lines(`${MOVEMENTS}\n${value},P01,court_out,,\n`, 'movements.csv')).toEqual([[2, 'at', 'IMPORT_INVALID_TIME']]);
  });

  it.each([
    ['2024-02-29', []],
    ['2000-02-29', []],
    ['1900-02-29', [[2, 'birth_date', 'IMPORT_INVALID_DATE']]],
    ['2023-04-31', [[2, 'birth_date', 'IMPORT_INVALID_DATE']]],
    ['2023-13-01', [[2, 'birth_date', 'IMPORT_INVALID_DATE']]],
    ['1990-1-5', [[2, 'birth_date', 'IMPORT_INVALID_DATE']]],
    ['2025-01-01', []],
    ['2025-01-02', [[2, 'birth_date', 'IMPORT_FUTURE_DATE']]],
  ])('checks the birth date %s', (value, expected) => {
    expect(lines(`${PERSONS}\nP01,,Ana,Mora,,${value},F,ECU\n`)).toEqual(expected);
  });

  it.each([
    ['7', 7],
    ['7.5', 7.5],
    ['0', 0],
  ])('reads the maximum penalty %s', (value, expected) => {
    const parsed = parseCsvText(`${CUSTODY}\nP01,LIT,2024-01-01T00:00:00Z,sentenced,theft,${value},,low,\n`, 'custody.csv', es);
    expect(parsed.rows[0]?.maxPenaltyYears).toBe(expected);
  });

  it.each(['-1', '7,5', '.5', 'siete', '1e3'])('rejects the maximum penalty %s', (value) => {
    const text = `${CUSTODY}\nP01,LIT,2024-01-01T00:00:00Z,sentenced,theft,"${value}",,low,\n`;
    expect(lines(text, 'custody.csv')).toEqual([[2, 'max_penalty_years', 'IMPORT_INVALID_NUMBER']]);
  });

  it('needs pretrial_since only for a person in pretrial detention', () => {
    const row = (person: string, status: string, since: string) => `${person},LIT,2024-01-01T00:00:00Z,${status},theft,,${since},low,`;
    const text = [CUSTODY, row('P01', 'sentenced', ''), row('P02', 'pretrial', '2023-12-30'), row('P03', 'pretrial', '')].join('\n');
    expect(lines(text, 'custody.csv')).toEqual([[4, 'pretrial_since', 'IMPORT_REQUIRED']]);
  });

  it('accepts an admission time up to five minutes ahead, as the API does, and rejects a second more', () => {
    const row = (person: string, at: string) => `${person},LIT,${at},sentenced,theft,,,low,`;
    const text = [CUSTODY, row('P01', '2025-01-01T00:05:00Z'), row('P02', '2024-12-31T19:05:01-05:00')].join('\n');
    expect(lines(text, 'custody.csv')).toEqual([[3, 'admitted_at', 'IMPORT_FUTURE_DATE']]);
  });
});

describe('parseCsvText on the group and non-association files', () => {
  const lines = (text: string, file: Parameters<typeof parseCsvText>[1]) =>
    where(parseCsvText(text, file, es).issues).map(([, line, column, code]) => [line, column, code]);

  it('reads groups: empty parent as null, aliases split, codes with dashes and underscores', () => {
    const text = 'code,name,kind,parent,aliases\nLOBOS,Los Lobos,gang,,Lobos; La Manada\nLOBOS_BOX,"Los Lobos Box, facción",faction,LOBOS,\n';
    expect(parseCsvText(text, 'groups.csv', es)).toEqual({
      count: 2,
      issues: [],
      rows: [
        { line: 2, code: 'LOBOS', name: 'Los Lobos', kind: 'gang', parent: null, aliases: ['Lobos', 'La Manada'] },
        { line: 3, code: 'LOBOS_BOX', name: 'Los Lobos Box, facción', kind: 'faction', parent: 'LOBOS', aliases: [] },
      ],
    });
  });

  it('reports a group row’s bad code, kind, missing name and a code given twice', () => {
    const text = 'code,name,kind,parent,aliases\nLOBOS,Los Lobos,gang,,\nlos lobos,,mafia,lobos,\nLOBOS,Otra vez,gang,,\n';
    expect(lines(text, 'groups.csv')).toEqual([
      [3, 'code', 'IMPORT_INVALID_CODE'],
      [3, 'name', 'IMPORT_REQUIRED'],
      [3, 'kind', 'IMPORT_INVALID_VALUE'],
      [3, 'parent', 'IMPORT_INVALID_CODE'],
      [4, 'code', 'IMPORT_DUPLICATE_ID'],
    ]);
  });

  it('reads relations with or without a date and checks the relation and the date', () => {
    const text = 'group_a,group_b,relation,since\nLOBOS,CHONEROS,rival,2020-12-28\nLOBOS,CJNG,allied,\nLOBOS,R7,enemy,2022-02-30\nR7,CJNG,rival,2025-01-02\n';
    const parsed = parseCsvText(text, 'group_relations.csv', es);
    expect(parsed.rows).toEqual([
      { line: 2, groupA: 'LOBOS', groupB: 'CHONEROS', relation: 'rival', since: '2020-12-28' },
      { line: 3, groupA: 'LOBOS', groupB: 'CJNG', relation: 'allied', since: null },
    ]);
    expect(lines(text, 'group_relations.csv')).toEqual([
      [4, 'relation', 'IMPORT_INVALID_VALUE'],
      [4, 'since', 'IMPORT_INVALID_DATE'],
      [5, 'since', 'IMPORT_FUTURE_DATE'],
    ]);
  });

  it('reads memberships and needs a role and a confidence from the lists', () => {
    const text = 'person,group,role,since,confidence\nP01,LOBOS,leader,2021-03-01,confirmed\nP02,LOBOS,boss,,\nP03,,member,03/2021,sure\n';
    expect(parseCsvText(text, 'memberships.csv', es).rows).toEqual([
      { line: 2, person: 'P01', group: 'LOBOS', role: 'leader', since: '2021-03-01', confidence: 'confirmed' },
    ]);
    expect(lines(text, 'memberships.csv')).toEqual([
      [3, 'role', 'IMPORT_INVALID_VALUE'],
      [3, 'confidence', 'IMPORT_REQUIRED'],
      [4, 'group', 'IMPORT_REQUIRED'],
      [4, 'since', 'IMPORT_INVALID_DATE'],
      [4, 'confidence', 'IMPORT_INVALID_VALUE'],
    ]);
  });

  it('reads non-associations, keeping a comment with commas and line breaks', () => {
    const text = 'person_a,person_b,reason,level,comment\nP01,P02,threat,wing,"Amenaza, en el patio\ndel pabellón"\nP01,P03,revenge,floor,\n';
    expect(parseCsvText(text, 'non_associations.csv', es).rows).toEqual([
      { line: 2, personA: 'P01', personB: 'P02', reason: 'threat', level: 'wing', comment: 'Amenaza, en el patio\ndel pabellón' },
    ]);
    expect(lines(text, 'non_associations.csv')).toEqual([
      [4, 'reason', 'IMPORT_INVALID_VALUE'],
      [4, 'level', 'IMPORT_INVALID_VALUE'],
      [4, 'comment', 'IMPORT_REQUIRED'],
    ]);
  });
});
