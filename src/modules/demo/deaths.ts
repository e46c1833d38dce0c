import type { DeathCause } from '../../kernel/vocabulary.ts';
import type { Random } from './random.ts';
import { apportion, crowdAt, drawPeople, HOUR_MS, locationOf, minuteIn, pickCentre, type IncidentWorld } from './incident-log.ts';
import { DEATH_CAUSE_SHARES, DEATHS_PER_PERSON_YEAR, RIOT_HOMICIDE_SHARE } from './reference-deaths.ts';
import { drawRiots, planRiots } from './riots.ts';
import { drawHomicideEpisodes } from './warning-episodes.ts';

/** How many deaths of each cause the year has: the 2021 rate per person, split in the reference's proportions. */
export function deathCounts(people: number): Record<DeathCause, number> {
  return apportion(Math.round(people * DEATHS_PER_PERSON_YEAR), DEATH_CAUSE_SHARES);
}

/**
 * The deaths of the year, each a deaths.csv row that ends the person's custody (the person
 * has nothing recorded after it): most homicides in the riots, the rest single homicides in a
 * pavilion; self-inflicted, accidental, undetermined and pending deaths each with a `death`
 * incident; natural deaths in the infirmary, with no incident.
 */
export function drawDeaths(world: IncidentWorld, rng: Random): void {
  const counts = deathCounts(world.people);
  const riots = planRiots(world, rng);
  const inRiots = riots.length > 0 ? drawRiots(world, riots, Math.round(counts.homicide * RIOT_HOMICIDE_SHARE), rng) : 0;
  const episodes = drawHomicideEpisodes(world, world.custody, counts.homicide - inRiots, rng);
  world.episodes.push(...episodes);
  const inEpisodes = episodes.filter((e) => e.kind === 'homicide').length;
  const single: [DeathCause, number][] = [
    ['homicide', Math.max(0, counts.homicide - inRiots - inEpisodes)],
    ['self_inflicted', counts.self_inflicted],
    ['accident', counts.accident],
    ['undetermined', counts.undetermined],
    ['pending', counts.pending],
    ['natural', counts.natural],
  ];
  for (const [cause, count] of single) {
    for (let i = 0; i < count; i++) drawDeath(world, cause, rng);
  }
}

const DESCRIPTIONS: Record<DeathCause, readonly string[]> = {
  homicide: ['Atacado con arma blanca por otros internos en el pabellón.', 'Hallado estrangulado en su celda.', 'Herido de bala en una riña en el patio.'],
  self_inflicted: ['Hallado suspendido en su celda durante la ronda nocturna.', 'Hallado sin vida en su celda; indicios de lesiones autoinfligidas.'],
  accident: ['Caída desde el segundo piso del pabellón durante trabajos de mantenimiento.', 'Electrocutado al manipular una conexión eléctrica en la celda.'],
  undetermined: ['Hallado sin vida en su celda; la autopsia no estableció la causa.'],
  pending: ['Hallado sin vida en su celda durante el conteo de la mañana; causa por establecer.', 'Se desvaneció en el patio y falleció antes de llegar a la enfermería; causa por establecer.'],
  natural: ['Falleció en la enfermería por complicaciones de tuberculosis.', 'Paro cardíaco; falleció en la enfermería.', 'Falleció en la enfermería por complicaciones de diabetes.', 'Falleció en la enfermería tras una neumonía.'],
};

/** One death of `cause` somewhere in the estate, at a time when nothing follows for the person. */
function drawDeath(world: IncidentWorld, cause: DeathCause, rng: Random): void {
  for (let tries = 0; tries < 10; tries++) {
    const centre = pickCentre(world, rng);
    const at = minuteIn(rng, world.from, world.now - 2 * HOUR_MS);
    const crowd = crowdAt(world, centre, at, cause === 'homicide' ? 2 : 1, rng);
    if (!crowd) continue;
    const [person] = drawPeople(
      crowd.people.filter((p) => world.timeline.isFreeFrom(p, at)),
      1,
      rng,
    );
    const stay = person ? world.timeline.at(person, at) : null;
    if (!person || !stay) continue;
    const description = rng.pick(DESCRIPTIONS[cause]);
    const infirmary = `${stay.centre}-SAL`;
    const location = cause === 'natural' && world.places.has(infirmary) ? infirmary : (stay.cell ?? crowd.unit);
    const incident =
      cause === 'natural'
        ? null
        : world.log.incident({
            centre: stay.centre,
            location: locationOf(world, crowd.unit),
            type: cause === 'homicide' ? 'homicide' : 'death',
            startedAt: at,
            endedAt: at + rng.int(1, 6) * HOUR_MS,
            description,
            people: [
              { person, role: 'victim' },
              ...drawPeople(
                crowd.people.filter((p) => p !== person),
                cause === 'homicide' ? rng.int(1, 2) : 0,
                rng,
              ).map((p) => ({ person: p, role: 'suspected' as const })),
            ],
          });
    // Found, or dead, a little after the incident began.
    const died = at + rng.int(5, 90) * 60_000;
    world.log.death({ person, at: died, location, cause, incident, description });
    world.timeline.end(person, died);
    return;
  }
}
