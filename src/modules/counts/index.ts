import './errors.ts';
/** Counts of a centre's people (expected fixed at the start, entered, reconciled, closed) and the roll sheet. */
export { assessCount, lineStatus, type CountKind, type CountTotals, type LineFigures, type LineStatus } from './assess-count.ts';
export { startCount } from './start-count.ts';
export { enterCount, markPeople } from './enter-count.ts';
export { reconcileLine } from './reconcile-line.ts';
export { closeCount } from './close-count.ts';
export { getCount, getCountLine, listCounts, type CountDetail, type CountLineView } from './get-count.ts';
export { linePeople } from './line-people.ts';
export { rollSheet } from './roll-sheet.ts';
export { COUNT_TIMES, countDue, type CountDue } from './count-schedule.ts';
export { dueCount, type CentreCountDue } from './due-count.ts';
export { COUNT_PERMISSIONS } from './policy.ts';
export type { CountLine, CountSession } from './repository.ts';
export { selectClosedCounts as readClosedCounts, type ClosedCountRow } from './repository.ts';
