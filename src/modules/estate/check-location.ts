import type { LocationKind } from '../../kernel/vocabulary.ts';

/** The kinds of location that hold beds: they carry capacities; containers sum theirs. */
export const BED_KINDS: readonly LocationKind[] = ['cell', 'reception', 'isolation', 'health'];

/** Which kind of parent each kind may have (null: directly under the centre). */
const ALLOWED_PARENTS: Record<LocationKind, readonly (LocationKind | null)[]> = {
  pavilion: [null],
  wing: ['pavilion'],
  cell: ['wing', 'pavilion'],
  reception: [null, 'pavilion'],
  isolation: [null, 'pavilion'],
  health: [null, 'pavilion'],
};

export interface Capacities {
  designCapacity: number | null;
  workingCapacity: number | null;
  maxCapacity: number | null;
}

/** What is wrong with these capacities, or null. Bed locations need all three. */
export function checkCapacities(kind: LocationKind, c: Capacities): string | null {
  const values = [c.designCapacity, c.workingCapacity, c.maxCapacity];
  if (BED_KINDS.includes(kind) && values.some((v) => v === null)) {
    return 'design, working and maximum capacity are required for a location with beds';
  }
  if (values.some((v) => v !== null && (!Number.isInteger(v) || v < 0 || v > 100_000))) {
    return 'capacities are whole numbers from 0';
  }
  if (c.maxCapacity !== null) {
    if (c.designCapacity !== null && c.designCapacity > c.maxCapacity) return 'design capacity above the maximum';
    if (c.workingCapacity !== null && c.workingCapacity > c.maxCapacity) return 'working capacity above the maximum';
  }
  return null;
}

/**
 * What is wrong with placing a location of `kind` under `parent` in `centre`, or null.
 * Codes start with their centre's code (LIT-P2-A-012 in LIT).
 */
export function checkPlacementInTree(
  location: { code: string; centre: string; kind: LocationKind },
  parent: { centre: string; kind: LocationKind } | null,
): string | null {
  if (!location.code.startsWith(location.centre)) return `the code must start with the centre's code ${location.centre}`;
  if (parent && parent.centre !== location.centre) return 'the parent belongs to another centre';
  const allowed = ALLOWED_PARENTS[location.kind];
  if (!allowed.includes(parent?.kind ?? null)) {
    const where = allowed.map((k) => k ?? 'the centre').join(' or ');
    return `a ${location.kind} goes under ${where}`;
  }
  return null;
}
