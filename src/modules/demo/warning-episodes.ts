import type { SeizureItem } from '../../kernel/vocabulary.ts';
import type { CustodyRow } from '../interchange/index.ts';
import { drawPeople, HOUR_MS, locationOf, minuteIn, type IncidentWorld } from './incident-log.ts';
import { DAY_MS, isoInstant, YEAR_MS } from './persons.ts';
import type { Random } from './random.ts';
import { REFERENCE_MASSACRES } from './reference-deaths.ts';
import { listOf } from './seizures.ts';

/**
 * What a warning officer should have seen coming, written into the demonstration's year: the
 * leader of a pavilion's dominant group leaves (released by a judge, as at the Litoral in
 * November 2021) a few days before a riot or a killing in that pavilion, often with guns or
 * explosives found there and fights rising in the days before; and, as in life, some leaders who
 * leave with nothing following, a successor named within days. The memberships (memberships.ts)
 * make the leader the dominant group's and name the successor only after the violence.
 */
export interface WarningEpisode {
  /** riot or homicide: violence followed; quiet: nothing did. */
  kind: 'riot' | 'homicide' | 'quiet';
  centre: string;
  pavilion: string;
  /** The leader who left (a release). */
  leader: string;
  departedAt: number;
  /** When the violence started; null for a quiet episode. */
  violenceAt: number | null;
  /** When the group named a new leader in the pavilion (its membership's `since`). */
  successorFrom: number;
}

/** The custody rows the episodes read (who may be released: sentenced, held three years or more, as the movements release). */
export type CustodyLookup = ReadonlyMap<string, Omit<CustodyRow, 'line'>>;

/** Episodes ending in a single killing, and quiet ones, per 35,000 people (assumed for the demo). */
const HOMICIDE_EPISODES_PER_DEFAULT = 6;
const QUIET_EPISODES_PER_DEFAULT = 5;
const DEFAULT_PEOPLE = 35_000;
/** A pavilion this full at the time holds a dominant group with a leader (memberships.ts). */
const HELD_PAVILION = 80;

const RISK_RANK = { maximum: 3, high: 2, medium: 1, low: 0 } as const;

/**
 * Releases the leader of `unit` between `minDays` and `maxDays` days before `before`: the
 * riskiest person there who may be released (sentenced, held three years or more) with nothing
 * recorded after. Returns the person and when, or null when no one fits.
 */
function releaseLeader(
  world: IncidentWorld,
  custody: CustodyLookup,
  unit: string,
  before: number,
  days: readonly [number, number],
  rng: Random,
): { leader: string; at: number } | null {
  const at = minuteIn(rng, before - days[1] * DAY_MS, before - days[0] * DAY_MS);
  if (at <= world.from) return null;
  const candidates = world.timeline.peopleIn(unit, at).filter((person) => {
    const c = custody.get(person);
    return c !== undefined && c.legalStatus === 'sentenced' && Date.parse(c.admittedAt) < world.now - 3 * YEAR_MS && world.timeline.isFreeFrom(person, at);
  });
  if (candidates.length === 0) return null;
  const rank = (person: string) => RISK_RANK[custody.get(person)?.risk ?? 'low'];
  const best = Math.max(...candidates.map(rank));
  const leader = rng.pick(candidates.filter((person) => rank(person) === best).sort());
  world.log.movement({ at: isoInstant(at), person: leader, type: 'release', to: null, reason: rng.pick(['court_order', 'alternative_measure'] as const) });
  world.timeline.end(leader, at);
  return { leader, at };
}

/** When the group names a successor: days after the violence (or the departure), before now. */
function successorAfter(world: IncidentWorld, from: number, days: readonly [number, number], rng: Random): number {
  return Math.min(from + rng.between(days[0], days[1]) * DAY_MS, world.now - 2 * DAY_MS);
}

/**
 * The precursors of a riot in `unit` at `at`: the leader's release one to five days before,
 * often guns or explosives found in the pavilion, sometimes a run of fights. Returns the episode
 * (null when no leader could leave).
 */
export function plantRiotPrecursors(world: IncidentWorld, custody: CustodyLookup, centre: string, unit: string, at: number, rng: Random): WarningEpisode | null {
  if (locationOf(world, unit) === null) return null;
  const released = releaseLeader(world, custody, unit, at, [1, 5], rng);
  if (rng.chance(0.6)) plantWeaponsFind(world, centre, unit, minuteIn(rng, at - 6 * DAY_MS, at - DAY_MS), rng);
  if (rng.chance(0.5)) plantFights(world, centre, unit, at, rng.int(2, 4), rng);
  if (!released) return null;
  return { kind: 'riot', centre, pavilion: unit, leader: released.leader, departedAt: released.at, violenceAt: at, successorFrom: successorAfter(world, at, [4, 25], rng) };
}

const FOUND: readonly (readonly [SeizureItem, readonly [number, number]])[] = [
  ['firearm', [1, 4]],
  ['ammunition', [20, 200]],
  ['explosive', [1, 3]],
];

/** A search of `unit` at `at` that finds firearms or explosives (a weapon-find report with its finds). */
function plantWeaponsFind(world: IncidentWorld, centre: string, unit: string, at: number, rng: Random): void {
  const found = new Map<SeizureItem, number>();
  for (const [item, [min, max]] of FOUND) if (item === 'firearm' || rng.chance(0.5)) found.set(item, rng.int(min, max));
  const incident = world.log.incident({
    centre,
    location: unit,
    type: 'weapon_find',
    startedAt: at,
    endedAt: at + rng.int(1, 3) * HOUR_MS,
    description: `Requisa: se hallaron ${listOf(found)}.`,
    people: [],
  });
  for (const [item, quantity] of found) world.log.seizure({ at, centre, location: unit, item, quantity, person: null, incident });
}

/** `count` fights in `unit` in the ten days before `before`, each among people there then. */
function plantFights(world: IncidentWorld, centre: string, unit: string, before: number, count: number, rng: Random): void {
  for (let i = 0; i < count; i++) {
    const at = minuteIn(rng, before - 10 * DAY_MS, before - 6 * HOUR_MS);
    const fighters = drawPeople(world.timeline.peopleIn(unit, at), rng.int(2, 4), rng);
    if (fighters.length < 2) continue;
    world.log.incident({
      centre,
      location: unit,
      type: 'fight',
      startedAt: at,
      endedAt: at + rng.int(1, 3) * HOUR_MS,
      description: rng.pick(['Riña entre grupos en el patio del pabellón.', 'Pelea entre internos de grupos rivales en el comedor.', 'Riña en el pabellón; se hallaron armas blancas artesanales.']),
      people: [...fighters.map((person) => ({ person, role: 'perpetrator' as const })), ...drawPeople(fighters, rng.int(0, 2), rng).map((person) => ({ person, role: 'injured' as const }))],
    });
  }
}

/** A pavilion of `centre` holding at least HELD_PAVILION people at `at`, found within a few tries. */
function heldPavilion(world: IncidentWorld, centre: string, at: number, rng: Random): string | null {
  const units = world.timeline.unitsOf(centre).filter((unit) => locationOf(world, unit) !== null);
  for (let tries = 0; tries < 8 && units.length > 0; tries++) {
    const unit = rng.pick(units);
    if (world.timeline.peopleIn(unit, at).length >= HELD_PAVILION) return unit;
  }
  return null;
}

/**
 * Killings that follow a leader's release in the centres of the reference massacres (HOMICIDE_EPISODES
 * per 35,000 people, `most` at most): the release one to four days before, sometimes guns found,
 * then one person killed in the pavilion. Returns the episodes; each killing is a `homicide`
 * report with its death, counted among the year's homicides by the caller.
 */
export function drawHomicideEpisodes(world: IncidentWorld, custody: CustodyLookup, most: number, rng: Random): WarningEpisode[] {
  const centres = [...new Set(REFERENCE_MASSACRES.map((m) => m.centre))].filter((c) => (world.population.get(c) ?? 0) > 0).sort();
  const massacres = (c: string) => REFERENCE_MASSACRES.filter((m) => m.centre === c).length;
  const mostMassacres = [...centres].sort((a, b) => massacres(b) - massacres(a) || a.localeCompare(b))[0];
  const wanted = Math.min(most, Math.round((world.people * HOMICIDE_EPISODES_PER_DEFAULT) / DEFAULT_PEOPLE));
  const episodes: WarningEpisode[] = [];
  for (let tries = 0; episodes.filter((e) => e.kind === 'homicide').length < wanted && tries < wanted * 6 && centres.length > 0; tries++) {
    // The first where most massacres were (the Litoral), the others anywhere they were.
    const centre = episodes.length === 0 && mostMassacres ? mostMassacres : rng.weighted(centres.map((c) => [c, world.population.get(c) ?? 0] as const));
    const at = minuteIn(rng, world.from + 20 * DAY_MS, world.now - 15 * DAY_MS);
    const unit = heldPavilion(world, centre, at, rng);
    if (!unit) continue;
    const released = releaseLeader(world, custody, unit, at, [1, 4], rng);
    if (!released) continue;
    const people = world.timeline.peopleIn(unit, at);
    const [victim] = drawPeople(people.filter((p) => world.timeline.isFreeFrom(p, at)), 1, rng);
    const stay = victim ? world.timeline.at(victim, at) : null;
    if (!victim || !stay) {
      // No one to kill after all: the leader's release came to nothing.
      episodes.push({ kind: 'quiet', centre, pavilion: unit, leader: released.leader, departedAt: released.at, violenceAt: null, successorFrom: successorAfter(world, released.at, [2, 10], rng) });
      continue;
    }
    if (rng.chance(0.4)) plantWeaponsFind(world, centre, unit, minuteIn(rng, released.at - 3 * DAY_MS, at - HOUR_MS), rng);
    const description = rng.pick(['Atacado con arma blanca por internos de un grupo rival en el pabellón.', 'Herido de bala en el patio del pabellón por internos de un grupo rival.']);
    const incident = world.log.incident({
      centre,
      location: unit,
      type: 'homicide',
      startedAt: at,
      endedAt: at + rng.int(1, 6) * HOUR_MS,
      description,
      people: [
        { person: victim, role: 'victim' },
        ...drawPeople(people.filter((p) => p !== victim), rng.int(1, 3), rng).map((person) => ({ person, role: 'suspected' as const })),
      ],
    });
    const died = at + rng.int(5, 90) * 60_000;
    world.log.death({ person: victim, at: died, location: stay.cell ?? unit, cause: 'homicide', incident, description });
    world.timeline.end(victim, died);
    episodes.push({ kind: 'homicide', centre, pavilion: unit, leader: released.leader, departedAt: released.at, violenceAt: at, successorFrom: successorAfter(world, at, [4, 25], rng) });
  }
  return episodes;
}

/**
 * Leaders released from pavilions of centres without massacres, with nothing following: the
 * group names a successor two to ten days later (QUIET_EPISODES per 35,000 people).
 */
export function drawQuietEpisodes(world: IncidentWorld, custody: CustodyLookup, rng: Random): WarningEpisode[] {
  const massacres = new Set(REFERENCE_MASSACRES.map((m) => m.centre));
  const centres = [...world.population.keys()].filter((c) => !massacres.has(c)).sort();
  const wanted = Math.round((world.people * QUIET_EPISODES_PER_DEFAULT) / DEFAULT_PEOPLE);
  const episodes: WarningEpisode[] = [];
  for (let tries = 0; episodes.length < wanted && tries < wanted * 6 && centres.length > 0; tries++) {
    const centre = rng.weighted(centres.map((c) => [c, world.population.get(c) ?? 0] as const));
    const at = minuteIn(rng, world.from + 20 * DAY_MS, world.now - 20 * DAY_MS);
    const unit = heldPavilion(world, centre, at, rng);
    if (!unit) continue;
    const released = releaseLeader(world, custody, unit, at, [0, 0.5], rng);
    if (!released) continue;
    episodes.push({ kind: 'quiet', centre, pavilion: unit, leader: released.leader, departedAt: released.at, violenceAt: null, successorFrom: successorAfter(world, released.at, [2, 10], rng) });
  }
  return episodes;
}
