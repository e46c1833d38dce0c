import type { DeathCause, IncidentPersonRole, IncidentType, SeizureItem } from '../../kernel/vocabulary.ts';
import type { DeathRow, IncidentPersonRow, IncidentRow, MovementRow, SeizureRow } from '../interchange/index.ts';
import { isoInstant } from './persons.ts';
import type { Random } from './random.ts';
import type { Timeline } from './timeline.ts';
import type { Place } from './whereabouts.ts';
import type { CustodyLookup, WarningEpisode } from './warning-episodes.ts';

export const HOUR_MS = 3_600_000;

/** An incident as drawn, before it has its id. */
export interface DrawnIncident {
  centre: string;
  /** a pavilion or another location of the centre; null = the centre as a whole */
  location: string | null;
  type: IncidentType;
  startedAt: number;
  endedAt: number;
  description: string;
  people: { person: string; role: IncidentPersonRole }[];
}

interface DrawnDeath {
  person: string;
  at: number;
  location: string;
  cause: DeathCause;
  incident: DrawnIncident | null;
  description: string;
}

interface DrawnSeizure {
  at: number;
  centre: string;
  location: string | null;
  item: SeizureItem;
  quantity: number;
  person: string | null;
  incident: DrawnIncident | null;
}

/** What the incident generators share: the year they fill, where everyone was, and the drawing. */
export interface IncidentWorld {
  timeline: Timeline;
  places: ReadonlyMap<string, Place>;
  /** People in custody per centre at the start of the history (the rates' denominators). */
  population: ReadonlyMap<string, number>;
  /** Number of people in the estate: scales every count. */
  people: number;
  now: number;
  /** The first instant of the year of incidents. */
  from: number;
  log: IncidentLog;
  /** The custody rows by person (who may be released in a warning episode). */
  custody: CustodyLookup;
  /** The warning episodes written so far (warning-episodes.ts). */
  episodes: WarningEpisode[];
}

/** A whole minute in [from, to). */
export function minuteIn(rng: Random, from: number, to: number): number {
  return Math.floor(rng.between(from, Math.max(from, to)) / 60_000) * 60_000;
}

/** A count drawn at `perThousand` per 1,000 people per year. */
export function perThousand(world: IncidentWorld, rate: number): number {
  return Math.round((world.people * rate) / 1000);
}

/** A centre drawn in proportion to its population. */
export function pickCentre(world: IncidentWorld, rng: Random): string {
  return rng.weighted([...world.population.entries()]);
}

/** The location an incident in `unit` is recorded at: the pavilion, or null for the centre as a whole. */
export function locationOf(world: IncidentWorld, unit: string): string | null {
  return world.places.has(unit) ? unit : null;
}

/** Up to `count` distinct people of `pool`, drawn at random (the pool is left as it was). */
export function drawPeople(pool: readonly string[], count: number, rng: Random): string[] {
  return rng.shuffle([...pool]).slice(0, Math.max(0, count));
}

/**
 * A unit (pavilion) of `centre` and the people in it at `at`, at least `min` of them, found
 * within a few tries; null when none is that full.
 */
export function crowdAt(world: IncidentWorld, centre: string, at: number, min: number, rng: Random): { unit: string; people: string[] } | null {
  const units = world.timeline.unitsOf(centre);
  for (let tries = 0; tries < 6 && units.length > 0; tries++) {
    const unit = rng.pick(units);
    const people = world.timeline.peopleIn(unit, at);
    if (people.length >= min) return { unit, people };
  }
  return null;
}

/**
 * The incidents, deaths, finds and escape movements drawn so far; `rows()` gives them as
 * interchange rows, incidents numbered per centre and year in time order (`LIT-INC-2026-000001`).
 */
export class IncidentLog {
  private readonly incidents: DrawnIncident[] = [];
  private readonly deaths: DrawnDeath[] = [];
  private readonly seizures: DrawnSeizure[] = [];
  private readonly movements: Omit<MovementRow, 'line'>[] = [];

  constructor(private readonly timeline: Timeline) {}

  incident(incident: DrawnIncident): DrawnIncident {
    this.incidents.push(incident);
    for (const { person } of incident.people) this.timeline.touch(person, incident.startedAt);
    return incident;
  }

  /** The incidents of `type` drawn so far. */
  count(type: IncidentType): number {
    return this.incidents.filter((i) => i.type === type).length;
  }

  death(death: DrawnDeath): void {
    this.deaths.push(death);
  }

  seizure(seizure: DrawnSeizure): void {
    this.seizures.push(seizure);
  }

  movement(movement: Omit<MovementRow, 'line'>): void {
    this.movements.push(movement);
  }

  rows(): {
    incidents: Omit<IncidentRow, 'line'>[];
    incidentPeople: Omit<IncidentPersonRow, 'line'>[];
    deaths: Omit<DeathRow, 'line'>[];
    seizures: Omit<SeizureRow, 'line'>[];
    movements: Omit<MovementRow, 'line'>[];
  } {
    const ordered = [...this.incidents].sort((a, b) => a.startedAt - b.startedAt || a.centre.localeCompare(b.centre));
    const ids = new Map<DrawnIncident, string>();
    const issued = numbering('INC');
    for (const incident of ordered) ids.set(incident, issued(incident.centre, incident.startedAt));
    const deathsOf = new Map<DrawnIncident, number>();
    for (const death of this.deaths) if (death.incident) deathsOf.set(death.incident, (deathsOf.get(death.incident) ?? 0) + 1);
    const seized = numbering('SZ');
    return {
      incidents: ordered.map((i) => ({
        id: ids.get(i) ?? '',
        centre: i.centre,
        location: i.location,
        type: i.type,
        startedAt: isoInstant(i.startedAt),
        endedAt: isoInstant(i.endedAt),
        deaths: deathsOf.get(i) ?? 0,
        injuries: i.people.filter((p) => p.role === 'injured').length,
        description: i.description,
      })),
      incidentPeople: ordered.flatMap((i) => uniqueRoles(i.people).map((p) => ({ incident: ids.get(i) ?? '', person: p.person, role: p.role }))),
      deaths: [...this.deaths]
        .sort((a, b) => a.at - b.at || a.person.localeCompare(b.person))
        .map((d) => ({
          person: d.person,
          at: isoInstant(d.at),
          location: d.location,
          cause: d.cause,
          incident: d.incident ? (ids.get(d.incident) ?? null) : null,
          description: d.description,
        })),
      seizures: [...this.seizures]
        .sort((a, b) => a.at - b.at || a.centre.localeCompare(b.centre))
        .map((s) => ({
          id: seized(s.centre, s.at),
          at: isoInstant(s.at),
          centre: s.centre,
          location: s.location,
          item: s.item,
          quantity: s.quantity,
          person: s.person,
          incident: s.incident ? (ids.get(s.incident) ?? null) : null,
        })),
      movements: [...this.movements].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.person.localeCompare(b.person)),
    };
  }
}

/** Codes `CENTRE-KIND-YEAR-000001`, counted per centre and year in the order asked. */
function numbering(kind: string): (centre: string, at: number) => string {
  const counters = new Map<string, number>();
  return (centre, at) => {
    const prefix = `${centre}-${kind}-${new Date(at).getUTCFullYear()}`;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };
}

function uniqueRoles<T extends { person: string; role: string }>(people: readonly T[]): T[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.person}\u0000${p.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `total` split in proportion to `weights`, in whole numbers that add up to it (largest remainder). */
export function apportion<K extends string>(total: number, weights: Readonly<Record<K, number>>): Record<K, number> {
  const keys = Object.keys(weights) as K[];
  const sum = keys.reduce((s, k) => s + weights[k], 0) || 1;
  const exact = keys.map((k) => ({ k, value: (total * weights[k]) / sum }));
  const result = Object.fromEntries(exact.map(({ k, value }) => [k, Math.floor(value)])) as Record<K, number>;
  let left = total - keys.reduce((s, k) => s + result[k], 0);
  for (const { k } of [...exact].sort((a, b) => (b.value % 1) - (a.value % 1) || a.k.localeCompare(b.k))) {
    if (left <= 0) break;
    result[k] += 1;
    left -= 1;
  }
  return result;
}
