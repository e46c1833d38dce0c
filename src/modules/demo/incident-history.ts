import type { CustodyRow, DeathRow, IncidentPersonRow, IncidentRow, MovementRow, SeizureRow } from '../interchange/index.ts';
import { drawDeaths } from './deaths.ts';
import { drawEscapes } from './escapes.ts';
import { IncidentLog, type IncidentWorld } from './incident-log.ts';
import { drawEverydayIncidents } from './incidents.ts';
import { YEAR_MS } from './persons.ts';
import { createRandom } from './random.ts';
import { drawSeizures } from './seizures.ts';
import { Timeline } from './timeline.ts';
import type { Place } from './whereabouts.ts';
import { drawQuietEpisodes, type WarningEpisode } from './warning-episodes.ts';

export interface IncidentHistoryInput {
  seed: number;
  now: Date;
  custody: readonly Omit<CustodyRow, 'line'>[];
  /** The movement history so far (internal moves, transfers, releases), in time order. */
  movements: readonly Omit<MovementRow, 'line'>[];
  places: ReadonlyMap<string, Place>;
}

export interface IncidentHistory {
  incidents: Omit<IncidentRow, 'line'>[];
  incidentPeople: Omit<IncidentPersonRow, 'line'>[];
  deaths: Omit<DeathRow, 'line'>[];
  seizures: Omit<SeizureRow, 'line'>[];
  /** The movements with the escapes and recaptures added, in time order. */
  movements: Omit<MovementRow, 'line'>[];
  /** The movements as the roll will see them: also a `death` for each death (deaths.csv ends custody). */
  movementsWithDeaths: Omit<MovementRow, 'line'>[];
  /** Leaders released before violence in their pavilion, or before nothing (warning-episodes.ts), by departure. */
  episodes: WarningEpisode[];
}

/**
 * The last year of incidents, deaths, escapes and finds, drawn against where everyone was
 * (custody and movements): escapes first (their movements), then riots and the other deaths
 * (only of people with nothing recorded after), then the everyday incidents and the searches
 * among the people in a pavilion at the time. Each part has its own random stream.
 */
export function generateIncidentHistory(input: IncidentHistoryInput): IncidentHistory {
  const timeline = new Timeline(input.custody, input.movements, input.places);
  const population = new Map<string, number>();
  for (const c of input.custody) population.set(c.centre, (population.get(c.centre) ?? 0) + 1);
  const now = input.now.getTime();
  const world: IncidentWorld = {
    timeline,
    places: input.places,
    population: new Map([...population].sort(([a], [b]) => a.localeCompare(b))),
    people: input.custody.length,
    now,
    from: now - YEAR_MS,
    log: new IncidentLog(timeline),
    custody: new Map(input.custody.map((c) => [c.person, c])),
    episodes: [],
  };
  if (world.people > 0) {
    drawEscapes(world, createRandom(input.seed, 'escapes'));
    drawDeaths(world, createRandom(input.seed, 'deaths'));
    world.episodes.push(...drawQuietEpisodes(world, world.custody, createRandom(input.seed, 'quiet-episodes')));
    drawEverydayIncidents(world, createRandom(input.seed, 'incidents'));
    drawSeizures(world, createRandom(input.seed, 'seizures'));
  }
  const rows = world.log.rows();
  const byTime = (a: Omit<MovementRow, 'line'>, b: Omit<MovementRow, 'line'>) => Date.parse(a.at) - Date.parse(b.at);
  const movements = [...input.movements, ...rows.movements].sort(byTime);
  const deathMovements = rows.deaths.map((d) => ({ at: d.at, person: d.person, type: 'death' as const, to: null, reason: null }));
  const episodes = [...world.episodes].sort((a, b) => a.departedAt - b.departedAt);
  return { ...rows, movements, movementsWithDeaths: [...movements, ...deathMovements].sort(byTime), episodes };
}
