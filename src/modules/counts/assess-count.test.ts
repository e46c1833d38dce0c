import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decide, type Principal, type Role } from '../../kernel/access.ts';
import { assessCount, lineStatus, type LineFigures } from './assess-count.ts';
import { COUNT_PERMISSIONS } from './policy.ts';

const line = (location: string, expected: number, counted: number | null, reconciliation: string | null = null): LineFigures => ({
  location,
  expected,
  counted,
  reconciliation,
});

describe('the status of a count line', () => {
  it('is pending until counted, ok when the count matches, a discrepancy otherwise until explained', () => {
    expect(lineStatus(line('C1', 2, null))).toBe('pending');
    expect(lineStatus(line('C1', 2, 2))).toBe('ok');
    expect(lineStatus(line('C1', 0, 0))).toBe('ok');
    expect(lineStatus(line('C1', 2, 1))).toBe('discrepancy');
    expect(lineStatus(line('C1', 0, 1))).toBe('discrepancy');
    expect(lineStatus(line('C1', 2, 1, 'Trasladado a enfermería sin registrar'))).toBe('reconciled');
  });

  it('ignores a stale explanation on a line that now matches', () => {
    expect(lineStatus(line('C1', 2, 2, 'explicación anterior'))).toBe('ok');
  });
});

describe('assessing a count', () => {
  it('adds up expected and counted, and names the lines that keep it open', () => {
    const result = assessCount([
      line('C1', 2, 2),
      line('C2', 3, 2),
      line('C3', 1, null),
      line('C4', 0, 1, 'Interno de C2 encontrado en C4'),
      line('', 1, 1),
    ]);
    expect(result.totals).toEqual({ lines: 5, expected: 7, counted: 6, discrepancies: 2, unreconciled: 1, pending: 1 });
    expect(result.pending).toEqual(['C3']);
    expect(result.unreconciled).toEqual(['C2']);
    expect(result.canClose).toBe(false);
    expect(result.lines.map((l) => [l.location, l.status, l.difference])).toEqual([
      ['C1', 'ok', 0],
      ['C2', 'discrepancy', -1],
      ['C3', 'pending', null],
      ['C4', 'reconciled', 1],
      ['', 'ok', 0],
    ]);
  });

  it('can close once every line is counted and every discrepancy explained', () => {
    expect(assessCount([line('C1', 2, 2), line('C2', 3, 2, 'Uno en audiencia')]).canClose).toBe(true);
    expect(assessCount([]).canClose).toBe(true);
  });

  const figures = fc.record({
    location: fc.string({ maxLength: 4 }),
    expected: fc.nat(50),
    counted: fc.option(fc.nat(50), { nil: null }),
    reconciliation: fc.option(fc.string({ minLength: 5, maxLength: 10 }), { nil: null }),
  });

  it('keeps its totals consistent with the lines, whatever they are', () => {
    fc.assert(
      fc.property(fc.array(figures, { maxLength: 30 }), (lines) => {
        const { totals, lines: assessed, canClose, pending, unreconciled } = assessCount(lines);
        const count = (status: string) => assessed.filter((l) => l.status === status).length;
        expect(totals.lines).toBe(lines.length);
        expect(totals.pending).toBe(count('pending'));
        expect(totals.unreconciled).toBe(count('discrepancy'));
        expect(totals.discrepancies).toBe(count('discrepancy') + count('reconciled'));
        expect(count('pending') + count('ok') + count('discrepancy') + count('reconciled')).toBe(lines.length);
        expect(pending.length + unreconciled.length === 0).toBe(canClose);
        // The difference of the counted lines is what the totals differ by.
        const counted = assessed.filter((l) => l.counted !== null);
        expect(counted.reduce((sum, l) => sum + (l.difference ?? 0), 0)).toBe(totals.counted - counted.reduce((sum, l) => sum + l.expected, 0));
      }),
    );
  });
});

describe('who may do what with a count', () => {
  const user = (roles: Role[], centres: string[]): Pick<Principal, 'roles' | 'caseload'> => ({ roles, caseload: { all: false, centres } });
  const lit = { centre: 'LIT' };
  const scenarios: [string, Pick<Principal, 'roles' | 'caseload'>, keyof typeof COUNT_PERMISSIONS, 'allow' | 'forbidden' | 'not_found'][] = [
    ['an officer at Litoral starts a count there', user(['officer'], ['LIT']), 'count.start', 'allow'],
    ['an officer at Litoral enters a count', user(['officer'], ['LIT']), 'count.enter', 'allow'],
    ['an officer at Litoral reconciles a discrepancy', user(['officer'], ['LIT']), 'count.reconcile', 'forbidden'],
    ['an officer at Litoral closes the count', user(['officer'], ['LIT']), 'count.close', 'forbidden'],
    ['a supervisor at Litoral reconciles', user(['supervisor'], ['LIT']), 'count.reconcile', 'allow'],
    ['a director at Litoral closes', user(['director'], ['LIT']), 'count.close', 'allow'],
    ['a health worker at Litoral reads the count', user(['health'], ['LIT']), 'count.read', 'allow'],
    ['a health worker at Litoral starts a count', user(['health'], ['LIT']), 'count.start', 'forbidden'],
    ['hq staff start a count', user(['hq'], ['LIT']), 'count.start', 'forbidden'],
    ['a supervisor at Machala reconciles a Litoral count', user(['supervisor'], ['MAC']), 'count.reconcile', 'not_found'],
    ['an officer at Machala reads a Litoral count', user(['officer'], ['MAC']), 'count.read', 'not_found'],
  ];
  it.each(scenarios)('%s', (_name, principal, permission, expected) => {
    expect(decide(principal, COUNT_PERMISSIONS[permission], lit)).toBe(expected);
  });
});
