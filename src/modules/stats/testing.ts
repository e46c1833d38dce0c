import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Database } from '../../db/engine.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { importBundle, readBundle } from '../interchange/index.ts';

/**
 * A small invented estate for the statistics' tests (test files only): two centres in two time
 * zones — LIT on the mainland (UTC−5) and GAL in the Galápagos (UTC−6) — and seven people
 * admitted, transferred, escaping, recaptured, released, sentenced and dying in the ten days
 * 1–10 March 2025. stats.int.test.ts works its figures out by hand.
 */
export const INVENTED_PERIOD = { from: '2025-03-01', to: '2025-03-10' };

export const INVENTED_PEOPLE = [
  { id: 'P0000001', given: 'Jorge Aníbal', family: 'Mera Villacís' },
  { id: 'P0000002', given: 'Carlos Andrés', family: 'Quiñónez Bone' },
  { id: 'P0000003', given: 'Luis Alberto', family: 'Zambrano Pico' },
  { id: 'P0000004', given: 'Rosa Elena', family: 'Guerrero Tapia' },
  { id: 'P0000005', given: 'Manuel Jesús', family: 'Chalén Rivera' },
  { id: 'P0000006', given: 'Byron Stalin', family: 'Cedeño Loor' },
  { id: 'P0000007', given: 'Édison Fabricio', family: 'Pincay Vera' },
];

export const INVENTED_ESTATE: Record<string, string> = {
  'centres.csv': `code,name,city,province,type,sex,authority,timezone
LIT,Penitenciaría del Litoral,Guayaquil,Guayas,CPL,mixed,snai,America/Guayaquil
GAL,CPL Galápagos,Puerto Baquerizo Moreno,Galápagos,CPL,mixed,snai,Pacific/Galapagos
`,
  // Design capacity: LIT 2 + 3 = 5 places, GAL 4.
  'locations.csv': `code,centre,parent,kind,name,sex,regime,security,design_capacity,working_capacity,max_capacity
LIT-P1,LIT,,pavilion,Pabellón 1,any,mixed,medium,,,
LIT-P1-A,LIT,LIT-P1,wing,Ala A,any,mixed,medium,,,
LIT-P1-A-001,LIT,LIT-P1-A,cell,Celda 001,any,mixed,medium,2,2,3
LIT-P1-A-002,LIT,LIT-P1-A,cell,Celda 002,any,mixed,medium,3,3,4
GAL-P1,GAL,,pavilion,Pabellón 1,any,mixed,medium,,,
GAL-P1-A,GAL,GAL-P1,wing,Ala A,any,mixed,medium,,,
GAL-P1-A-001,GAL,GAL-P1-A,cell,Celda 001,any,mixed,medium,4,4,5
`,
  'persons.csv': `id,national_id,given_names,family_names,aliases,birth_date,sex,nationality
${INVENTED_PEOPLE.map((p, i) => `${p.id},09123456${String(i).padStart(2, '0')},${p.given},${p.family},,1985-0${i + 1}-15,${p.id === 'P0000004' ? 'F' : 'M'},ECU`).join('\n')}
`,
  // On roll when the period starts: LIT P1 (sentenced), P2 (pretrial), P3 (pretrial), P7 (sentenced); GAL P4 (pretrial), P5 (sentenced).
  'custody.csv': `person,centre,admitted_at,legal_status,offence,max_penalty_years,pretrial_since,risk,location
P0000001,LIT,2024-01-10T10:00:00-05:00,sentenced,robbery,10,,medium,
P0000002,LIT,2024-06-01T10:00:00-05:00,pretrial,robbery,10,2024-06-01,medium,
P0000003,LIT,2025-01-05T10:00:00-05:00,pretrial,theft,3,2025-01-05,medium,
P0000007,LIT,2024-05-01T10:00:00-05:00,sentenced,extortion,10,,medium,
P0000004,GAL,2024-02-01T10:00:00-06:00,pretrial,drug_possession,3,2024-02-01,low,
P0000005,GAL,2024-03-01T10:00:00-06:00,sentenced,theft,3,,low,
`,
  // P2 is sentenced on 8 March: from then on not pretrial.
  'legal_status_changes.csv': `person,since,legal_status,sentence_months,note,recorded_at,recorded_by
P0000002,2024-06-01,pretrial,,,,
P0000002,2025-03-08,sentenced,48,,,
`,
  'movements.csv': `at,person,type,to,reason
2025-03-03T10:00:00-05:00,P0000006,admission,LIT,Boleta 2025-0303
2025-03-04T08:00:00-05:00,P0000007,transfer,GAL,Traslado
2025-03-05T02:00:00-05:00,P0000003,escape,,
2025-03-07T14:00:00-05:00,P0000003,recapture,LIT,
2025-03-09T09:00:00-05:00,P0000006,release,,alternative_measure
`,
  // P1's death is on 6 March in Guayaquil (7 March in UTC); P4's on 10 March in the Galápagos (11 March in UTC).
  'deaths.csv': `person,at,location,cause,incident,description
P0000001,2025-03-06T23:30:00-05:00,LIT,homicide,LIT-INC-2025-000001,Herido en el motín
P0000005,2025-03-02T12:00:00-06:00,GAL,self_inflicted,,Hallado en su celda
P0000004,2025-03-10T23:00:00-06:00,GAL,natural,,Paro cardíaco
`,
  // The fight of 11 March (local) is after the period.
  'incidents.csv': `id,centre,location,type,started_at,ended_at,deaths,injuries,description
LIT-INC-2025-000001,LIT,LIT-P1,riot,2025-03-06T22:00:00-05:00,2025-03-07T01:00:00-05:00,1,2,Motín en el pabellón 1
LIT-INC-2025-000002,LIT,LIT-P1,fight,2025-03-11T00:30:00-05:00,,0,0,Riña
GAL-INC-2025-000001,GAL,,other,2025-03-02T12:30:00-06:00,,0,0,Hallazgo del fallecido
`,
  'incident_people.csv': `incident,person,role
LIT-INC-2025-000001,P0000001,victim
`,
  'seizures.csv': `id,at,centre,location,item,quantity,person,incident
LIT-SZ-2025-0001,2025-03-07T09:00:00-05:00,LIT,LIT-P1-A-001,phone,3,,
LIT-SZ-2025-0002,2025-03-07T09:30:00-05:00,LIT,LIT-P1-A-002,blade,7,,
`,
};

/** Writes the invented estate as a folder of CSV files (format v1); returns the folder and a function removing it. */
export function writeInventedEstate(): { dir: string; remove: () => void } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'custodia-stats-'));
  const dir = path.join(root, 'estate');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(INVENTED_ESTATE)) writeFileSync(path.join(dir, name), text);
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Imports the invented estate into `db` as the system, failing the test on any import error. */
export async function importInventedEstate(db: Database): Promise<void> {
  const { dir, remove } = writeInventedEstate();
  try {
    const parsed = readBundle(dir, { language: 'en' });
    expect(parsed.issues).toEqual([]);
    const outcome = await importBundle(db, { actor: SYSTEM_ACTOR }, parsed.bundle, parsed, { dryRun: false, language: 'en' });
    expect(outcome.errors).toEqual([]);
  } finally {
    remove();
  }
}

/** What must never be in the open data: a person's id, national ID or names. */
export interface PersonalValues {
  id: string;
  nationalId?: string | null;
  given: string;
  family: string;
}

const PERSONAL_COLUMN = /(^|_)(id|ids|person|persons|people|name|names|national_id|birth|birth_date|given_names|family_names)(_|$)/i;

/**
 * The problems of a set of open-data files (name → text): a column named like a personal field,
 * a value equal to a person's id, national ID or name, a count of 1 to 4 where the data dictionary
 * says small counts are suppressed (deaths, escapes, recaptures everywhere; incidents and seizures
 * per centre), or a "<5" that can be worked out from a row's total of deaths.
 */
export async function openDataProblems(files: Record<string, string>, people: readonly PersonalValues[]): Promise<string[]> {
  const { parse } = await import('csv-parse/sync');
  const problems: string[] = [];
  const personal = new Set(people.flatMap((p) => [p.id, p.nationalId ?? '', p.given, p.family, `${p.given} ${p.family}`, `${p.family} ${p.given}`, `${p.family}, ${p.given}`]).filter((v) => v !== ''));
  const suppressedColumn = (file: string, column: string) =>
    /^deaths_/.test(column) || column === 'escapes' || column === 'recaptures' || (file.startsWith('centres_') && /^(incidents|seizures)_/.test(column));
  for (const [file, text] of Object.entries(files)) {
    let rows: Record<string, unknown>[] = [];
    let columns: string[] = [];
    if (file.endsWith('.csv')) {
      rows = parse(text, { columns: true }) as Record<string, unknown>[];
      columns = Object.keys(rows[0] ?? {});
      if (rows.length === 0) columns = (text.split('\n')[0] ?? '').split(',');
    } else if (file.endsWith('.json')) {
      const json = JSON.parse(text) as { columns?: string[]; rows?: Record<string, unknown>[] };
      columns = json.columns ?? [];
      rows = json.rows ?? [];
    }
    for (const column of columns) if (PERSONAL_COLUMN.test(column)) problems.push(`${file}: column ${column}`);
    // Every value of the file, whatever its shape (the dictionary's and Markdown's words included).
    const values = new Set<string>();
    if (file.endsWith('.json')) JSON.stringify(JSON.parse(text), (_, v: unknown) => (typeof v === 'string' || typeof v === 'number' ? (values.add(String(v)), v) : v));
    else for (const cell of text.split(/[\n,|]/)) values.add(cell.trim().replace(/^"|"$/g, ''));
    for (const value of personal) if (values.has(value)) problems.push(`${file}: the value ${value}`);
    for (const [i, row] of rows.entries()) {
      for (const column of columns) {
        const value = Number(row[column]);
        if (suppressedColumn(file, column) && row[column] !== '' && row[column] !== null && Number.isInteger(value) && value >= 1 && value <= 4) {
          problems.push(`${file} row ${i + 1}: ${column} = ${value}`);
        }
      }
      const total = Number(row.deaths_total);
      const causes = columns.filter((c) => c.startsWith('deaths_') && c !== 'deaths_total');
      const hidden = causes.filter((c) => Number.isNaN(Number(row[c])) || row[c] === '' || row[c] === null);
      if (causes.length > 0 && !Number.isNaN(total) && row.deaths_total !== '' && hidden.length === 1) problems.push(`${file} row ${i + 1}: ${hidden[0]} = total − the other causes`);
    }
  }
  return problems;
}
