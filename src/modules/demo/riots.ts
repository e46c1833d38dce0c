import type { Random } from './random.ts';
import { apportion, drawPeople, HOUR_MS, locationOf, minuteIn, type IncidentWorld } from './incident-log.ts';
import { DAY_MS } from './persons.ts';
import { escapeIncident, escapePerson, MISSED_AFTER } from './escapes.ts';
import { REFERENCE_MASSACRES, RIOTS_PER_PERSON_YEAR, type ReferenceMassacre } from './reference-deaths.ts';
import { riotFinds } from './seizures.ts';
import { plantRiotPrecursors } from './warning-episodes.ts';

/** A riot to draw: where, when, and the massacre of the reference it stands for. */
export interface RiotPlan {
  centre: string;
  at: number;
  reference: ReferenceMassacre;
}

/**
 * The riots of the year, in the centres where the reference records massacres. A massacre whose
 * real date falls inside the demo's year keeps its date and centre; the others of the year's
 * quota (the reference's rate per person, at least one in an estate of 500 people or more) are
 * drawn in those centres, as often as each had one, on days drawn in the year: the demo's year
 * is relative to its `now`, so mostly not a year with real massacres.
 */
export function planRiots(world: IncidentWorld, rng: Random): RiotPlan[] {
  const open = REFERENCE_MASSACRES.filter((m) => (world.population.get(m.centre) ?? 0) > 0);
  if (open.length === 0) return [];
  const evening = (day: number) => day + rng.int(17, 23) * HOUR_MS + rng.int(0, 59) * 60_000;
  const plans: RiotPlan[] = open
    .map((reference) => ({ reference, day: Date.parse(`${reference.date}T00:00:00Z`) }))
    .filter(({ day }) => day >= world.from && day < world.now - 2 * DAY_MS)
    .map(({ reference, day }) => ({ centre: reference.centre, at: evening(day), reference }));
  const quota = Math.max(world.people >= 500 ? 1 : 0, Math.round(RIOTS_PER_PERSON_YEAR * world.people));
  while (plans.length < quota) {
    const reference = rng.pick(open);
    const day = Math.floor(minuteIn(rng, world.from, world.now - 3 * DAY_MS) / DAY_MS) * DAY_MS;
    plans.push({ centre: reference.centre, at: evening(day), reference });
  }
  return plans.sort((a, b) => a.at - b.at);
}

/** About the national population of the massacre years (population series, 2021–2025). */
const NATIONAL_POPULATION = 33_000;

/**
 * Draws the riots with up to `homicides` deaths among them, in proportion to the deaths of the
 * massacres they stand for and no more than each had (scaled to the estate); returns the deaths
 * placed (the caller draws the rest as single homicides).
 * Each riot breaks out in the fullest pavilion of its centre: the dead (victims), the injured
 * (1.5 to 3 for each death, as at Latacunga in October 2022: 16 dead, 43 injured), a few
 * suspected instigators, and where the reference reports escapes in that centre, a mass escape
 * in the same proportion to the deaths; then the search that finds the weapons.
 */
export function drawRiots(world: IncidentWorld, plans: readonly RiotPlan[], homicides: number, rng: Random): number {
  const weights = Object.fromEntries(plans.map((plan, i) => [String(i), plan.reference.deaths])) as Record<string, number>;
  const deaths = apportion(homicides, weights);
  let placed = 0;
  plans.forEach((plan, i) => {
    // No more dead than the massacre it stands for, at the estate's scale.
    const cap = Math.max(1, Math.round((plan.reference.deaths * world.people) / NATIONAL_POPULATION));
    placed += drawRiot(world, plan, Math.min(cap, Math.max(1, deaths[String(i)] ?? 0)), rng);
  });
  return placed;
}

function drawRiot(world: IncidentWorld, plan: RiotPlan, deaths: number, rng: Random): number {
  const { centre, at } = plan;
  const fullest = world.timeline
    .unitsOf(centre)
    .map((unit) => ({ unit, people: world.timeline.peopleIn(unit, at) }))
    .filter(({ unit }) => locationOf(world, unit) !== null)
    .reduce<{ unit: string; people: string[] } | null>((best, u) => (best && best.people.length >= u.people.length ? best : u), null);
  if (!fullest || fullest.people.length < 4) return 0;
  // What a warning officer could have seen coming: the leader's release, guns found, fights.
  const episode = plantRiotPrecursors(world, world.custody, centre, fullest.unit, at, rng);
  if (episode) world.episodes.push(episode);
  fullest.people = world.timeline.peopleIn(fullest.unit, at);
  const end = Math.min(at + rng.int(4, 30) * HOUR_MS, world.now - 2 * HOUR_MS);
  const free = fullest.people.filter((p) => world.timeline.isFreeFrom(p, at));
  const dead = drawPeople(free, Math.min(deaths, Math.floor(fullest.people.length / 3)), rng);
  const ratio = REFERENCE_MASSACRES.filter((m) => m.centre === centre).reduce((r, m) => Math.max(r, m.escaped / m.deaths), 0);
  const notDead = free.filter((p) => !dead.includes(p));
  const escaped = drawPeople(notDead, Math.min(Math.round(dead.length * ratio), Math.floor(fullest.people.length / 4)), rng);
  const involved = new Set([...dead, ...escaped]);
  const others = fullest.people.filter((p) => !involved.has(p));
  const injured = drawPeople(others, Math.max(3, Math.round(dead.length * rng.between(1.5, 3))), rng);
  const suspects = drawPeople(
    others.filter((p) => !injured.includes(p)),
    rng.int(3, 10),
    rng,
  );
  const pavilion = fullest.unit;
  const riot = world.log.incident({
    centre,
    location: pavilion,
    type: 'riot',
    startedAt: at,
    endedAt: end,
    description:
      'Enfrentamiento armado entre grupos en el pabellón: disparos, explosiones y cuerpos en el patio. ' +
      `Intervinieron la Policía Nacional y las Fuerzas Armadas; el control se retomó tras ${Math.round((end - at) / HOUR_MS)} horas.`,
    people: [
      ...dead.map((person) => ({ person, role: 'victim' as const })),
      ...injured.map((person) => ({ person, role: 'injured' as const })),
      ...suspects.map((person) => ({ person, role: 'suspected' as const })),
    ],
  });
  for (const person of dead) {
    const when = minuteIn(rng, at + 60_000, end);
    world.log.death({
      person,
      at: when,
      location: world.timeline.at(person, when)?.cell ?? pavilion,
      cause: 'homicide',
      incident: riot,
      description: rng.pick(RIOT_DEATHS),
    });
    world.timeline.end(person, when);
  }
  if (escaped.length > 0) {
    const when = minuteIn(rng, at, end);
    for (const person of escaped) escapePerson(world, person, centre, when + MISSED_AFTER, rng);
    escapeIncident(world, centre, pavilion, when, escaped, `Evasión masiva durante el motín: ${escaped.length} internos salieron por un boquete del muro.`);
  }
  riotFinds(world, riot, rng);
  return dead.length;
}

const RIOT_DEATHS = [
  'Herida por arma de fuego durante el motín.',
  'Heridas por arma blanca durante el motín.',
  'Hallado sin vida en el patio tras el motín; el cuerpo presentaba quemaduras.',
  'Muerto por la explosión de un artefacto durante el motín.',
] as const;
