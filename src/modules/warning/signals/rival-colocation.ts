import type { MembershipRole } from '../../../kernel/vocabulary.ts';
import { factIndexOf, type FactIndex, formatDay, joinNames, roleWord, severityOf } from './common.ts';
import type { CentreFacts, Finding, LocationFacts, MembershipFacts, PersonFacts, Sentence, Signal } from './facts.ts';

/**
 * Rival co-location: members of rival groups sharing a cell, a wing or a pavilion.
 *
 * Rule. Only people `in` count (someone out at court shares nothing tonight). Each person
 * present weighs for each group they belong to `ROLE_WEIGHT[role] × CONFIDENCE_WEIGHT[confidence]`;
 * a group's weight in a location is the sum over its members there. For every pair of rival groups
 * A, B both present in a location L, with weights m ≤ M:
 *
 *   pair score = `PAIR_UNIT × LEVEL_FACTOR[kind of L] × m × (1 + RATIO_WEIGHT × log2(M / m))`
 *
 * — driven by the smaller side (a fight needs both), rising slowly with the imbalance (a lone
 * rival among many is at risk), never falling when anyone is added to either side. Levels: the
 * person's own place (a cell, or a unit like reception), its wing, its pavilion.
 *
 * De-duplication. A pair is raised at the smallest location where it matters: at a wing or
 * pavilion, a pair counts only if its score there is strictly higher than its highest score in
 * any location inside it. Two rivals alone in one cell (score 10) make a pavilion score of 2.5 for
 * that pair: only the cell is raised; twenty against twenty across a pavilion score more at the
 * pavilion than in any of its cells: both are raised. One finding per location (subject = the
 * location code), its score the sum of the pairs it keeps; findings under `REPORT_MIN` are not
 * raised (two rival associates somewhere in one pavilion is the normal state of an estate). A
 * person with two records in one group counts once, at the heavier. The reasons name everyone of
 * a group there when they are at most `NAME_LIMIT`, else its leaders and lieutenants and a count.
 *
 * Severity by `THRESHOLDS`: two rival members in a cell are medium, a leader with a rival member
 * high, two rival leaders in one cell critical; a single rival associate in a big pavilion low.
 *
 * `since` is the latest known arrival (a move into the pavilion, from the departures of the
 * lookback) of the people named, else T. Restricted: memberships and relations are intelligence.
 */

/** Leaders give the orders and are the targets; lieutenants carry them out; associates are on the edge. */
export const ROLE_WEIGHT: Readonly<Record<MembershipRole, number>> = { leader: 4, lieutenant: 2, member: 1, associate: 0.5 };
/** Intelligence of lower confidence counts less, not nothing. */
export const CONFIDENCE_WEIGHT: Readonly<Record<MembershipFacts['confidence'], number>> = { confirmed: 1, probable: 0.75, possible: 0.5 };
/** Sharing a cell (a night locked in) is the closest; a wing shares corridors and yard; a pavilion, less. */
export const LEVEL_FACTOR = { cell: 1, unit: 0.5, wing: 0.5, pavilion: 0.25 } as const;
/** Two rival members (weight 1 each) in one cell score this. */
export const PAIR_UNIT = 10;
/** How much the imbalance (bigger side / smaller side, in doublings) adds to the smaller side. */
export const RATIO_WEIGHT = 0.25;
/** Below this a location is not raised at all (a thin mix in a pavilion is not news). */
export const REPORT_MIN = 2.5;
/** Member + member in a cell is medium (10), leader + member high (15), leader + leader critical (40). */
export const THRESHOLDS = { medium: 8, high: 15, critical: 40 } as const;
/** Beyond this many people of one group in a location, only its leaders and lieutenants are named. */
export const NAME_LIMIT = 6;

type Level = keyof typeof LEVEL_FACTOR;

interface Place {
  code: string;
  level: Level;
  pavilion: string | null;
  /** The places containing it (its wing, its pavilion). */
  parents: string[];
  /** group → the summed weight of its people present */
  weights: Map<string, number>;
}

interface Member {
  person: PersonFacts;
  role: MembershipRole;
  weight: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The score of a pair of rival groups with weights `a` and `b` in a location of `level`. */
export function pairScore(a: number, b: number, level: Level): number {
  const m = Math.min(a, b);
  const M = Math.max(a, b);
  if (m <= 0) return 0;
  return PAIR_UNIT * LEVEL_FACTOR[level] * m * (1 + RATIO_WEIGHT * Math.log2(M / m));
}

function levelOf(code: string, location: LocationFacts | undefined, person: PersonFacts): Level {
  const kind = location?.kind ?? (code === person.pavilion ? 'pavilion' : code === person.wing ? 'wing' : 'cell');
  switch (kind) {
    case 'cell':
      return 'cell';
    case 'wing':
      return 'wing';
    case 'pavilion':
      return 'pavilion';
    case 'reception':
    case 'isolation':
    case 'health':
      return 'unit';
  }
}

interface Weighed {
  group: string;
  role: MembershipRole;
  weight: number;
}

/**
 * The memberships of people `in`, in groups that have a rival, one per person and group at its
 * heaviest (two records of one group count once).
 */
function weighedMemberships(facts: CentreFacts, index: FactIndex): Map<string, Weighed & { person: PersonFacts }> {
  const inside = new Map<string, PersonFacts>();
  for (const p of facts.people) if (p.state === 'in') inside.set(p.id, p);
  const out = new Map<string, Weighed & { person: PersonFacts }>();
  for (const m of facts.memberships) {
    const person = inside.get(m.person);
    if (!person || index.rivalsOf(m.group).size === 0) continue;
    const weight = ROLE_WEIGHT[m.role] * CONFIDENCE_WEIGHT[m.confidence];
    const key = `${m.person}\u0000${m.group}`;
    const known = out.get(key);
    if (!known || known.weight < weight || (known.weight === weight && ROLE_WEIGHT[m.role] > ROLE_WEIGHT[known.role])) out.set(key, { person, group: m.group, role: m.role, weight });
  }
  return out;
}

interface Weighed {
  group: string;
  role: MembershipRole;
  weight: number;
}

/** A person's places from the smallest: their location, wing and pavilion, without repeats. */
function chainOf(person: PersonFacts): string[] {
  const chain: string[] = [];
  for (const code of [person.location, person.wing, person.pavilion]) if (code !== null && !chain.includes(code)) chain.push(code);
  return chain;
}

/** See the comment at the top of the file. */
export const rivalColocation: Signal = (facts) => {
  if (facts.memberships.length === 0 || !facts.relations.some((r) => r.relation === 'rival')) return [];
  const index = factIndexOf(facts);
  const weighed = weighedMemberships(facts, index);
  if (weighed.size === 0) return [];
  const locations = new Map(facts.locations.map((l) => [l.code, l]));

  // Weights are summed where people are (their own place), then carried up to wings and pavilions.
  const places = new Map<string, Place>();
  const placeOf = (code: string, person: PersonFacts): Place => {
    let place = places.get(code);
    if (!place) {
      const chain = chainOf(person);
      const at = chain.indexOf(code);
      places.set(code, (place = { code, level: levelOf(code, locations.get(code), person), pavilion: person.pavilion, parents: chain.slice(at + 1), weights: new Map() }));
    }
    return place;
  };
  const own = new Set<Place>();
  for (const m of weighed.values()) {
    const code = m.person.location ?? m.person.wing ?? m.person.pavilion;
    if (code === null) continue;
    const place = placeOf(code, m.person);
    own.add(place);
    place.weights.set(m.group, (place.weights.get(m.group) ?? 0) + m.weight);
  }
  const firstPerson = new Map<string, PersonFacts>();
  for (const m of weighed.values()) {
    const code = m.person.location ?? m.person.wing ?? m.person.pavilion;
    if (code !== null && !firstPerson.has(code)) firstPerson.set(code, m.person);
  }
  // Snapshot first: a wing where some people are placed directly also receives its cells' weights.
  for (const [place, weights] of [...own].map((p) => [p, [...p.weights]] as const)) {
    const person = firstPerson.get(place.code) as PersonFacts;
    for (const parentCode of place.parents) {
      const parent = placeOf(parentCode, person);
      for (const [group, weight] of weights) parent.weights.set(group, (parent.weights.get(group) ?? 0) + weight);
    }
  }

  const pairs = new Map<string, Map<string, number>>();
  const insideBest = new Map<string, Map<string, number>>();
  for (const place of places.values()) {
    if (place.weights.size < 2) continue;
    const groups = [...place.weights.keys()].sort(byText);
    const scores = new Map<string, number>();
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const [a, b] = [groups[i] as string, groups[j] as string];
        if (!index.areRivals(a, b)) continue;
        const score = pairScore(place.weights.get(a) ?? 0, place.weights.get(b) ?? 0, place.level);
        if (score <= 0) continue;
        const pair = `${a}|${b}`;
        scores.set(pair, score);
        for (const parent of place.parents) {
          let best = insideBest.get(parent);
          if (!best) insideBest.set(parent, (best = new Map()));
          best.set(pair, Math.max(best.get(pair) ?? 0, score));
        }
      }
    }
    if (scores.size > 0) pairs.set(place.code, scores);
  }

  const raised: { place: Place; pairs: [string, string][]; score: number }[] = [];
  for (const [code, scores] of pairs) {
    const kept = [...scores].filter(([pair, score]) => score > (insideBest.get(code)?.get(pair) ?? 0)).sort(([pa, a], [pb, b]) => b - a || byText(pa, pb));
    const score = round2(kept.reduce((sum, [, s]) => sum + s, 0));
    if (kept.length === 0 || score < REPORT_MIN) continue;
    raised.push({ place: places.get(code) as Place, pairs: kept.map(([pair]) => pair.split('|') as [string, string]), score });
  }
  if (raised.length === 0) return [];

  // The people of the raised places only, by group, for the sentences.
  const members = new Map<string, Map<string, Member[]>>(raised.map((r) => [r.place.code, new Map()]));
  for (const m of weighed.values()) {
    for (const code of chainOf(m.person)) {
      const byGroup = members.get(code);
      if (!byGroup) continue;
      let list = byGroup.get(m.group);
      if (!list) byGroup.set(m.group, (list = []));
      list.push({ person: m.person, role: m.role, weight: m.weight });
    }
  }
  return raised
    .sort((a, b) => byText(a.place.code, b.place.code))
    .map((r) => describe(facts, index, r.place, members.get(r.place.code) ?? new Map(), r.pairs, r.score));
};

function describe(facts: CentreFacts, index: FactIndex, place: Place, membersByGroup: ReadonlyMap<string, Member[]>, pairs: [string, string][], score: number): Finding {
  const named = new Map<string, PersonFacts>();
  const groups = [...new Set(pairs.flat())].sort(byText);
  const where = index.locationName(place.code);
  const inPavilion = place.pavilion && place.pavilion !== place.code ? index.locationName(place.pavilion) : null;
  const whereText: Sentence = inPavilion ? { es: `${where} (${inPavilion})`, en: `${where} (${inPavilion})` } : { es: where, en: where };

  const sideOf = (group: string): Sentence => {
    const members = [...(membersByGroup.get(group) ?? [])].sort((a, b) => b.weight - a.weight || byText(a.person.name, b.person.name) || byText(a.person.id, b.person.id));
    const shown = members.length <= NAME_LIMIT ? members : members.filter((m) => m.role === 'leader' || m.role === 'lieutenant');
    for (const m of shown) named.set(m.person.id, m.person);
    const people = (lang: 'es' | 'en') => shown.map((m) => `${m.person.name} (${roleWord(m.role)[lang]})`);
    const rest = members.length - shown.length;
    const restText = (lang: 'es' | 'en') =>
      rest === 0 ? [] : [lang === 'es' ? (shown.length ? `${rest} más` : rest === 1 ? '1 miembro' : `${rest} miembros`) : shown.length ? `${rest} more` : rest === 1 ? '1 member' : `${rest} members`];
    const name = index.groupName(group);
    return { es: `de ${name}, ${joinNames([...people('es'), ...restText('es')]).es}`, en: `of ${name}, ${joinNames([...people('en'), ...restText('en')]).en}` };
  };

  const reasons: Sentence[] = pairs.map(([a, b]) => {
    const [sa, sb] = [sideOf(a), sideOf(b)];
    const [na, nb] = [index.groupName(a), index.groupName(b)];
    return {
      es: `${na} y ${nb}, grupos rivales, comparten ${whereText.es}: ${sa.es}; ${sb.es}.`,
      en: `${na} and ${nb}, rival groups, share ${whereText.en}: ${sa.en}; ${sb.en}.`,
    };
  });

  const persons = [...named.keys()].sort(byText);
  const arrivals = facts.departures
    .filter((d) => d.type === 'internal_move' && d.toPavilion !== null && d.toPavilion === place.pavilion && named.has(d.person) && d.at <= facts.at)
    .sort((a, b) => byText(a.at, b.at) || byText(a.person, b.person));
  const latest = arrivals.at(-1);
  const timeline = arrivals.map((d) => {
    const day = formatDay(d.at, facts.centre.timezone);
    const name = index.personName(d.person);
    const pavilion = index.locationName(d.toPavilion);
    const from = d.fromPavilion ? index.locationName(d.fromPavilion) : null;
    return {
      at: d.at,
      text: from
        ? { es: `${name} pasó de ${from} a ${pavilion} el ${day.es}.`, en: `${name} moved from ${from} to ${pavilion} on ${day.en}.` }
        : { es: `${name} llegó a ${pavilion} el ${day.es}.`, en: `${name} arrived in ${pavilion} on ${day.en}.` },
    };
  });
  const since = latest?.at ?? facts.at;
  timeline.push({
    at: since,
    text: { es: `Miembros de grupos rivales comparten ${whereText.es}.`, en: `Members of rival groups share ${whereText.en}.` },
  });

  return {
    type: 'rival_colocation',
    centre: facts.centre.code,
    location: place.code,
    subject: place.code,
    severity: severityOf(score, THRESHOLDS),
    score,
    since,
    reasons,
    persons,
    groups,
    restricted: true,
    timeline,
  };
}
