import { DAY_MS } from './persons.ts';
import type { Random } from './random.ts';
import { crowdAt, drawPeople, HOUR_MS, locationOf, minuteIn, perThousand, pickCentre, type DrawnIncident, type IncidentWorld } from './incident-log.ts';

/**
 * Escapes one person (an `escape` movement, at `at`) and, most of the time, brings them back
 * days or months later (a `recapture` to the centre they left, not yet placed); the rest are
 * still at large at the end of the history. The caller has checked nothing is recorded for
 * them from `at` on.
 */
export function escapePerson(world: IncidentWorld, person: string, centre: string, at: number, rng: Random): void {
  world.log.movement({ at: new Date(at).toISOString(), person, type: 'escape', to: null, reason: 'Evasión del centro' });
  world.timeline.escape(person, at);
  if (!rng.chance(RECAPTURED)) return;
  const back = minuteIn(rng, at + 2 * DAY_MS, at + 120 * DAY_MS);
  if (back >= world.now - HOUR_MS) return;
  world.log.movement({ at: new Date(back).toISOString(), person, type: 'recapture', to: centre, reason: 'Recapturado por la Policía Nacional' });
  world.timeline.arrive(person, back, centre);
}

/** Share of the escaped brought back before the end of the history. */
const RECAPTURED = 0.65;

/** The escape is declared (the `escape` movement) this long after the people got out (the incident's start). */
export const MISSED_AFTER = 30 * 60_000;

/**
 * An `escape` incident for people who got out together from `unit` at `at`, each as `escaped`;
 * their escape movements (`escapePerson`) come `MISSED_AFTER` later, when the count misses them.
 */
export function escapeIncident(world: IncidentWorld, centre: string, unit: string, at: number, people: readonly string[], description: string): DrawnIncident {
  return world.log.incident({
    centre,
    location: locationOf(world, unit),
    type: 'escape',
    startedAt: at,
    endedAt: at + 2 * HOUR_MS,
    description,
    people: people.map((person) => ({ person, role: 'escaped' as const })),
  });
}

/**
 * Escapes of one or two people at a time, and attempts foiled, across the year. Rates (no
 * Ecuadorian series is published in the reference; assumed for the demo): 0.5 escapes and 1
 * attempt per 1,000 people per year, besides the mass escapes of riots (deaths.ts).
 */
export function drawEscapes(world: IncidentWorld, rng: Random): void {
  const escapes = perThousand(world, 0.5);
  for (let i = 0; i < escapes; i++) {
    const centre = pickCentre(world, rng);
    const at = minuteIn(rng, world.from, world.now - 2 * DAY_MS);
    const crowd = crowdAt(world, centre, at, 1, rng);
    if (!crowd) continue;
    const free = crowd.people.filter((p) => world.timeline.isFreeFrom(p, at));
    const who = drawPeople(free, rng.chance(0.25) ? 2 : 1, rng);
    if (who.length === 0) continue;
    for (const person of who) escapePerson(world, person, centre, at + MISSED_AFTER, rng);
    escapeIncident(
      world,
      centre,
      crowd.unit,
      at,
      who,
      who.length > 1
        ? 'Dos personas privadas de libertad no se presentaron al conteo; se verificó su evasión.'
        : 'Una persona privada de libertad no se presentó al conteo; se verificó su evasión.',
    );
  }
  const attempts = perThousand(world, 1);
  for (let i = 0; i < attempts; i++) {
    const centre = pickCentre(world, rng);
    const at = minuteIn(rng, world.from, world.now - HOUR_MS);
    const crowd = crowdAt(world, centre, at, 1, rng);
    if (!crowd) continue;
    world.log.incident({
      centre,
      location: locationOf(world, crowd.unit),
      type: 'attempted_escape',
      startedAt: at,
      endedAt: at + rng.int(1, 4) * HOUR_MS,
      description: rng.pick(ATTEMPTS),
      people: drawPeople(crowd.people, rng.int(1, 3), rng).map((person) => ({ person, role: 'suspected' as const })),
    });
  }
}

const ATTEMPTS = [
  'Intento de evasión frustrado: se halló un boquete en la pared posterior del pabellón.',
  'Intento de evasión frustrado: internos sorprendidos cortando la malla del patio.',
  'Intento de evasión frustrado: se halló un túnel en construcción bajo una celda.',
] as const;
