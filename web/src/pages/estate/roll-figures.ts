import type { RollFigures as RollLine } from '../../api-roll.ts';

export type Severity = 'normal' | 'over' | 'critical';

/** Over the design capacity (amber) or over the absolute maximum (red). */
export function severityOf(line: Pick<RollLine, 'on_roll' | 'design_capacity' | 'max_capacity'>): Severity {
  if (line.max_capacity > 0 && line.on_roll > line.max_capacity) return 'critical';
  if (line.on_roll > line.design_capacity) return 'over';
  return 'normal';
}

/** The pretrial share of the people on roll, a ratio (0 when nobody is on roll). */
export function pretrialShare(line: Pick<RollLine, 'on_roll' | 'pretrial'>): number {
  return line.on_roll > 0 ? line.pretrial / line.on_roll : 0;
}
