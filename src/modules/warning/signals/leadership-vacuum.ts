import type { MovementType } from '../../../kernel/vocabulary.ts';
import { daysBefore, daysBetween, factIndexOf, type FactIndex, formatDay, joinNames, severityOf } from './common.ts';
import { LOOKBACK_DAYS, type CentreFacts, type DepartureFacts, type Finding, type PersonFacts, type Sentence, type Signal } from './facts.ts';

/**
 * Leadership vacuum: a pavilion whose dominant group has just lost its leader, with no other
 * leader of that group left in it (Litoral, 13 November 2021: pavilion 2, "missing its leader,
 * who was released earlier this week", was attacked from three rival-held pavilions).
 *
 * Rule. People present in a pavilion are those on the roll placed in it and `in` or `out` (at court
 * or hospital: they come back). A group *holds* (dominates) a pavilion when it has the most
 * members present there, at least `DOMINANCE_MIN_MEMBERS`, and more than `DOMINANCE_MIN_SHARE` of
 * the people present with a known group (the housing power map's rule; a person in a faction and
 * its parent counts for both). A vacuum is raised for pavilion P and its dominant group G when a
 * leader of G left P in the last `LOOKBACK_DAYS.departures` days by release, transfer, escape,
 * death or a move to another pavilion, is not back in P, and no leader of G is present in P now.
 * A lieutenant of G present softens the score (×`LIEUTENANT_FACTOR`) but not the critical rule:
 * the rivals' calculation is about who commands, and a lieutenant is not yet that.
 *
 * Score. `BASE_SCORE × (1 + Σ rival pavilions (RIVAL_PAVILION_WEIGHT + min(members / RIVAL_STRENGTH_UNIT,
 * RIVAL_STRENGTH_CAP)) + min(loose rivals × LOOSE_RIVAL_WEIGHT, LOOSE_RIVAL_CAP)) × decay × lieutenant`,
 * where a rival pavilion is another pavilion of the centre held by a rival of G (with its members
 * of the holding group), loose rivals are members of G's rivals present elsewhere (not holding a
 * pavilion), and decay falls linearly from 1 on the day of the latest leader's departure to
 * `DECAY_AT_LOOKBACK` at the end of the lookback. Adding a rival pavilion or rival members never
 * lowers it; a group with no rival in the centre scores `BASE_SCORE × decay` at most.
 *
 * Severity. Critical when at least `CRITICAL_RIVAL_PAVILIONS` pavilions are held by G's rivals
 * (whatever the decay: it stays critical until a leader is back or the departure leaves the
 * lookback), otherwise by `THRESHOLDS` on the score (no rival: low; one rival pavilion: medium to
 * high; two strong ones within days: critical). Examples, two days after the loss (decay 0.93):
 * no rival anywhere 9.3 (low); one rival pavilion of 20 members 24.8 (high); three of 20 each
 * 55.7 (critical by the rule, the Litoral case); the same with a lieutenant left 44.6 (critical).
 *
 * `since` is the latest leader's departure (the moment the pavilion had no leader); the subject is
 * `pavilion|group`; the finding is restricted (memberships and relations are intelligence).
 */

/** Fewer members live in a pavilion, they do not hold it (same rule as the housing power map). */
export const DOMINANCE_MIN_MEMBERS = 3;
/** Holding means more than half of the people present with a known group: one group, not a contest. */
export const DOMINANCE_MIN_SHARE = 0.5;
/** The loss itself, with no rival anywhere: worth knowing, not an emergency (low). */
export const BASE_SCORE = 10;
/** Each pavilion held by a rival adds the loss once more: a base to attack from. */
export const RIVAL_PAVILION_WEIGHT = 1;
/** …and once more per this many members of its holding group (a typical gang block of a pavilion). */
export const RIVAL_STRENGTH_UNIT = 30;
/** A huge rival pavilion counts at most this much extra: three pavilions attacking are worse than one big one. */
export const RIVAL_STRENGTH_CAP = 2;
/** Each rival member present elsewhere in the centre, not holding a pavilion, adds a little… */
export const LOOSE_RIVAL_WEIGHT = 0.05;
/** …up to the weight of one rival pavilion: scattered rivals do not mount a pavilion attack. */
export const LOOSE_RIVAL_CAP = 1;
/** The score halves linearly over the lookback: the first days after the loss are the dangerous ones (Litoral: within the week). */
export const DECAY_AT_LOOKBACK = 0.5;
/** A lieutenant of the group still present keeps some command: the score is softened, not silenced. */
export const LIEUTENANT_FACTOR = 0.8;
/** The Litoral case: a leaderless pavilion facing this many rival-held pavilions is critical. */
export const CRITICAL_RIVAL_PAVILIONS = 3;
/** Score thresholds: one rival pavilion is medium, a strong one or two are high, two strong ones just after the loss critical. */
export const THRESHOLDS = { medium: 15, high: 22, critical: 70 } as const;

/** Movements that take a leader away from the pavilion for good (court and hospital trips come back). */
const LOSSES: ReadonlySet<MovementType> = new Set<MovementType>(['release', 'transfer', 'transfer_out', 'internal_move', 'escape', 'death']);

const PRESENT: ReadonlySet<PersonFacts['state']> = new Set(['in', 'out']);

interface Holding {
  group: string;
  members: number;
  affiliated: number;
}

interface RivalPavilion {
  pavilion: string;
  group: string;
  members: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The group holding each pavilion, if any, from the memberships of the people present. */
export function pavilionHoldings(facts: CentreFacts, groupsOf: ReadonlyMap<string, readonly Role[]> = membershipsByPerson(facts)): Map<string, Holding> {
  const counts = new Map<string, { groups: Map<string, number>; affiliated: number }>();
  for (const person of facts.people) {
    if (!PRESENT.has(person.state) || person.pavilion === null) continue;
    const memberships = groupsOf.get(person.id);
    if (!memberships) continue;
    let entry = counts.get(person.pavilion);
    if (!entry) counts.set(person.pavilion, (entry = { groups: new Map(), affiliated: 0 }));
    entry.affiliated += 1;
    for (let i = 0; i < memberships.length; i++) {
      const group = (memberships[i] as Role).group;
      // Two roles in one group (two records) count the person once.
      if (memberships.findIndex((m) => m.group === group) !== i) continue;
      entry.groups.set(group, (entry.groups.get(group) ?? 0) + 1);
    }
  }
  const holdings = new Map<string, Holding>();
  for (const [pavilion, { groups, affiliated }] of counts) {
    let best: Holding | null = null;
    for (const [group, members] of groups) {
      if (!best || members > best.members || (members === best.members && group < best.group)) best = { group, members, affiliated };
    }
    if (best && best.members >= DOMINANCE_MIN_MEMBERS && best.members > affiliated * DOMINANCE_MIN_SHARE) holdings.set(pavilion, best);
  }
  return holdings;
}

interface Role {
  group: string;
  role: string;
}

/** person → the groups they belong to, with the role in each (a person may be in a faction and its parent). */
function membershipsByPerson(facts: CentreFacts): Map<string, Role[]> {
  const out = new Map<string, Role[]>();
  for (const m of facts.memberships) {
    let list = out.get(m.person);
    if (!list) out.set(m.person, (list = []));
    list.push({ group: m.group, role: m.role });
  }
  return out;
}

/** See the comment at the top of the file. */
export const leadershipVacuum: Signal = (facts) => {
  const from = daysBefore(facts.at, LOOKBACK_DAYS.departures);
  // Most centres on most days lost no leader: stop before reading the roll.
  const candidates = facts.departures.filter(
    (d) =>
      !d.backAtT &&
      d.fromPavilion !== null &&
      LOSSES.has(d.type) &&
      !(d.type === 'internal_move' && d.toPavilion === d.fromPavilion) &&
      d.at >= from &&
      d.at <= facts.at &&
      d.memberships.some((m) => m.role === 'leader'),
  );
  if (candidates.length === 0) return [];
  const groupsOf = membershipsByPerson(facts);
  const holdings = pavilionHoldings(facts, groupsOf);
  if (holdings.size === 0) return [];
  const index = factIndexOf(facts);
  const present = facts.people.filter((p) => PRESENT.has(p.state) && p.pavilion !== null);
  const findings: Finding[] = [];

  for (const [pavilion, holding] of [...holdings].sort(([a], [b]) => byText(a, b))) {
    const group = holding.group;
    const lost = candidates.filter((d) => d.fromPavilion === pavilion && d.memberships.some((m) => m.group === group && m.role === 'leader'));
    if (lost.length === 0) continue;
    const here = present.filter((p) => p.pavilion === pavilion);
    const hasRole = (p: PersonFacts, role: string) => groupsOf.get(p.id)?.some((m) => m.group === group && m.role === role) ?? false;
    if (here.some((p) => hasRole(p, 'leader'))) continue;
    const hereIds = new Set(here.map((p) => p.id));
    const losses = lost.filter((d) => !hereIds.has(d.person)).sort((a, b) => byText(a.at, b.at) || byText(a.person, b.person));
    const latest = losses.at(-1);
    if (!latest) continue;

    const lieutenants = here.filter((p) => hasRole(p, 'lieutenant')).sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
    const rivals = index.rivalsOf(group);
    const rivalPavilions: RivalPavilion[] = [...holdings]
      .filter(([other, h]) => other !== pavilion && rivals.has(h.group))
      .map(([other, h]) => ({ pavilion: other, group: h.group, members: h.members }))
      .sort((a, b) => b.members - a.members || byText(a.pavilion, b.pavilion));
    const rivalHeld = new Set(rivalPavilions.map((r) => r.pavilion));
    const looseGroups = new Set<string>();
    let loose = 0;
    for (const p of present) {
      if (rivalHeld.has(p.pavilion as string)) continue;
      const memberships = groupsOf.get(p.id);
      if (!memberships) continue;
      let isRival = false;
      for (const m of memberships) {
        if (!rivals.has(m.group)) continue;
        isRival = true;
        looseGroups.add(m.group);
      }
      if (isRival) loose += 1;
    }

    const days = Math.max(0, daysBetween(latest.at, facts.at));
    const decay = 1 - (1 - DECAY_AT_LOOKBACK) * Math.min(1, days / LOOKBACK_DAYS.departures);
    const pressure =
      rivalPavilions.reduce((sum, r) => sum + RIVAL_PAVILION_WEIGHT + Math.min(r.members / RIVAL_STRENGTH_UNIT, RIVAL_STRENGTH_CAP), 0) +
      Math.min(loose * LOOSE_RIVAL_WEIGHT, LOOSE_RIVAL_CAP);
    const score = round2(BASE_SCORE * (1 + pressure) * decay * (lieutenants.length > 0 ? LIEUTENANT_FACTOR : 1));
    const severity = rivalPavilions.length >= CRITICAL_RIVAL_PAVILIONS ? 'critical' : severityOf(score, THRESHOLDS);

    const rivalGroups = [...new Set([...rivalPavilions.map((r) => r.group), ...looseGroups])].sort(byText);
    findings.push({
      type: 'leadership_vacuum',
      centre: facts.centre.code,
      location: pavilion,
      subject: `${pavilion}|${group}`,
      severity,
      score,
      since: latest.at,
      reasons: explain({ facts, index, pavilion, holding, losses, lieutenants, rivalPavilions, loose, looseGroups: [...looseGroups].sort(byText) }),
      persons: [...new Set([...losses.map((d) => d.person), ...lieutenants.map((p) => p.id)])],
      groups: [group, ...rivalGroups.filter((g) => g !== group)],
      restricted: true,
      timeline: losses.map((d) => ({ at: d.at, text: departureSentence(d, group, pavilion, index, facts.centre.timezone) })),
    });
  }
  return findings;
};

function departureSentence(d: DepartureFacts, group: string, pavilion: string, index: FactIndex, timezone: string): Sentence {
  const who = { name: index.personName(d.person), group: index.groupName(group), pavilion: index.locationName(pavilion) };
  const day = formatDay(d.at, timezone);
  const to = d.toPavilion ? index.locationName(d.toPavilion) : null;
  const how: Sentence = (() => {
    switch (d.type) {
      case 'release':
        return { es: `salió en libertad el ${day.es}`, en: `was released on ${day.en}` };
      case 'internal_move':
        return to
          ? { es: `fue trasladado a ${to} el ${day.es}`, en: `was moved to ${to} on ${day.en}` }
          : { es: `fue trasladado a otro pabellón el ${day.es}`, en: `was moved to another pavilion on ${day.en}` };
      case 'escape':
        return { es: `se fugó el ${day.es}`, en: `escaped on ${day.en}` };
      case 'death':
        return { es: `falleció el ${day.es}`, en: `died on ${day.en}` };
      default:
        return { es: `fue trasladado a otro centro el ${day.es}`, en: `was transferred to another centre on ${day.en}` };
    }
  })();
  return {
    es: `${who.name}, líder de ${who.group} en ${who.pavilion}, ${how.es}.`,
    en: `${who.name}, leader of ${who.group} in ${who.pavilion}, ${how.en}.`,
  };
}

const members = (n: number): Sentence => ({ es: n === 1 ? '1 miembro' : `${n} miembros`, en: n === 1 ? '1 member' : `${n} members` });

function explain(input: {
  facts: CentreFacts;
  index: FactIndex;
  pavilion: string;
  holding: Holding;
  losses: DepartureFacts[];
  lieutenants: PersonFacts[];
  rivalPavilions: RivalPavilion[];
  loose: number;
  looseGroups: string[];
}): Sentence[] {
  const { facts, index, holding, losses, lieutenants, rivalPavilions, loose, looseGroups } = input;
  const group = index.groupName(holding.group);
  const pavilion = index.locationName(input.pavilion);
  const centre = facts.centre.name;
  const reasons: Sentence[] = [
    {
      es: `${group} domina ${pavilion}: ${holding.members} de las ${holding.affiliated} personas con grupo conocido presentes en el pabellón.`,
      en: `${group} holds ${pavilion}: ${holding.members} of the ${holding.affiliated} people with a known group present in the pavilion.`,
    },
    ...losses.map((d) => departureSentence(d, holding.group, input.pavilion, index, facts.centre.timezone)),
    { es: `No queda ningún otro líder de ${group} en ${pavilion}.`, en: `No other leader of ${group} remains in ${pavilion}.` },
  ];
  if (lieutenants.length > 0) {
    const names = joinNames(lieutenants.map((p) => p.name));
    reasons.push(
      lieutenants.length === 1
        ? { es: `Sigue en el pabellón su lugarteniente ${names.es}.`, en: `Its lieutenant ${names.en} is still in the pavilion.` }
        : { es: `Siguen en el pabellón sus lugartenientes ${names.es}.`, en: `Its lieutenants ${names.en} are still in the pavilion.` },
    );
  }
  if (rivalPavilions.length > 0) {
    const list = joinNames(rivalPavilions.map((r) => `${index.locationName(r.pavilion)} (${index.groupName(r.group)}, ${members(r.members).es})`));
    const listEn = joinNames(rivalPavilions.map((r) => `${index.locationName(r.pavilion)} (${index.groupName(r.group)}, ${members(r.members).en})`));
    reasons.push({ es: `Pabellones de ${centre} dominados por rivales de ${group}: ${list.es}.`, en: `Pavilions of ${centre} held by rivals of ${group}: ${listEn.en}.` });
  }
  if (loose > 0) {
    const groups = joinNames(looseGroups.map((g) => index.groupName(g)));
    reasons.push(
      rivalPavilions.length > 0
        ? loose === 1
          ? { es: `Otro miembro de un grupo rival (${groups.es}) está en el centro.`, en: `Another member of a rival group (${groups.en}) is in the centre.` }
          : { es: `Otros ${loose} miembros de grupos rivales (${groups.es}) están repartidos por el centro.`, en: `Another ${loose} members of rival groups (${groups.en}) are spread across the centre.` }
        : {
            es: `Ningún pabellón está dominado por rivales de ${group}, pero hay ${members(loose).es} de grupos rivales en el centro: ${groups.es}.`,
            en: `No pavilion is held by rivals of ${group}, but ${members(loose).en} of rival groups are in the centre: ${groups.en}.`,
          },
    );
  }
  if (rivalPavilions.length === 0 && loose === 0) reasons.push({ es: `${group} no tiene grupos rivales presentes en ${centre}.`, en: `${group} has no rival group present in ${centre}.` });
  if (rivalPavilions.length >= CRITICAL_RIVAL_PAVILIONS) {
    reasons.push({
      es: `${pavilion} está sin líder frente a ${rivalPavilions.length} pabellones dominados por rivales: riesgo de ataque, como en el Litoral en noviembre de 2021.`,
      en: `${pavilion} is without a leader facing ${rivalPavilions.length} rival-held pavilions: risk of an attack, as at Litoral in November 2021.`,
    });
  }
  return reasons;
}
