import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { BUNDLE_COLUMNS, type ImportIssue } from './bundle.ts';
import { parseCsvText } from './read-bundle.ts';

/** The row checks of incidents.csv, incident_people.csv, deaths.csv and seizures.csv (read-incident-rows.ts). */

const en = { language: 'en', clock: fixedClock('2026-01-01T00:00:00Z') } as const;
const where = (issues: ImportIssue[]) => issues.map(({ line, column, code }) => [line, column, code]);
const headerOf = (key: keyof typeof BUNDLE_COLUMNS) => BUNDLE_COLUMNS[key].join(',');

describe('reading incidents.csv', () => {
  const incident = (cells: Partial<Record<'id' | 'started_at' | 'ended_at' | 'deaths' | 'injuries' | 'description' | 'type', string>>) =>
    [cells.id ?? 'LIT-INC-1', 'LIT', 'LIT-P1', cells.type ?? 'riot', cells.started_at ?? '2025-09-02T10:00:00-05:00', cells.ended_at ?? '', cells.deaths ?? '0', cells.injuries ?? '0', cells.description ?? 'Motín'].join(',');
  const read = (...rows: string[]) => parseCsvText(`${headerOf('incidents')}\n${rows.join('\n')}\n`, 'incidents.csv', en);

  it('reads a row, times in UTC', () => {
    const { rows, issues } = read(incident({ ended_at: '2025-09-02T16:00:00Z', deaths: '2', injuries: '11', description: '"En el patio,\nquemados"' }));
    expect(issues).toEqual([]);
    expect(rows).toEqual([
      { line: 2, id: 'LIT-INC-1', centre: 'LIT', location: 'LIT-P1', type: 'riot', startedAt: '2025-09-02T15:00:00.000Z', endedAt: '2025-09-02T16:00:00.000Z', deaths: 2, injuries: 11, description: 'En el patio,\nquemados' },
    ]);
  });

  it('takes the longest first report the API takes, in three-byte characters and quotes', () => {
    const longest = '"'.repeat(2000) + '語'.repeat(14_000);
    const { rows, issues } = read(incident({ description: `"${longest.replace(/"/g, '""')}"` }));
    expect(issues).toEqual([]);
    expect(rows[0]?.description).toBe(longest);
  });

  it('refuses an end before the start, naming ended_at', () => {
    const { rows, issues } = read(incident({ ended_at: '2025-09-02T14:59:59Z' }));
    expect(where(issues)).toEqual([[2, 'ended_at', 'IMPORT_ENDS_BEFORE_START']]);
    expect(issues[0]?.message).toBe('The end (2025-09-02T14:59:59.000Z) is earlier than the start (2025-09-02T15:00:00.000Z).');
    expect(rows).toEqual([]);
  });

  it('refuses NUL and other control characters, huge text, year 0000, negative and fractional casualties, unknown types and repeated ids', () => {
    const { rows, issues } = read(
      incident({ id: 'A1', description: 'Mot\u0000ín' }),
      incident({ id: 'A2', description: 'x\u000Cy' }),
      incident({ id: 'A3', description: 'x'.repeat(16_001) }),
      incident({ id: 'A4', started_at: '0000-01-01T00:00:00Z' }),
      incident({ id: 'A5', deaths: '-1', injuries: '1.5' }),
      incident({ id: 'A6', type: 'massacre' }),
      incident({ id: 'A1' }),
    );
    expect(where(issues)).toEqual([
      [2, 'description', 'IMPORT_INVALID_TEXT'],
      [3, 'description', 'IMPORT_INVALID_TEXT'],
      [4, 'description', 'IMPORT_TEXT_TOO_LONG'],
      [5, 'started_at', 'IMPORT_DATE_OUT_OF_RANGE'],
      [6, 'deaths', 'IMPORT_INVALID_NUMBER'],
      [6, 'injuries', 'IMPORT_INVALID_NUMBER'],
      [7, 'type', 'IMPORT_INVALID_VALUE'],
      [8, 'id', 'IMPORT_DUPLICATE_ID'],
    ]);
    expect(rows).toEqual([]);
  });
});

describe('reading incident_people.csv, deaths.csv and seizures.csv', () => {
  it('refuses a role not in the list and a repeated row', () => {
    const text = `${headerOf('incidentPeople')}\nLIT-INC-1,P0000001,victim\nLIT-INC-1,P0000001,bystander\nLIT-INC-1,P0000001,victim\nLIT-INC-1,P0000001,injured\n`;
    const { rows, issues } = parseCsvText(text, 'incident_people.csv', en);
    expect(where(issues)).toEqual([
      [3, 'role', 'IMPORT_INVALID_VALUE'],
      [4, 'role', 'IMPORT_DUPLICATE_ROW'],
    ]);
    expect(rows.map((r) => r.role)).toEqual(['victim', 'injured']);
  });

  it('reads a death, and refuses an unknown cause, a future time and a second death of the same person', () => {
    const text = `${headerOf('deaths')}\nP0000001,2025-09-02T12:00:00Z,LIT,pending,,\nP0000002,2025-09-02T12:00:00Z,LIT,suicide,,\nP0000003,2027-01-01T00:00:00Z,LIT,natural,,\nP0000001,2025-09-03T12:00:00Z,LIT,natural,,\n`;
    const { rows, issues } = parseCsvText(text, 'deaths.csv', en);
    expect(where(issues)).toEqual([
      [3, 'cause', 'IMPORT_INVALID_VALUE'],
      [4, 'at', 'IMPORT_FUTURE_DATE'],
      [5, 'person', 'IMPORT_DUPLICATE_ID'],
    ]);
    expect(rows).toEqual([{ line: 2, person: 'P0000001', at: '2025-09-02T12:00:00.000Z', location: 'LIT', cause: 'pending', incident: null, description: null }]);
  });

  it('refuses a quantity that is not a positive whole number, naming quantity', () => {
    const row = (id: string, quantity: string) => `${id},2025-09-02T12:00:00Z,LIT,,drugs,${quantity},,`;
    const text = `${headerOf('seizures')}\n${row('S1', '-2')}\n${row('S2', '0')}\n${row('S3', '2.5')}\n${row('S4', '40')}\n`;
    const { rows, issues } = parseCsvText(text, 'seizures.csv', en);
    expect(where(issues)).toEqual([
      [2, 'quantity', 'IMPORT_INVALID_NUMBER'],
      [3, 'quantity', 'IMPORT_INVALID_NUMBER'],
      [4, 'quantity', 'IMPORT_INVALID_NUMBER'],
    ]);
    expect(issues[0]?.message).toBe('Invalid number "-2": expected a whole number from 1 to 1000000.');
    expect(rows.map((r) => [r.id, r.quantity])).toEqual([['S4', 40]]);
  });
});
