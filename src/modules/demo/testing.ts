import type { Bundle, LocationRow, MembershipRow, MovementRow, NonAssociationRow } from '../interchange/index.ts';

/**
 * Test support: replays a bundle the way the importer applies it (custody rows first, then the
 * movements and the deaths in time order) and reports every step that breaks a rule the demo promises to keep.
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

  // A deaths.csv row ends custody with a `death` movement, in time order with movements.csv.
  const deaths = bundle.deaths.map((d) => ({ line: d.line, at: d.at, person: d.person, type: 'death' as const, to: null, file: 'death' }));
  const ordered = [...bundle.movements.map((m) => ({ ...m, file: 'movement' })), ...deaths].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const escaped = new Set<string>();
  for (const movement of ordered) {
    const context = `${movement.file} line ${movement.line}`;
    const at = Date.parse(movement.at);
    const current = where.get(movement.person);
    if (!current) {
      problems.push(`${context}: ${movement.person} is not in custody`);
      continue;
    }
    if (at <= current.since) problems.push(`${context}: not after the person's previous event`);
    if (escaped.has(movement.person) !== (movement.type === 'recapture')) problems.push(`${context}: ${movement.type} of ${escaped.has(movement.person) ? 'an escaped person' : 'a person not escaped'}`);
    if (movement.type === 'escape') {
      // The escaped stay on the roll, their cell kept for them, until recaptured.
      if (movement.to !== null) problems.push(`${context}: an escape has a destination`);
      escaped.add(movement.person);
      where.set(movement.person, { ...current, since: at });
      continue;
    }
    escaped.delete(movement.person);
    if (current.cell) occupancy.set(current.cell, (occupancy.get(current.cell) ?? 0) - 1);
    if (movement.type === 'release' || movement.type === 'death') {
      if (movement.to !== null) problems.push(`${context}: a ${movement.type} has a destination`);
      where.set(movement.person, null);
      continue;
    }
    if (movement.type === 'recapture' && movement.to === current.centre) {
      where.set(movement.person, { centre: current.centre, cell: null, since: at });
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

/** Where each location sits in its tree: its wing and pavilion, if any. */
function treeOf(bundle: Bundle): Map<string, { centre: string; wing: string | null; pavilion: string | null }> {
  const byCode = new Map(bundle.locations.map((l) => [l.code, l]));
  const tree = new Map<string, { centre: string; wing: string | null; pavilion: string | null }>();
  for (const l of bundle.locations) {
    let wing: string | null = null;
    let pavilion: string | null = null;
    for (let at: LocationRow | undefined = l; at; at = at.parent ? byCode.get(at.parent) : undefined) {
      if (at.kind === 'wing') wing ??= at.code;
      if (at.kind === 'pavilion') pavilion ??= at.code;
    }
    tree.set(l.code, { centre: l.centre, wing, pavilion });
  }
  return tree;
}

/** The movements, and a `death` movement for each deaths.csv row (it ends custody as one). */
function withDeaths(bundle: Bundle): Pick<MovementRow, 'at' | 'person' | 'type' | 'to' | 'line'>[] {
  return [...bundle.movements, ...bundle.deaths.map((d) => ({ at: d.at, person: d.person, type: 'death' as const, to: null, line: d.line }))];
}

/** Who is where at the end of the history: person → cell (null: on the roll, not placed). */
export function finalCells(bundle: Bundle): Map<string, string | null> {
  const where = new Map<string, string | null>(bundle.custody.map((c) => [c.person, c.location]));
  const ordered = withDeaths(bundle).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.line - b.line);
  for (const m of ordered) {
    if (m.type === 'release' || m.type === 'death') where.delete(m.person);
    else if (m.to !== null) where.set(m.person, m.to);
  }
  return where;
}

export interface PavilionFigures {
  centre: string;
  /** People placed in it at the end of the history. */
  people: number;
  /** Of them, people with a membership; and members per group. */
  affiliated: number;
  groups: Map<string, number>;
  roles: { person: string; group: string; role: string }[];
}

/** Each pavilion's people and their groups at the end of the history, as the power map counts them. */
export function pavilionFigures(bundle: Bundle): Map<string, PavilionFigures> {
  const tree = treeOf(bundle);
  const membershipsOf = new Map<string, MembershipRow[]>();
  for (const m of bundle.memberships) membershipsOf.set(m.person, [...(membershipsOf.get(m.person) ?? []), m]);
  const figures = new Map<string, PavilionFigures>();
  for (const [person, cell] of finalCells(bundle)) {
    const place = cell === null ? undefined : tree.get(cell);
    if (!place?.pavilion) continue;
    const f = figures.get(place.pavilion) ?? { centre: place.centre, people: 0, affiliated: 0, groups: new Map<string, number>(), roles: [] };
    const memberships = membershipsOf.get(person) ?? [];
    f.people += 1;
    if (memberships.length > 0) f.affiliated += 1;
    for (const m of memberships) {
      f.groups.set(m.group, (f.groups.get(m.group) ?? 0) + 1);
      f.roles.push({ person, group: m.group, role: m.role });
    }
    figures.set(place.pavilion, f);
  }
  return figures;
}

/**
 * Replays admissions and movements in time order and names every moment at which the two people
 * of a non-association are in the same cell, wing (or pavilion without wings) or pavilion, as its
 * level says, or in the same centre for a centre-level one.
 */
export function breachedNonAssociations(bundle: Bundle): string[] {
  const tree = treeOf(bundle);
  const centreOf = new Map(bundle.centres.map((c) => [c.code, c.code]));
  const partners = new Map<string, NonAssociationRow[]>();
  for (const n of bundle.nonAssociations) {
    for (const person of [n.personA, n.personB]) partners.set(person, [...(partners.get(person) ?? []), n]);
  }
  const scope = (where: { centre: string; cell: string | null }, level: NonAssociationRow['level']): string | null => {
    if (level === 'centre') return where.centre;
    if (where.cell === null) return null;
    const place = tree.get(where.cell);
    if (level === 'cell') return where.cell;
    if (level === 'wing') return place?.wing ?? place?.pavilion ?? where.cell;
    return place?.pavilion ?? where.cell;
  };
  const events = [
    ...bundle.custody.map((c) => ({ at: Date.parse(c.admittedAt), order: 0, person: c.person, to: c.location ?? c.centre, release: false })),
    ...withDeaths(bundle).map((m) => ({ at: Date.parse(m.at), order: m.line, person: m.person, to: m.to, release: m.type === 'release' || m.type === 'death' })),
  ].sort((a, b) => a.at - b.at || a.order - b.order);
  const where = new Map<string, { centre: string; cell: string | null }>();
  const problems: string[] = [];
  for (const event of events) {
    if (event.release) where.delete(event.person);
    else if (event.to !== null) {
      const isCentre = centreOf.has(event.to);
      where.set(event.person, { centre: isCentre ? event.to : (tree.get(event.to)?.centre ?? event.to), cell: isCentre ? null : event.to });
    }
    const here = where.get(event.person);
    if (!here) continue;
    for (const n of partners.get(event.person) ?? []) {
      const there = where.get(n.personA === event.person ? n.personB : n.personA);
      if (!there || there.centre !== here.centre) continue;
      const mine = scope(here, n.level);
      if (mine !== null && mine === scope(there, n.level)) problems.push(`${new Date(event.at).toISOString()}: ${n.personA} and ${n.personB} both in ${mine} (${n.level})`);
    }
  }
  return problems;
}
