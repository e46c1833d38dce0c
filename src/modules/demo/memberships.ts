import type { Confidence, MembershipRole, RiskLevel } from '../../kernel/vocabulary.ts';
import type { CustodyRow, MembershipRow } from '../interchange/index.ts';
import { DAY_MS, isoInstant, YEAR_MS } from './persons.ts';
import type { Random } from './random.ts';
import { REFERENCE_GROUPS } from './reference-groups.ts';
import type { WarningEpisode } from './warning-episodes.ts';
import type { Place, Whereabouts } from './whereabouts.ts';

/** A pavilion with at least this many people placed in it at the end gets a dominant group. */
export const LARGE_PAVILION = 50;

type Weights = readonly (readonly [string, number])[];

/**
 * Which groups hold sway in each centre, as weights for the group that holds a pavilion. Drawn
 * from where the reference places them — Machala held by Los Lobos Box, Esmeraldas by Los
 * Tiguerones, Manabí by Los Choneros, Turi fought over by Los Lobos and R7, Los Lagartos at
 * Guayaquil's former provisional centre — and otherwise plausible, not facts.
 */
const TERRITORIES: Readonly<Record<string, Weights>> = {
  LIT: [['CHONEROS', 4], ['LOBOS', 3], ['LATIN-KINGS', 2], ['CHONE-KILLERS', 2], ['LAGARTOS', 2], ['TIGUERONES', 1], ['GANGSTERS', 1], ['PATRONES', 1], ['AGUILAS', 1], ['FATALES', 1], ['AGUILAS-KILLER', 0.5], ['CUARTEL-FEAS', 0.5], ['KATER-PILER', 0.5], ['MAFIA-TREBOL', 0.5]],
  REG4: [['CHONEROS', 3], ['LOBOS', 3], ['CHONE-KILLERS', 2], ['LATIN-KINGS', 1], ['LAGARTOS', 1], ['TIGUERONES', 1], ['COVICHEROS', 0.5], ['TIBURONES', 0.5], ['P27', 0.5]],
  GYE5: [['LAGARTOS', 3], ['LATIN-KINGS', 2], ['CHONEROS', 1], ['LOBOS', 1]],
  GYE2: [['CHONEROS', 2], ['LOBOS', 2], ['LATIN-KINGS', 1], ['CHONE-KILLERS', 1]],
  ROCA: [['CHONEROS', 2], ['LOBOS', 2], ['LAGARTOS', 1], ['TIGUERONES', 1]],
  ENC: [['CHONEROS', 2], ['LOBOS', 2], ['TIGUERONES', 1], ['LOBOS-BOX', 1], ['CHONE-KILLERS', 1]],
  MAC: [['LOBOS-BOX', 8], ['LOBOS', 1], ['CHONEROS', 1]],
  ESM: [['TIGUERONES', 5], ['CHONEROS', 1], ['LOBOS', 1]],
  TUR: [['LOBOS', 3], ['R7', 2], ['CHONEROS', 1], ['LOBOS-ESPEJO', 1]],
  LAT: [['LOBOS', 3], ['CHONEROS', 2], ['LOBOS-ESPEJO', 1], ['R7', 1]],
  SDO: [['LOBOS', 2], ['CHONEROS', 2], ['TIGUERONES', 1]],
  POR: [['CHONEROS', 5], ['CHONE-KILLERS', 1], ['LOBOS', 1]],
  JIP: [['CHONEROS', 5], ['CHONE-KILLERS', 1], ['LOBOS', 1]],
  QUI: [['LATIN-KINGS', 3], ['LOBOS', 2], ['CHONEROS', 2], ['MAFIA-18', 1], ['CUBANOS', 0.5]],
  IBA: [['LOBOS', 2], ['LATIN-KINGS', 2], ['CHONEROS', 1]],
  LOJ: [['LOBOS', 3], ['CHONEROS', 1], ['LOBOS-ESPEJO', 1]],
  BAB: [['LOBOS', 3], ['CHONEROS', 2], ['LAGARTOS', 1]],
  QUE: [['LOBOS', 3], ['CHONEROS', 2], ['LAGARTOS', 1]],
  AZO: [['LOBOS', 2], ['R7', 1], ['CHONEROS', 1]],
  TUL: [['LOBOS', 2], ['LATIN-KINGS', 1], ['CHONEROS', 1]],
  AMB: [['LOBOS', 2], ['CHONEROS', 2], ['LATIN-KINGS', 1]],
  ARC: [['LOBOS', 2], ['CHONEROS', 1]],
  LAG: [['LOBOS', 2], ['CHONEROS', 2], ['AK47', 1], ['CABALLEROS-OSCUROS', 1]],
};
const DEFAULT_TERRITORY: Weights = [['CHONEROS', 2], ['LOBOS', 2], ['LATIN-KINGS', 1]];
/** A centre's groups, and the cartels, whose associates turn up anywhere, rarely. */
function withCartels(territory: Weights): Weights {
  const total = territory.reduce((sum, [, weight]) => sum + weight, 0);
  return [...territory, ['SINALOA', total * 0.015], ['CJNG', total * 0.015]];
}

const ROLES_OF_RANK_AND_FILE: readonly (readonly [MembershipRole, number])[] = [['member', 85], ['associate', 15]];
const CONFIDENCE_OF: Record<MembershipRole, readonly (readonly [Confidence, number])[]> = {
  leader: [['confirmed', 85], ['probable', 15]],
  lieutenant: [['confirmed', 70], ['probable', 30]],
  member: [['confirmed', 50], ['probable', 32], ['possible', 18]],
  associate: [['probable', 40], ['possible', 60]],
};
const RISK_RANK: Record<RiskLevel, number> = { maximum: 3, high: 2, medium: 1, low: 0 };

export interface MembershipInput {
  custody: readonly Omit<CustodyRow, 'line'>[];
  places: ReadonlyMap<string, Place>;
  whereabouts: Whereabouts;
  /** Whether two groups are rivals (factions inherit their parent's relations). */
  areRivals: (a: string, b: string) => boolean;
  now: Date;
  /** Leaders released before violence, or before nothing (warning-episodes.ts): their pavilions are held by the group they led. */
  episodes?: readonly WarningEpisode[];
}

/**
 * Memberships for about a third of the people in custody, placed so that every large pavilion
 * (LARGE_PAVILION people or more at the end of the history) has a dominant group as the housing
 * module reckons it — most members, at least 3, more than half of the pavilion's group members —
 * led by a leader and a few lieutenants; some of those pavilions also hold a minority of a rival
 * group. Smaller pavilions and people not placed get members of the centre's groups at random.
 */
export function generateMemberships(input: MembershipInput, rng: Random): Omit<MembershipRow, 'line'>[] {
  const custodyOf = new Map(input.custody.map((c) => [c.person, c]));
  const activeSince = new Map(REFERENCE_GROUPS.map((g) => [g.code, Date.parse(`${g.activeSince}T00:00:00Z`)]));
  const nowMs = input.now.getTime();
  const rows: Omit<MembershipRow, 'line'>[] = [];

  /** `before`: the membership began before then (a leader who left in an episode); `on`: it began then (a successor). */
  const join = (person: string, group: string, role: MembershipRole, dated: { before?: number; on?: number } = {}) => {
    const admittedAt = Date.parse(custodyOf.get(person)?.admittedAt ?? '') || nowMs;
    // Most joined before their admission, some inside; only a leader's date is always known.
    const from = Math.max(activeSince.get(group) ?? 0, admittedAt - 6 * YEAR_MS);
    const to = Math.max(from, Math.min(nowMs - DAY_MS, admittedAt + YEAR_MS / 2, (dated.before ?? Infinity) - DAY_MS));
    const since = dated.on !== undefined ? isoInstant(dated.on).slice(0, 10) : role !== 'leader' && rng.chance(0.08) ? null : isoInstant(rng.between(from, to)).slice(0, 10);
    rows.push({ person, group, role, since, confidence: dated.on !== undefined ? 'confirmed' : rng.weighted(CONFIDENCE_OF[role]) });
    if (tallying) tallying.set(group, (tallying.get(group) ?? 0) + 1);
  };
  /** Members per group of each pavilion done so far (the pavilion being done: `tallying`). */
  const tally = new Map<string, Map<string, number>>();
  let tallying: Map<string, number> | null = null;

  const episodesOf = new Map<string, WarningEpisode[]>();
  for (const e of [...(input.episodes ?? [])].sort((a, b) => a.departedAt - b.departedAt)) {
    if (episodesOf.has(e.pavilion)) episodesOf.get(e.pavilion)?.push(e);
    else episodesOf.set(e.pavilion, [e]);
  }
  const dominantOf = new Map<string, string>();
  /**
   * The group that held a pavilion whose leader left: of the centre's groups, the one with the
   * most pavilions held by its rivals (the Litoral's pavilion 2, surrounded), then the commonest.
   */
  const episodeGroup = (pavilion: string, territory: Weights): string => {
    const centre = input.places.get(pavilion)?.centre;
    const heldBy = (p: string) => dominantOf.get(p) ?? [...(tally.get(p) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const rivalHeld = (group: string) =>
      [...tally.keys()].filter((p) => {
        const held = heldBy(p);
        return p !== pavilion && input.places.get(p)?.centre === centre && held !== undefined && input.areRivals(group, held);
      }).length;
    const ranked = territory.map(([group, weight]) => ({ group, weight, rivals: rivalHeld(group) }));
    ranked.sort((a, b) => b.rivals - a.rivals || b.weight - a.weight || a.group.localeCompare(b.group));
    return ranked[0]?.group ?? 'CHONEROS';
  };
  /** The leaders who left, one after another; returns when the last successor took over. */
  const joinDeparted = (episodes: readonly WarningEpisode[], group: string): number | undefined => {
    episodes.forEach((e, i) => {
      const previous = episodes[i - 1];
      if (previous) join(e.leader, group, 'leader', { on: Math.min(previous.successorFrom, e.departedAt - DAY_MS) });
      else join(e.leader, group, 'leader', { before: e.departedAt - 30 * DAY_MS });
    });
    return episodes[episodes.length - 1]?.successorFrom;
  };

  const byPavilion = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const [person, where] of input.whereabouts.current) {
    const pavilion = where.cell === null ? null : (input.places.get(where.cell)?.pavilion ?? null);
    if (pavilion === null) unplaced.push(person);
    else if (byPavilion.has(pavilion)) byPavilion.get(pavilion)?.push(person);
    else byPavilion.set(pavilion, [person]);
  }

  // The pavilions of the episodes last, so that their group is chosen knowing who holds the others.
  const pavilions = [...byPavilion].sort(([a], [b]) => Number(episodesOf.has(a)) - Number(episodesOf.has(b)));
  for (const [pavilion, people] of pavilions) {
    const territory = TERRITORIES[input.places.get(pavilion)?.centre ?? ''] ?? DEFAULT_TERRITORY;
    const episodes = episodesOf.get(pavilion);
    tallying = new Map();
    tally.set(pavilion, tallying);
    if (people.length < (episodes ? 10 : LARGE_PAVILION)) {
      scatter(people, territory, rng, join);
      continue;
    }
    const chosen = rng.shuffle([...people]).slice(0, Math.round(people.length * rng.between(0.27, 0.4)));
    const held = Math.min(chosen.length, Math.max(3, Math.floor(chosen.length / 2) + 1, Math.ceil(chosen.length * rng.between(0.6, 0.85))));
    const dominant = episodes ? episodeGroup(pavilion, territory) : rng.weighted(territory);
    dominantOf.set(pavilion, dominant);
    // The successor of the last leader who left is named only after the violence.
    const successorFrom = episodes ? joinDeparted(episodes, dominant) : undefined;
    episodesOf.delete(pavilion);
    const rivals = territory.filter(([g]) => input.areRivals(dominant, g));
    const rivalCount = rivals.length > 0 && rng.chance(0.4) ? Math.min(chosen.length - held, Math.max(2, Math.round(chosen.length * rng.between(0.06, 0.15)))) : 0;
    const others = withCartels(territory).filter(([g]) => g !== dominant && !input.areRivals(dominant, g));

    // The riskiest of the dominant group's people lead it.
    const risk = (person: string) => RISK_RANK[custodyOf.get(person)?.risk ?? 'low'];
    const holders = chosen.slice(0, held).sort((a, b) => risk(b) - risk(a));
    const lieutenants = rng.int(2, 4);
    holders.forEach((person, i) =>
      join(person, dominant, i === 0 ? 'leader' : i <= lieutenants ? 'lieutenant' : rng.weighted(ROLES_OF_RANK_AND_FILE), i === 0 && successorFrom !== undefined ? { on: successorFrom } : {}),
    );
    const rival = rivalCount > 0 ? rng.weighted(rivals) : null;
    for (const person of chosen.slice(held, held + rivalCount)) join(person, rival as string, rng.weighted(ROLES_OF_RANK_AND_FILE));
    for (const person of chosen.slice(held + rivalCount)) {
      join(person, others.length > 0 ? rng.weighted(others) : dominant, rng.weighted(ROLES_OF_RANK_AND_FILE));
    }
  }
  tallying = null;
  // Pavilions of episodes emptied since (or too small to be held now): their departed leaders still led.
  for (const [pavilion, episodes] of episodesOf) {
    joinDeparted(episodes, episodeGroup(pavilion, TERRITORIES[input.places.get(pavilion)?.centre ?? ''] ?? DEFAULT_TERRITORY));
  }
  const unplacedByCentre = new Map<string, string[]>();
  for (const person of unplaced) {
    const centre = input.whereabouts.current.get(person)?.centre ?? '';
    if (unplacedByCentre.has(centre)) unplacedByCentre.get(centre)?.push(person);
    else unplacedByCentre.set(centre, [person]);
  }
  for (const [centre, people] of unplacedByCentre) scatter(people, TERRITORIES[centre] ?? DEFAULT_TERRITORY, rng, join);

  return rows.sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : a.group < b.group ? -1 : 1));
}

/** Members of the centre's groups, about a third of the people, with no one in charge. */
function scatter(people: readonly string[], territory: Weights, rng: Random, join: (person: string, group: string, role: MembershipRole) => void) {
  const share = rng.between(0.22, 0.42);
  for (const person of people) {
    if (!rng.chance(share)) continue;
    join(person, rng.weighted(withCartels(territory)), rng.chance(0.05) ? 'lieutenant' : rng.weighted(ROLES_OF_RANK_AND_FILE));
  }
}
