import type { SeizureItem } from '../../kernel/vocabulary.ts';
import type { Random } from './random.ts';
import { crowdAt, drawPeople, HOUR_MS, locationOf, minuteIn, perThousand, pickCentre, type DrawnIncident, type IncidentWorld } from './incident-log.ts';

/**
 * Searches and what they find, across the year. Rates and mixes are assumed for the demo (the
 * reference publishes no seizure series): 30 searches with finds per 1,000 people per year, each
 * finding one to three kinds of item; phones, drugs and blades most, firearms, ammunition and
 * explosives rarely (the 2021 riots showed guns, explosives, grenades and fireworks inside).
 * Quantities are units: phones, doses of drugs, blades, rounds, dollars, litres.
 */
const ITEMS: readonly (readonly [SeizureItem, number, readonly [number, number]])[] = [
  ['phone', 30, [1, 25]],
  ['drugs', 25, [5, 400]],
  ['blade', 20, [1, 15]],
  ['sim_card', 8, [1, 30]],
  ['cash', 5, [20, 3000]],
  ['alcohol', 4, [1, 20]],
  ['ammunition', 3, [5, 250]],
  ['fireworks', 2, [1, 40]],
  ['firearm', 1.5, [1, 3]],
  ['explosive', 0.5, [1, 4]],
  ['other', 1, [1, 10]],
];
const WEAPONS: ReadonlySet<SeizureItem> = new Set(['firearm', 'ammunition', 'explosive', 'blade']);
/** Always reported as an incident when found. */
const GRAVE: ReadonlySet<SeizureItem> = new Set(['firearm', 'explosive']);

/** The items in words: one, several. */
const WORDS: Record<SeizureItem, readonly [string, string]> = {
  firearm: ['arma de fuego', 'armas de fuego'],
  ammunition: ['munición', 'municiones'],
  explosive: ['explosivo', 'explosivos'],
  blade: ['arma blanca', 'armas blancas'],
  phone: ['teléfono celular', 'teléfonos celulares'],
  sim_card: ['tarjeta SIM', 'tarjetas SIM'],
  drugs: ['dosis de droga', 'dosis de droga'],
  alcohol: ['litro de alcohol', 'litros de alcohol'],
  cash: ['dólar en efectivo', 'dólares en efectivo'],
  fireworks: ['artefacto pirotécnico', 'artefactos pirotécnicos'],
  drone: ['dron', 'drones'],
  other: ['objeto prohibido', 'objetos prohibidos'],
};

export function drawSeizures(world: IncidentWorld, rng: Random): void {
  // The searches the warning episodes planted are part of the year's number.
  const searches = perThousand(world, 30) - world.log.count('weapon_find');
  for (let i = 0; i < searches; i++) {
    const centre = pickCentre(world, rng);
    const at = minuteIn(rng, world.from, world.now - HOUR_MS);
    const crowd = crowdAt(world, centre, at, 1, rng);
    if (!crowd) continue;
    const location = locationOf(world, crowd.unit);
    const onPerson = rng.chance(0.3) ? (drawPeople(crowd.people, 1, rng)[0] ?? null) : null;
    const kinds = onPerson ? 1 : rng.weighted([[1, 60], [2, 30], [3, 10]] as const);
    const found = new Map<SeizureItem, number>();
    for (let k = 0; k < kinds; k++) {
      const [item, , [min, max]] = rng.weighted(ITEMS.map((entry) => [entry, entry[1]] as const));
      // On a person: a few units, what one can hide.
      if (!found.has(item)) found.set(item, onPerson ? rng.int(min, Math.max(min, Math.ceil(max / 10))) : rng.int(min, max));
    }
    const items = [...found.keys()];
    const weapon = items.some((item) => WEAPONS.has(item));
    const reported = items.some((item) => GRAVE.has(item)) || rng.chance(weapon ? 0.4 : 0.25);
    const incident = reported
      ? world.log.incident({
          centre,
          location,
          type: weapon ? 'weapon_find' : 'contraband_find',
          startedAt: at,
          endedAt: at + rng.int(1, 3) * HOUR_MS,
          description: `${onPerson ? 'Registro personal' : 'Requisa'}: se hallaron ${listOf(found)}.`,
          people: onPerson ? [{ person: onPerson, role: 'suspected' }] : [],
        })
      : null;
    for (const [item, quantity] of found) world.log.seizure({ at, centre, location, item, quantity, person: onPerson, incident });
  }
  drawDrones(world, rng);
}

/**
 * Drones flown over the walls with phones and drugs, caught: 0.8 per 1,000 people per year
 * (assumed for the demo), each a `drone` incident with its finds.
 */
function drawDrones(world: IncidentWorld, rng: Random): void {
  const drones = perThousand(world, 0.8);
  for (let i = 0; i < drones; i++) {
    const centre = pickCentre(world, rng);
    const at = minuteIn(rng, world.from, world.now - HOUR_MS);
    const found = new Map<SeizureItem, number>([
      ['drone', 1],
      [rng.chance(0.6) ? 'phone' : 'drugs', rng.int(2, 12)],
    ]);
    const incident = world.log.incident({
      centre,
      location: null,
      type: 'drone',
      startedAt: at,
      endedAt: at + HOUR_MS,
      description: `Dron interceptado sobre el perímetro del centro; llevaba ${listOf(found)}.`,
      people: [],
    });
    for (const [item, quantity] of found) world.log.seizure({ at, centre, location: null, item, quantity, person: null, incident });
  }
}

/** What the search after a riot finds in its pavilion: guns, rounds, blades, sometimes explosives. */
export function riotFinds(world: IncidentWorld, riot: DrawnIncident, rng: Random): void {
  const at = riot.endedAt;
  const found = new Map<SeizureItem, number>([
    ['firearm', rng.int(1, 6)],
    ['ammunition', rng.int(20, 300)],
    ['blade', rng.int(10, 60)],
  ]);
  if (rng.chance(0.4)) found.set('explosive', rng.int(1, 4));
  if (rng.chance(0.3)) found.set('fireworks', rng.int(5, 40));
  for (const [item, quantity] of found) {
    world.log.seizure({ at, centre: riot.centre, location: riot.location, item, quantity, person: null, incident: riot });
  }
}

/** Finds in words: "2 armas de fuego, 40 municiones". */
export function listOf(found: ReadonlyMap<SeizureItem, number>): string {
  return [...found].map(([item, quantity]) => `${quantity} ${WORDS[item][quantity === 1 ? 0 : 1]}`).join(', ');
}
