import { NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS, isOneOf, type NonAssociationLevel, type NonAssociationReason } from '../../../kernel/vocabulary.ts';
import { factIndexOf, type FactIndex, formatDay, severityOf } from './common.ts';
import type { CentreFacts, Finding, NonAssociationFacts, PersonFacts, Sentence, Signal } from './facts.ts';

/**
 * Non-association breach: two people of an open non-association together at its level, however
 * they got there (a placement override, a move that skipped the check, an admission).
 *
 * Rule. Both people must be on the roll and `in` (someone out at court or in hospital is not
 * together with anyone tonight). Their scope at the non-association's level is the placement
 * check's: cell = their location; wing = their wing (or pavilion, or location when there is none);
 * pavilion = their pavilion (or location); centre = the centre. A breach is two equal scopes.
 *
 * Score. `PAIR_UNIT × REASON_WEIGHT[reason] × PROXIMITY[closest shared place]`, where the closest
 * shared place is the first of location, wing and pavilion they have in common (a location that is
 * a unit such as reception counts as a cell; a wing or pavilion they are both placed in directly
 * counts as that) or the centre. The reason says how likely harm is; the proximity, how easy.
 *
 * Severity by `THRESHOLDS`: violence or victim/perpetrator in one cell is critical (120), a threat
 * in one wing high (50), any reason in one pavilion medium or more, a centre-level separation with
 * no stated danger ("other") low.
 *
 * Location is the closest shared place (null: only the centre). The subject is the
 * non-association's id. `since` is the later of the non-association's recording and the latest
 * known arrival of either person in the shared pavilion (a move from the departures of the
 * lookback). Restricted: non-associations are intelligence.
 */

/** How dangerous being together is, by why they were kept apart. */
export const REASON_WEIGHT: Readonly<Record<NonAssociationReason, number>> = {
  violence: 3,
  victim_perpetrator: 3,
  threat: 2.5,
  gang_related: 2,
  witness: 2,
  legal_request: 1.5,
  other: 1,
};
/** How close they are: locked in one cell, sharing a wing's corridor, a pavilion's yard, or only the centre. */
export const PROXIMITY = { cell: 4, wing: 2, pavilion: 1.5, centre: 1 } as const;
/** A breach with no stated danger, across a centre, scores this. */
export const PAIR_UNIT = 10;
/** Any breach inside a pavilion is at least medium; threats or violence in a wing high; violence in a cell critical. */
export const THRESHOLDS = { medium: 15, high: 30, critical: 60 } as const;

type Closeness = keyof typeof PROXIMITY;

/** A person's scope at a level, as the placement check draws it (null: not placed). */
function scopeAt(person: PersonFacts, level: NonAssociationLevel, centre: string): string | null {
  switch (level) {
    case 'cell':
      return person.location;
    case 'wing':
      return person.wing ?? person.pavilion ?? person.location;
    case 'pavilion':
      return person.pavilion ?? person.location;
    case 'centre':
      return centre;
  }
}

const REASON_WORDS: Readonly<Record<NonAssociationReason, Sentence>> = {
  violence: { es: 'violencia entre ellos', en: 'violence between them' },
  victim_perpetrator: { es: 'víctima y agresor', en: 'victim and perpetrator' },
  threat: { es: 'amenazas', en: 'threats' },
  gang_related: { es: 'conflicto entre grupos', en: 'a group conflict' },
  witness: { es: 'protección de un testigo', en: 'protection of a witness' },
  legal_request: { es: 'orden judicial o legal', en: 'a court or legal order' },
  other: { es: 'otros motivos', en: 'other reasons' },
};

const LEVEL_WORDS: Readonly<Record<NonAssociationLevel, Sentence>> = {
  cell: { es: 'compartir celda', en: 'share a cell' },
  wing: { es: 'compartir ala', en: 'share a wing' },
  pavilion: { es: 'compartir pabellón', en: 'share a pavilion' },
  centre: { es: 'coincidir en el mismo centro', en: 'be held in the same centre' },
};

/** See the comment at the top of the file. */
export const nonAssociationBreach: Signal = (facts) => {
  if (facts.nonAssociations.length === 0) return [];
  const index = factIndexOf(facts);
  const wanted = new Set(facts.nonAssociations.flatMap((na) => [na.personA, na.personB]));
  const people = new Map<string, PersonFacts>();
  for (const p of facts.people) if (wanted.has(p.id)) people.set(p.id, p);
  const kinds = new Map(facts.locations.map((l) => [l.code, l.kind]));
  const findings: Finding[] = [];
  for (const na of [...facts.nonAssociations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const a = people.get(na.personA);
    const b = people.get(na.personB);
    if (!a || !b || a.id === b.id || a.state !== 'in' || b.state !== 'in') continue;
    const level = isOneOf(NON_ASSOCIATION_LEVELS, na.level) ? na.level : 'centre';
    const scopeA = scopeAt(a, level, facts.centre.code);
    if (scopeA === null || scopeA !== scopeAt(b, level, facts.centre.code)) continue;
    findings.push(describe(facts, index, na, level, a, b, closestShared(a, b, kinds)));
  }
  return findings;
};

/** The first of location, wing and pavilion two people share, and how close that is. */
function closestShared(a: PersonFacts, b: PersonFacts, kinds: ReadonlyMap<string, string>): { location: string | null; closeness: Closeness } {
  for (const [x, y] of [
    [a.location, b.location],
    [a.wing, b.wing],
    [a.pavilion, b.pavilion],
  ] as const) {
    if (x === null || x !== y) continue;
    const kind = kinds.get(x) ?? (x === a.pavilion ? 'pavilion' : x === a.wing ? 'wing' : 'cell');
    return { location: x, closeness: kind === 'pavilion' ? 'pavilion' : kind === 'wing' ? 'wing' : 'cell' };
  }
  return { location: null, closeness: 'centre' };
}

function describe(
  facts: CentreFacts,
  index: FactIndex,
  na: NonAssociationFacts,
  level: NonAssociationLevel,
  a: PersonFacts,
  b: PersonFacts,
  shared: { location: string | null; closeness: Closeness },
): Finding {
  const reason: NonAssociationReason = isOneOf(NON_ASSOCIATION_REASONS, na.reason) ? na.reason : 'other';
  const score = Math.round(PAIR_UNIT * REASON_WEIGHT[reason] * PROXIMITY[shared.closeness] * 100) / 100;
  const tz = facts.centre.timezone;
  const recorded = formatDay(na.since, tz);
  const place = index.locationName(shared.location);
  const pavilion = shared.location !== null && a.pavilion !== null && a.pavilion !== shared.location ? index.locationName(a.pavilion) : null;
  const where: Sentence = shared.location === null
    ? { es: `ambos están en ${facts.centre.name}`, en: `both are held in ${facts.centre.name}` }
    : pavilion
      ? { es: `ambos están en ${place} (${pavilion})`, en: `both are in ${place} (${pavilion})` }
      : { es: `ambos están en ${place}`, en: `both are in ${place}` };

  const sharedPavilion = shared.closeness === 'centre' ? null : a.pavilion;
  const arrivals = facts.departures
    .filter((d) => (d.person === a.id || d.person === b.id) && d.type === 'internal_move' && sharedPavilion !== null && d.toPavilion === sharedPavilion && d.at <= facts.at)
    .sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.person < y.person ? -1 : 1));
  const latestArrival = arrivals.at(-1)?.at;
  const since = latestArrival && latestArrival > na.since ? latestArrival : na.since;

  const timeline = [
    {
      at: na.since,
      text: {
        es: `Se registra que ${a.name} y ${b.name} no deben ${LEVEL_WORDS[level].es} (${REASON_WORDS[reason].es}).`,
        en: `Recorded: ${a.name} and ${b.name} must not ${LEVEL_WORDS[level].en} (${REASON_WORDS[reason].en}).`,
      },
    },
    ...arrivals.map((d) => {
      const day = formatDay(d.at, tz);
      const to = index.locationName(d.toPavilion);
      return { at: d.at, text: { es: `${index.personName(d.person)} pasa a ${to} el ${day.es}.`, en: `${index.personName(d.person)} moves to ${to} on ${day.en}.` } };
    }),
  ].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));

  return {
    type: 'non_association_breach',
    centre: facts.centre.code,
    location: shared.location,
    subject: na.id,
    severity: severityOf(score, THRESHOLDS),
    score,
    since,
    reasons: [
      {
        es: `${a.name} y ${b.name} no deben ${LEVEL_WORDS[level].es} por ${REASON_WORDS[reason].es} (registrado el ${recorded.es}), pero ${where.es}.`,
        en: `${a.name} and ${b.name} must not ${LEVEL_WORDS[level].en} because of ${REASON_WORDS[reason].en} (recorded on ${recorded.en}), but ${where.en}.`,
      },
    ],
    persons: [a.id, b.id],
    groups: [],
    restricted: true,
    timeline,
  };
}
