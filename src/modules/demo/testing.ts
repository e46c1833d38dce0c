import type { Bundle, LocationRow } from '../interchange/index.ts';

/**
 * Test support: replays a bundle the way the importer applies it (custody rows first, then the
 * movements in time order) and reports every step that breaks a rule the demo promises to keep.
 */
export interface Replay {
  /** Problems found, in order; empty when the history is consistent. */
  problems: string[];
  /** People on the roll at the end, per centre. */
  roll: Map<string, number>;
}

export function replayBundle(bundle: Bundle): Replay {
  const problems: string[] = [];
  const locations = new Map<string, LocationRow>(bundle.locations.map((l) => [l.code, l]));
  const occupancy = new Map<string, number>();
  const where = new Map<string, { centre: string; cell: string | null; since: number } | null>();
  const status = new Map(bundle.custody.map((c) => [c.person, c.legalStatus]));
  const sex = new Map(bundle.persons.map((p) => [p.id, p.sex]));

  const enter = (person: string, cell: LocationRow, context: string) => {
    const count = (occupancy.get(cell.code) ?? 0) + 1;
    occupancy.set(cell.code, count);
    if (cell.kind !== 'cell') problems.push(`${context}: ${person} placed in ${cell.code}, a ${cell.kind}`);
    if (cell.maxCapacity === null || count > cell.maxCapacity) problems.push(`${context}: ${cell.code} holds ${count}, maximum ${cell.maxCapacity}`);
    if (cell.sex !== 'any' && cell.sex !== sex.get(person)) problems.push(`${context}: ${person} (${sex.get(person)}) in ${cell.code} (${cell.sex})`);
    if (cell.regime !== 'mixed' && cell.regime !== status.get(person)) problems.push(`${context}: ${person} (${status.get(person)}) in ${cell.code} (${cell.regime})`);
  };

  for (const custody of bundle.custody) {
    const cell = custody.location === null ? null : (locations.get(custody.location) ?? null);
    if (custody.location !== null && !cell) problems.push(`custody: unknown location ${custody.location}`);
    if (cell && cell.centre !== custody.centre) problems.push(`custody: ${custody.person} in ${cell.code}, outside ${custody.centre}`);
    if (cell) enter(custody.person, cell, 'custody');
    where.set(custody.person, { centre: custody.centre, cell: cell?.code ?? null, since: Date.parse(custody.admittedAt) });
  }

  const ordered = [...bundle.movements].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.line - b.line);
  for (const movement of ordered) {
    const context = `movement line ${movement.line}`;
    const at = Date.parse(movement.at);
    const current = where.get(movement.person);
    if (!current) {
      problems.push(`${context}: ${movement.person} is not in custody`);
      continue;
    }
    if (at <= current.since) problems.push(`${context}: not after the person's previous event`);
    if (current.cell) occupancy.set(current.cell, (occupancy.get(current.cell) ?? 0) - 1);
    if (movement.type === 'release') {
      if (movement.to !== null) problems.push(`${context}: a release has a destination`);
      where.set(movement.person, null);
      continue;
    }
    const cell = movement.to === null ? undefined : locations.get(movement.to);
    if (!cell) {
      problems.push(`${context}: unknown destination ${movement.to}`);
      continue;
    }
    const sameCentre = cell.centre === current.centre;
    if (movement.type === 'internal_move' && !sameCentre) problems.push(`${context}: internal move to another centre`);
    if (movement.type === 'transfer' && sameCentre) problems.push(`${context}: transfer within the centre`);
    enter(movement.person, cell, context);
    where.set(movement.person, { centre: cell.centre, cell: cell.code, since: at });
  }

  const roll = new Map<string, number>();
  for (const state of where.values()) if (state) roll.set(state.centre, (roll.get(state.centre) ?? 0) + 1);
  return { problems, roll };
}

/** Design capacity of every bed location, per centre. */
export function designByCentre(bundle: Bundle): Map<string, number> {
  const design = new Map<string, number>();
  for (const l of bundle.locations) if (l.designCapacity !== null) design.set(l.centre, (design.get(l.centre) ?? 0) + l.designCapacity);
  return design;
}
