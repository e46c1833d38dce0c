import type { IncidentPersonRole, IncidentType } from '../../kernel/vocabulary.ts';
import type { Random } from './random.ts';
import { crowdAt, drawPeople, HOUR_MS, locationOf, minuteIn, perThousand, pickCentre, type IncidentWorld } from './incident-log.ts';
import { HOSTAGE_TAKING_CENTRES } from './reference-deaths.ts';

/**
 * The everyday incidents of a year, among the people in one pavilion at the time. Rates per
 * 1,000 people per year, assumed for the demo (the reference publishes no Ecuadorian series;
 * they keep fights and assaults the commonest reports, as in the Safety in Custody series the
 * reference describes).
 */
const RATES: readonly (readonly [Everyday, number])[] = [
  ['fight', 20],
  ['assault', 10],
  ['self_harm', 6],
  ['protest', 1.5],
  ['fire', 1],
  ['explosion', 0.3],
  ['other', 2],
];
type Everyday = Extract<IncidentType, 'fight' | 'assault' | 'self_harm' | 'protest' | 'fire' | 'explosion' | 'other'>;

/** Who takes part, in which roles, and what the first report says. */
function cast(type: Everyday, people: readonly string[], rng: Random): { roles: { person: string; role: IncidentPersonRole }[]; description: string } | null {
  const as = (role: IncidentPersonRole) => (person: string) => ({ person, role });
  switch (type) {
    case 'fight': {
      const [a, b, ...more] = drawPeople(people, rng.int(2, 4), rng);
      if (!a || !b) return null;
      const fighters = [a, b, ...more];
      const hurt = drawPeople(fighters, rng.int(0, 2), rng);
      return {
        roles: [...fighters.map(as('perpetrator')), ...hurt.map(as('injured')), ...drawPeople(people.filter((p) => !fighters.includes(p)), rng.int(0, 1), rng).map(as('witness'))],
        description: rng.pick(['Riña entre internos en el patio del pabellón.', 'Pelea entre internos en el comedor; se separó a los involucrados.', 'Riña en la celda por una deuda entre internos.']),
      };
    }
    case 'assault': {
      const [victim, ...attackers] = drawPeople(people, rng.int(2, 3), rng);
      if (!victim || attackers.length === 0) return null;
      return {
        roles: [as('victim')(victim), ...(rng.chance(0.6) ? [as('injured')(victim)] : []), ...attackers.map(as('perpetrator'))],
        description: rng.pick(['Agresión a un interno por otros internos en las duchas.', 'Un interno fue golpeado por otros en su celda.', 'Agresión con arma blanca artesanal a un interno en el patio.']),
      };
    }
    case 'self_harm': {
      const [person] = drawPeople(people, 1, rng);
      if (!person) return null;
      return {
        roles: [as('victim')(person), as('injured')(person)],
        description: rng.pick(['Interno con cortes autoinfligidos en los brazos; atendido en la enfermería.', 'Intento de autolesión en la celda; atendido a tiempo por los guías.']),
      };
    }
    case 'protest':
      return {
        roles: drawPeople(people, rng.int(2, 6), rng).map(as('suspected')),
        description: rng.pick(['Huelga de hambre en el pabellón en protesta por las visitas.', 'Protesta de internos por la falta de agua y de alimentos.', 'Internos se niegan a ingresar a las celdas en protesta por los traslados.']),
      };
    case 'fire':
      return {
        roles: [...drawPeople(people, rng.int(0, 2), rng).map(as('suspected')), ...drawPeople(people, rng.int(0, 2), rng).map(as('injured'))],
        description: rng.pick(['Quema de colchones en el pabellón; el fuego fue sofocado por los guías.', 'Incendio en una celda por una conexión eléctrica clandestina.']),
      };
    case 'explosion':
      return {
        roles: drawPeople(people, rng.int(0, 2), rng).map(as('injured')),
        description: 'Detonación de un artefacto explosivo junto al muro del pabellón.',
      };
    case 'other':
      return {
        roles: drawPeople(people, 1, rng).map(as('present')),
        description: rng.pick(['Interno hallado en un pabellón distinto al asignado.', 'Daños a las instalaciones sanitarias del pabellón.']),
      };
  }
}

export function drawEverydayIncidents(world: IncidentWorld, rng: Random): void {
  for (const [type, rate] of RATES) {
    // Fights the warning episodes planted before riots are part of the year's number.
    const count = perThousand(world, rate) - world.log.count(type);
    for (let i = 0; i < count; i++) {
      const centre = pickCentre(world, rng);
      const at = minuteIn(rng, world.from, world.now - HOUR_MS);
      const crowd = crowdAt(world, centre, at, type === 'fight' || type === 'assault' ? 2 : 1, rng);
      const drawn = crowd && cast(type, crowd.people, rng);
      if (!crowd || !drawn) continue;
      world.log.incident({
        centre,
        location: locationOf(world, crowd.unit),
        type,
        startedAt: at,
        endedAt: Math.min(at + rng.int(1, type === 'protest' ? 30 : 4) * HOUR_MS, world.now),
        description: drawn.description,
        people: drawn.roles,
      });
    }
  }
  drawHostageTakings(world, rng);
}

/**
 * Guards held hostage, in the centres where it happened in January 2024 (reference): 0.1 per
 * 1,000 people per year, at least one in an estate of 2,000 or more. The guards are staff, not in
 * the interchange files; the report names them in words.
 */
function drawHostageTakings(world: IncidentWorld, rng: Random): void {
  const centres = HOSTAGE_TAKING_CENTRES.filter((c) => (world.population.get(c) ?? 0) > 0);
  const count = Math.max(world.people >= 2000 ? 1 : 0, perThousand(world, 0.1));
  for (let i = 0; i < count && centres.length > 0; i++) {
    const centre = rng.pick(centres);
    const at = minuteIn(rng, world.from, world.now - 2 * 24 * HOUR_MS);
    const crowd = crowdAt(world, centre, at, 3, rng);
    if (!crowd) continue;
    const guards = rng.int(2, 9);
    world.log.incident({
      centre,
      location: locationOf(world, crowd.unit),
      type: 'hostage_taking',
      startedAt: at,
      endedAt: at + rng.int(6, 72) * HOUR_MS,
      description: `Internos retuvieron a ${guards} guías penitenciarios en el pabellón; fueron liberados tras la intervención de la Policía y las Fuerzas Armadas.`,
      people: drawPeople(crowd.people, rng.int(3, 8), rng).map((person) => ({ person, role: 'suspected' as const })),
    });
  }
}
