import { GroupRelations } from '../groups/index.ts';
import { emptyBundle, type Bundle, type Sourced } from '../interchange/index.ts';
import { DEFAULT_PEOPLE, planCentres } from './centres.ts';
import { layOutCentre } from './locations.ts';
import { generateIncidentHistory } from './incident-history.ts';
import { generateMemberships } from './memberships.ts';
import { generateMovements } from './movements.ts';
import { generateNonAssociations } from './non-associations.ts';
import { generatePeople } from './persons.ts';
import { placePeople } from './place-people.ts';
import { createRandom } from './random.ts';
import { REFERENCE_GROUPS, REFERENCE_RELATIONS } from './reference-groups.ts';
import type { WarningEpisode } from './warning-episodes.ts';
import { followPeople, placesOf } from './whereabouts.ts';

export interface DemoEstateOptions {
  /** The same seed (and the same `now`) gives the same estate, row for row. */
  seed: number;
  /** People in custody; default 35,000, about SNAI's population in 2025. */
  people?: number;
  /** Anchors every date (admissions, movements, birth dates); nothing else reads the clock. */
  now: Date;
}

export interface DemoEstate {
  bundle: Bundle;
  /** Codes of the centres whose capacity was not published and has been estimated. */
  estimatedCapacity: string[];
  /**
   * The leaders whose release the history records before violence in their pavilion, or before
   * nothing (warning-episodes.ts): what the early warning should have seen coming, and its decoys.
   */
  warningEpisodes: WarningEpisode[];
}

/** Movements per 35,000 people: a few hundred internal moves, ~100 transfers, ~50 releases. */
const MOVEMENTS_PER_DEFAULT = { internalMoves: 300, transfers: 100, releases: 50 };
/** Non-associations per 35,000 people. */
const NON_ASSOCIATIONS_PER_DEFAULT = 300;

/** Numbers the rows as the lines of their CSV file: the header is line 1. */
function numbered<T extends object>(rows: readonly T[]): (T & Sourced)[] {
  return rows.map((row, index) => ({ ...row, line: index + 2 }));
}

/**
 * The demonstration estate as an interchange bundle (format v1): Ecuador's centres from the
 * public reference figures, their location trees with capacities, synthetic people in custody
 * spread to match the published populations, a modest movement history, the criminal groups of
 * the reference with their alliances and rivalries, memberships that give each large pavilion a
 * dominant group, non-associations the history never breaches, and a year of incidents, deaths,
 * escapes and finds (incident-history.ts) with the episodes an early warning should see coming
 * (warning-episodes.ts), all drawn from `seed`. The
 * estate's layout depends on the seed only, not on the number of people.
 */
export function generateDemoEstate(options: DemoEstateOptions): DemoEstate {
  const steps = generateDemoEstateInSteps(options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The parts of generating the estate, in order (each a fraction of a second to a few seconds). */
export const DEMO_GENERATION_STEPS = ['layout', 'people', 'movements', 'memberships', 'non_associations'] as const;
export type DemoGenerationStep = (typeof DEMO_GENERATION_STEPS)[number];

/**
 * `generateDemoEstate` one part at a time: names each part before doing it, so that a caller
 * can report progress and let its event loop breathe between parts (the loading page).
 */
export function* generateDemoEstateInSteps(options: DemoEstateOptions): Generator<DemoGenerationStep, DemoEstate> {
  yield 'layout';
  const people = Math.max(0, Math.round(options.people ?? DEFAULT_PEOPLE));
  const plans = planCentres();
  const layouts = plans.map((plan) => layOutCentre(plan, createRandom(options.seed, `layout:${plan.row.code}`)));
  const slots = placePeople(layouts, people, createRandom(options.seed, 'placement'));
  yield 'people';
  const generated = generatePeople(slots, options.now, createRandom(options.seed, 'people'));
  const scale = people / DEFAULT_PEOPLE;
  const counts = {
    internalMoves: Math.round(MOVEMENTS_PER_DEFAULT.internalMoves * scale),
    transfers: Math.round(MOVEMENTS_PER_DEFAULT.transfers * scale),
    releases: Math.round(MOVEMENTS_PER_DEFAULT.releases * scale),
  };
  yield 'movements';
  const moves = generateMovements(generated.inmates, layouts, options.now, counts, createRandom(options.seed, 'movements'));
  const locations = layouts.flatMap((layout) => layout.rows);
  const places = placesOf(locations);
  // A year of incidents, deaths, escapes and finds, part of the history (their step too).
  const history = generateIncidentHistory({ seed: options.seed, now: options.now, custody: generated.custody, movements: moves, places });

  const whereabouts = followPeople(generated.custody, history.movementsWithDeaths, places);
  const relations = new GroupRelations(REFERENCE_GROUPS, REFERENCE_RELATIONS);
  const areRivals = (a: string, b: string) => relations.areRivals(a, b);
  yield 'memberships';
  const memberships = generateMemberships(
    { custody: generated.custody, places, whereabouts, areRivals, now: options.now, episodes: history.episodes },
    createRandom(options.seed, 'memberships'),
  );
  const groupNames = new Map(REFERENCE_GROUPS.map((g) => [g.code, g.name]));
  yield 'non_associations';
  const nonAssociations = generateNonAssociations(
    { places, whereabouts, memberships, areRivals, groupName: (code) => groupNames.get(code) ?? code },
    Math.round(NON_ASSOCIATIONS_PER_DEFAULT * scale),
    createRandom(options.seed, 'non-associations'),
  );
  return {
    bundle: {
      ...emptyBundle(),
      centres: numbered(plans.map((plan) => plan.row)),
      locations: numbered(locations),
      persons: numbered(generated.persons),
      custody: numbered(generated.custody),
      groups: numbered(REFERENCE_GROUPS.map(({ activeSince: _since, ...group }) => group)),
      groupRelations: numbered(REFERENCE_RELATIONS),
      memberships: numbered(memberships),
      nonAssociations: numbered(nonAssociations),
      movements: numbered(history.movements),
      incidents: numbered(history.incidents),
      incidentPeople: numbered(history.incidentPeople),
      deaths: numbered(history.deaths),
      seizures: numbered(history.seizures),
    },
    estimatedCapacity: plans.filter((plan) => plan.capacityEstimated).map((plan) => plan.row.code),
    warningEpisodes: history.episodes,
  };
}
