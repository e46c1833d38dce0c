/**
 * The roll arithmetic: the establishment roll from counts of stays by state, the day's
 * movements and the capacities. Pure: facts in, figures out (compute-roll.ts reads the facts).
 */

/** One centre's line of the establishment roll (the JSON shape of `custodia roll --json`). */
export interface RollLine {
  on_roll: number;
  in: number;
  out: number;
  out_court: number;
  out_hospital: number;
  unaccounted: number;
  /** Left this centre for another, not yet arrived (on this centre's roll). */
  en_route: number;
  /** On their way here from another centre (not yet on this roll). */
  en_route_in: number;
  /** Admissions and arrivals since midnight in the centre's time zone. */
  arrived_today: number;
  /** Releases, deaths and departures since midnight in the centre's time zone. */
  left_today: number;
  design_capacity: number;
  working_capacity: number;
  max_capacity: number;
  /** on_roll / design capacity (a ratio; 0 when there is no design capacity) */
  occupancy: number;
  pretrial: number;
  sentenced: number;
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
  return {
    on_roll: 0, in: 0, out: 0, out_court: 0, out_hospital: 0, unaccounted: 0, en_route: 0, en_route_in: 0,
    arrived_today: 0, left_today: 0, design_capacity: 0, working_capacity: 0, max_capacity: 0, occupancy: 0, pretrial: 0, sentenced: 0,
  };
}

/** A centre as the roll needs it. */
export interface RollCentreFacts {
  code: string;
  name: string;
  timezone: string;
  capacityEstimated: boolean;
}

/** How many people are on a centre's roll in one state (and out reason, and destination). */
export interface StateCount {
  centre: string;
  state: string;
  outReason: string | null;
  destination: string | null;
  n: number;
}

/** A movement of the last hours, for the day's arrivals and departures. */
export interface DayMovement {
  type: string;
  fromCentre: string | null;
  toCentre: string | null;
  at: Date;
}

/** Midnight of `at`'s day in a time zone, as an instant. */
export function startOfDay(at: Date, timeZone: string): Date {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' })
    .formatToParts(at)
    .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  const offset = local - Math.floor(at.getTime() / 1000) * 1000;
  return new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day)) - offset);
}

const ARRIVALS = new Set(['admission', 'transfer', 'transfer_arrival', 'recapture']);
const DEPARTURES = new Set(['release', 'death', 'transfer', 'transfer_out']);

/**
 * The roll at `at` of the centres in `scope` (every centre when null) or only of `only`: on roll,
 * in, out, unaccounted, en route both ways, arrived and left since the centre's midnight, against
 * the three capacities, with the pretrial count. `in` is on_roll − out − unaccounted − en_route.
 */
export function assembleRoll(
  at: Date,
  centres: readonly RollCentreFacts[],
  capacities: ReadonlyMap<string, { design: number; working: number; max: number }>,
  pretrial: ReadonlyMap<string, number>,
  states: readonly StateCount[],
  day: readonly DayMovement[],
  scope: readonly string[] | null,
  only: string | undefined,
): RollReport {
  const lines = new Map<string, RollLine>();
  const lineOf = (centre: string) => {
    const line = lines.get(centre) ?? emptyLine();
    lines.set(centre, line);
    return line;
  };
  for (const row of states) {
    const line = lineOf(row.centre);
    line.on_roll += row.n;
    if (row.state === 'out') {
      line.out += row.n;
      if (row.outReason === 'court') line.out_court += row.n;
      if (row.outReason === 'hospital') line.out_hospital += row.n;
    }
    if (row.state === 'unaccounted') line.unaccounted += row.n;
    if (row.state === 'en_route') {
      line.en_route += row.n;
      if (row.destination) lineOf(row.destination).en_route_in += row.n;
    }
  }
  const midnight = new Map(centres.map((c) => [c.code, startOfDay(at, c.timezone).getTime()]));
  for (const m of day) {
    if (m.type === 'transfer' && m.fromCentre === m.toCentre) continue;
    if (ARRIVALS.has(m.type) && m.toCentre && m.at.getTime() >= (midnight.get(m.toCentre) ?? Infinity) && !(m.type === 'recapture' && m.fromCentre === m.toCentre)) {
      lineOf(m.toCentre).arrived_today += 1;
    }
    if (DEPARTURES.has(m.type) && m.fromCentre && m.at.getTime() >= (midnight.get(m.fromCentre) ?? Infinity)) {
      lineOf(m.fromCentre).left_today += 1;
    }
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
    line.sentenced = line.on_roll - line.pretrial;
    report.push({ code: centre.code, name: centre.name, capacity_estimated: centre.capacityEstimated, ...line });
    for (const key of Object.keys(totals) as (keyof RollLine)[]) if (key !== 'occupancy') totals[key] += line[key];
  }
  totals.occupancy = ratio(totals.on_roll, totals.design_capacity);
  return { at: at.toISOString(), centres: report, totals };
}
