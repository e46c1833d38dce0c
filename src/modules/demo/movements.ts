import type { MovementRow } from '../interchange/index.ts';
import type { MovementType, RiskLevel, SecurityLevel } from '../../kernel/vocabulary.ts';
import type { CentreLayout, PlannedCell } from './locations.ts';
import { DAY_MS, isoInstant, YEAR_MS, type Inmate } from './persons.ts';
import type { Random } from './random.ts';

/** How many movements of each kind to draw. */
export interface MovementCounts {
  internalMoves: number;
  transfers: number;
  releases: number;
}

/** A centre this much fuller than the national occupancy counts as overcrowded. */
const CROWDED = 1.15;

interface Event {
  at: number;
  inmate: Inmate;
  type: Extract<MovementType, 'internal_move' | 'transfer' | 'release'>;
}

const INTERNAL_REASONS = [
  ['Reubicación por seguridad', 30],
  ['Reubicación por hacinamiento', 25],
  ['Separación por conflicto entre internos', 15],
  ['Reubicación por clasificación', 15],
  ['Solicitud de la persona privada de libertad', 10],
  ['Reubicación por obras de mantenimiento', 5],
] as const;
const TRANSFER_REASONS = [
  ['Traslado por cercanía familiar', 3],
  ['Traslado por orden judicial', 2],
  ['Traslado por seguridad', 3],
] as const;
// A release's reason is the release-reason code the register keeps (format v1 `reason`).
const RELEASE_REASONS = [
  ['sentence_served', 70],
  ['alternative_measure', 20],
  ['pardon', 4],
  ['court_order', 6],
] as const;

/** Who may be held where: the separation of the unsentenced, and security to suit the risk. */
function fits(cell: PlannedCell, inmate: Inmate): boolean {
  if (cell.sex !== inmate.sex) return false;
  if (cell.regime !== 'mixed' && cell.regime !== inmate.legalStatus) return false;
  return securityFits(cell.security, inmate.risk);
}

function securityFits(security: SecurityLevel, risk: RiskLevel): boolean {
  if (security === 'special') return risk === 'maximum';
  if (security === 'minimum') return risk === 'low' || risk === 'medium';
  return true;
}

/**
 * Internal moves, transfers between centres and releases, replayed in time order against the
 * cells' occupancy so that every destination has room (within its maximum) when the person
 * arrives, exactly as the importer will replay them after the custody rows.
 */
export function generateMovements(
  inmates: readonly Inmate[],
  layouts: readonly CentreLayout[],
  now: Date,
  counts: MovementCounts,
  rng: Random,
): Omit<MovementRow, 'line'>[] {
  const nowMs = now.getTime();
  const occupancy = new Map<string, number>();
  const roll = new Map<string, number>();
  for (const inmate of inmates) {
    roll.set(inmate.centre, (roll.get(inmate.centre) ?? 0) + 1);
    if (inmate.cell) occupancy.set(inmate.cell.code, (occupancy.get(inmate.cell.code) ?? 0) + 1);
  }
  const layoutOf = new Map(layouts.map((l) => [l.plan.row.code, l]));
  const national = inmates.length / Math.max(1, layouts.reduce((sum, l) => sum + l.designTotal, 0));
  /** A centre's occupancy against the national one (so it works for any number of people). */
  const crowding = (centre: string) => (roll.get(centre) ?? 0) / (layoutOf.get(centre)?.designTotal ?? 1) / (national || 1);
  const hasRoom = (cell: PlannedCell) => (occupancy.get(cell.code) ?? 0) < cell.max;

  /** The emptiest of a sample of suitable cells with room in `layout`, or null. */
  const findCell = (layout: CentreLayout, inmate: Inmate, current: PlannedCell | null): PlannedCell | null => {
    let best: PlannedCell | null = null;
    let bestLevel = Infinity;
    for (let tries = 0; tries < 60 && layout.cells.length > 0; tries++) {
      const cell = rng.pick(layout.cells);
      if (cell === current || !fits(cell, inmate) || !hasRoom(cell)) continue;
      const level = (occupancy.get(cell.code) ?? 0) / cell.design;
      if (level < bestLevel) [best, bestLevel] = [cell, level];
    }
    return best;
  };

  const settled = (inmate: Inmate) => inmate.cell !== null && inmate.admittedAt < nowMs - 3 * DAY_MS;
  /** A whole minute in (from, to); `from` after the admission, `to` before now. */
  const between = (from: number, to: number) => Math.ceil(rng.between(from, Math.max(from, to)) / 60_000) * 60_000;
  const events: Event[] = [];
  const released = new Set<Inmate>();

  const longServing = rng.shuffle(inmates.filter((i) => settled(i) && i.legalStatus === 'sentenced' && i.admittedAt < nowMs - 3 * YEAR_MS));
  for (const inmate of longServing.slice(0, counts.releases)) {
    released.add(inmate);
    events.push({ at: between(Math.max(inmate.admittedAt + DAY_MS, nowMs - YEAR_MS), nowMs - DAY_MS), inmate, type: 'release' });
  }
  const staying = inmates.filter((i) => settled(i) && !released.has(i));
  // Transfers are mostly of sentenced people out of overcrowded centres (COIP art. 691 keeps the
  // unsentenced near their judge).
  const sentenced = staying.filter((i) => i.legalStatus === 'sentenced');
  const crowded = rng.shuffle(sentenced.filter((i) => crowding(i.centre) > CROWDED));
  const anywhere = rng.shuffle(sentenced.filter((i) => crowding(i.centre) <= CROWDED));
  const fromCrowded = Math.min(crowded.length, Math.round(counts.transfers * 0.75));
  for (const inmate of [...crowded.slice(0, fromCrowded), ...anywhere.slice(0, counts.transfers - fromCrowded)]) {
    events.push({ at: between(Math.max(inmate.admittedAt + 7 * DAY_MS, nowMs - 2 * YEAR_MS), nowMs - DAY_MS), inmate, type: 'transfer' });
  }
  for (const inmate of rng.shuffle([...staying]).slice(0, counts.internalMoves)) {
    const moves = rng.chance(0.15) ? 2 : 1;
    for (let m = 0; m < moves; m++) {
      events.push({ at: between(Math.max(inmate.admittedAt + DAY_MS, nowMs - 3 * YEAR_MS), nowMs - 3_600_000), inmate, type: 'internal_move' });
    }
  }
  events.sort((a, b) => a.at - b.at || a.inmate.id.localeCompare(b.inmate.id));

  const lastAt = new Map<Inmate, number>();
  const rows: Omit<MovementRow, 'line'>[] = [];
  const state = new Map(inmates.map((i) => [i, { centre: i.centre, cell: i.cell }]));
  for (const event of events) {
    const { inmate } = event;
    const where = state.get(inmate);
    if (!where?.cell) continue;
    const { at } = event;
    // Two events of one person in the same minute: keep the first, so times strictly increase.
    if (at <= (lastAt.get(inmate) ?? inmate.admittedAt) || at >= nowMs) continue;
    let to: PlannedCell | null = null;
    let reason: string;
    if (event.type === 'release') {
      reason = rng.weighted(RELEASE_REASONS);
    } else if (event.type === 'internal_move') {
      const layout = layoutOf.get(where.centre);
      to = layout ? findCell(layout, inmate, where.cell) : null;
      if (!to) continue;
      const safer = (to.security === 'maximum' || to.security === 'special') && where.cell.security !== to.security;
      reason = safer ? 'Reubicación por seguridad' : rng.weighted(INTERNAL_REASONS);
    } else {
      const destination = chooseCentre(inmate, where.centre, at, layouts, crowding, rng);
      to = destination ? findCell(destination.layout, inmate, null) : null;
      if (!destination || !to) continue;
      reason = destination.reason;
    }
    if (to) {
      occupancy.set(to.code, (occupancy.get(to.code) ?? 0) + 1);
      roll.set(to.centre, (roll.get(to.centre) ?? 0) + 1);
    }
    occupancy.set(where.cell.code, (occupancy.get(where.cell.code) ?? 0) - 1);
    roll.set(where.centre, (roll.get(where.centre) ?? 0) - 1);
    state.set(inmate, to ? { centre: to.centre, cell: to } : { centre: where.centre, cell: null });
    lastAt.set(inmate, at);
    rows.push({ at: isoInstant(at), person: inmate.id, type: event.type, to: to?.code ?? null, reason });
  }
  return rows;
}

/** Where a transfer goes, and why: high risk to maximum security, otherwise somewhere less full. */
function chooseCentre(
  inmate: Inmate,
  from: string,
  at: number,
  layouts: readonly CentreLayout[],
  crowding: (centre: string) => number,
  rng: Random,
): { layout: CentreLayout; reason: string } | null {
  const open = layouts.filter((l) => {
    const opened = l.plan.reference.openedOn;
    return l.plan.row.code !== from && (!opened || Date.parse(`${opened}T00:00:00Z`) < at) && l.cells.some((c) => fits(c, inmate));
  });
  const highRisk = inmate.risk === 'high' || inmate.risk === 'maximum';
  const secure = open.filter((l) => l.plan.reference.maximumSecurity);
  if (highRisk && secure.length > 0 && rng.chance(0.4)) {
    return { layout: rng.pick(secure), reason: 'Traslado a centro de máxima seguridad' };
  }
  const ordinary = open.filter((l) => !l.plan.reference.maximumSecurity);
  const roomier = ordinary.filter((l) => crowding(l.plan.row.code) < crowding(from) - 0.15);
  if (crowding(from) > CROWDED && roomier.length > 0) {
    const sample = [rng.pick(roomier), rng.pick(roomier), rng.pick(roomier)];
    const layout = sample.reduce((a, b) => (crowding(a.plan.row.code) <= crowding(b.plan.row.code) ? a : b));
    return { layout, reason: 'Traslado por hacinamiento' };
  }
  if (ordinary.length === 0) return null;
  return { layout: rng.pick(ordinary), reason: rng.weighted(TRANSFER_REASONS) };
}
