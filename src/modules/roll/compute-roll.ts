import { and, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../db/engine.ts';
import { caseloadScope, type Principal } from '../../kernel/access.ts';
import { capacityByCentre, listAllCentres } from '../estate/index.ts';
import { pretrialCounts, pretrialEpisodesAt } from '../register/index.ts';
import { stays } from './schema.ts';

/** One centre's line of the establishment roll (the JSON shape of `custodia roll --json`). */
export interface RollLine {
  on_roll: number;
  in: number;
  out: number;
  out_court: number;
  out_hospital: number;
  unaccounted: number;
  en_route: number;
  design_capacity: number;
  working_capacity: number;
  max_capacity: number;
  /** on_roll / design capacity (a ratio; 0 when there is no design capacity) */
  occupancy: number;
  pretrial: number;
}

export interface RollCentre extends RollLine {
  code: string;
  name: string;
  capacity_estimated: boolean;
}

export interface RollReport {
  at: string;
  centres: RollCentre[];
  totals: RollLine;
}

const ratio = (onRoll: number, design: number) => (design > 0 ? Math.round((onRoll / design) * 10_000) / 10_000 : 0);

function emptyLine(): RollLine {
  return { on_roll: 0, in: 0, out: 0, out_court: 0, out_hospital: 0, unaccounted: 0, en_route: 0, design_capacity: 0, working_capacity: 0, max_capacity: 0, occupancy: 0, pretrial: 0 };
}

/**
 * The establishment roll now: per centre in the caseload (or one centre), who is on roll, in,
 * out at court or hospital, unaccounted for, against the three capacities, with the pretrial
 * count. `on_roll` counts everyone in custody of the centre and not released; `in` is
 * on_roll − out − unaccounted − en_route.
 */
export async function computeRoll(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  options: { centre?: string | undefined } = {},
): Promise<RollReport> {
  const at = new Date();
  const scope = caseloadScope(principal);
  const [centres, capacities, pretrial, states] = await Promise.all([
    listAllCentres(db),
    capacityByCentre(db),
    pretrialCounts(db),
    db
      .select({ centre: stays.centre, state: stays.state, outReason: stays.outReason, n: sql<number>`count(*)::int` })
      .from(stays)
      .where(isNull(stays.validTo))
      .groupBy(stays.centre, stays.state, stays.outReason),
  ]);
  return assemble(at, centres, capacities, pretrial, states, scope, options.centre);
}

/**
 * The roll as it stood at a past time, from the stay intervals; the pretrial count from the
 * legal-status history as it stood on that day.
 */
export async function computeRollAt(
  db: Database,
  principal: Pick<Principal, 'caseload'>,
  at: Date,
  options: { centre?: string | undefined } = {},
): Promise<RollReport> {
  const scope = caseloadScope(principal);
  const openAt = and(lte(stays.validFrom, at), or(isNull(stays.validTo), gt(stays.validTo, at)));
  const [centres, capacities, states, episodes] = await Promise.all([
    listAllCentres(db),
    capacityByCentre(db),
    db
      .select({ centre: stays.centre, state: stays.state, outReason: stays.outReason, n: sql<number>`count(*)::int` })
      .from(stays)
      .where(openAt)
      .groupBy(stays.centre, stays.state, stays.outReason),
    db.select({ centre: stays.centre, episode: stays.episode }).from(stays).where(openAt),
  ]);
  const pretrialEpisodes = await pretrialEpisodesAt(db, episodes.map((e) => e.episode), at.toISOString().slice(0, 10));
  const pretrial = new Map<string, number>();
  for (const e of episodes) if (pretrialEpisodes.has(e.episode)) pretrial.set(e.centre, (pretrial.get(e.centre) ?? 0) + 1);
  return assemble(at, centres, capacities, pretrial, states, scope, options.centre);
}

function assemble(
  at: Date,
  centres: Awaited<ReturnType<typeof listAllCentres>>,
  capacities: Awaited<ReturnType<typeof capacityByCentre>>,
  pretrial: Map<string, number>,
  states: { centre: string; state: string; outReason: string | null; n: number }[],
  scope: readonly string[] | null,
  only: string | undefined,
): RollReport {
  const lines = new Map<string, RollLine>();
  for (const row of states) {
    const line = lines.get(row.centre) ?? emptyLine();
    line.on_roll += row.n;
    if (row.state === 'out') {
      line.out += row.n;
      if (row.outReason === 'court') line.out_court += row.n;
      if (row.outReason === 'hospital') line.out_hospital += row.n;
    }
    if (row.state === 'unaccounted') line.unaccounted += row.n;
    if (row.state === 'en_route') line.en_route += row.n;
    lines.set(row.centre, line);
  }
  const totals = emptyLine();
  const report: RollCentre[] = [];
  for (const centre of centres) {
    if (scope !== null && !scope.includes(centre.code)) continue;
    if (only && centre.code !== only) continue;
    const line = lines.get(centre.code) ?? emptyLine();
    const capacity = capacities.get(centre.code) ?? { design: 0, working: 0, max: 0 };
    line.in = line.on_roll - line.out - line.unaccounted - line.en_route;
    line.design_capacity = capacity.design;
    line.working_capacity = capacity.working;
    line.max_capacity = capacity.max;
    line.occupancy = ratio(line.on_roll, capacity.design);
    line.pretrial = pretrial.get(centre.code) ?? 0;
    report.push({ code: centre.code, name: centre.name, capacity_estimated: centre.capacityEstimated, ...line });
    for (const key of Object.keys(totals) as (keyof RollLine)[]) if (key !== 'occupancy') totals[key] += line[key];
  }
  totals.occupancy = ratio(totals.on_roll, totals.design_capacity);
  return { at: at.toISOString(), centres: report, totals };
}
