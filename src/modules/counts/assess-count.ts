/** The kinds of count: the routine ones and those ordered in an emergency. */
export type CountKind = 'scheduled' | 'emergency';
export type LineStatus = 'pending' | 'ok' | 'discrepancy' | 'reconciled';

/** The figures of a line that decide its status. */
export interface LineFigures {
  location: string;
  expected: number;
  counted: number | null;
  reconciliation: string | null;
}

export interface CountTotals {
  lines: number;
  expected: number;
  /** The sum of the lines counted so far. */
  counted: number;
  /** Lines counted and found different from what was expected, reconciled or not. */
  discrepancies: number;
  unreconciled: number;
  pending: number;
}

/**
 * A line's status: not yet counted, counted as expected, counted differently (a discrepancy),
 * or a discrepancy a supervisor has explained. Pure.
 */
export function lineStatus(line: LineFigures): LineStatus {
  if (line.counted === null) return 'pending';
  if (line.counted === line.expected) return 'ok';
  return line.reconciliation === null ? 'discrepancy' : 'reconciled';
}

/** Each line's status and difference, the session's totals, and the lines that keep it open. Pure. */
export function assessCount<L extends LineFigures>(lines: readonly L[]) {
  const totals: CountTotals = { lines: lines.length, expected: 0, counted: 0, discrepancies: 0, unreconciled: 0, pending: 0 };
  const pending: string[] = [];
  const unreconciled: string[] = [];
  const assessed = lines.map((line) => {
    const status = lineStatus(line);
    totals.expected += line.expected;
    if (line.counted !== null) totals.counted += line.counted;
    if (status === 'pending') {
      totals.pending += 1;
      pending.push(line.location);
    }
    if (status === 'discrepancy') {
      totals.unreconciled += 1;
      unreconciled.push(line.location);
    }
    if (status === 'discrepancy' || status === 'reconciled') totals.discrepancies += 1;
    return { ...line, status, difference: line.counted === null ? null : line.counted - line.expected };
  });
  return { lines: assessed, totals, pending, unreconciled, canClose: pending.length === 0 && unreconciled.length === 0 };
}
