import type { NonAssociationLevel, NonAssociationReason, NonAssociationRole } from '../../kernel/vocabulary.ts';
import { scopeOf } from '../housing/index.ts';
import type { MembershipRow, NonAssociationRow } from '../interchange/index.ts';
import type { Random } from './random.ts';
import type { Place, Whereabouts } from './whereabouts.ts';

const REASONS: readonly (readonly [NonAssociationReason, number])[] = [
  ['gang_related', 35],
  ['threat', 25],
  ['violence', 20],
  ['victim_perpetrator', 8],
  ['witness', 5],
  ['legal_request', 4],
  ['other', 3],
];

/**
 * The levels drawn: rival gangs are kept in different pavilions, mostly; other pairs at any level
 * short of the centre. Two people held in one centre are always within one centre, so a
 * non-association at centre level between them would be breached from the start.
 */
const LEVELS_GANG: readonly (readonly [NonAssociationLevel, number])[] = [['pavilion', 70], ['wing', 30]];
const LEVELS_OTHER: readonly (readonly [NonAssociationLevel, number])[] = [['cell', 20], ['wing', 40], ['pavilion', 40]];

/** Each person's role, by reason: the first person drawn, then the second. */
const ROLES: Record<NonAssociationReason, readonly [NonAssociationRole, NonAssociationRole]> = {
  gang_related: ['rival', 'rival'],
  threat: ['aggressor', 'victim'],
  violence: ['aggressor', 'aggressor'],
  victim_perpetrator: ['victim', 'aggressor'],
  witness: ['witness', 'other'],
  legal_request: ['other', 'other'],
  other: ['other', 'other'],
};

/** What a registry officer writes, by reason. `{a}` and `{b}`: the two groups' names. */
const COMMENTS: Record<NonAssociationReason, readonly string[]> = {
  gang_related: [
    'Integrantes de grupos rivales ({a} y {b}); riesgo de agresión.',
    'Pertenecen a {a} y {b}, enfrentados dentro del centro.',
    'Informe de inteligencia: {a} y {b} se disputan el control del pabellón.',
  ],
  threat: [
    'Amenazas de muerte reportadas por el guía de turno.',
    'Amenaza verbal durante la visita familiar; consta en el parte de novedades.',
    'Deuda de extorsión; denunció amenazas contra su familia.',
    'Amenazas por escrito halladas en la requisa de la celda.',
  ],
  violence: [
    'Riña con arma blanca en el patio; ambos con lesiones leves.',
    'Agresión física durante el conteo de la mañana.',
    'Pelea en el comedor; intervino el grupo de reacción.',
  ],
  victim_perpetrator: [
    'Víctima y presunto agresor en el mismo proceso penal.',
    'Agresión denunciada ante la fiscalía; separación hasta que se resuelva.',
  ],
  witness: ['Testigo protegido en la causa contra el otro interno.', 'Declaró como testigo en la investigación de la muerte de un interno.'],
  legal_request: ['Separación ordenada por el juez de garantías penitenciarias.', 'Coprocesados: separación dispuesta por el juez de la causa.'],
  other: ['Separación preventiva dispuesta por la dirección del centro.', 'Conflictos de convivencia reiterados; recomendación del equipo técnico.'],
};

export interface NonAssociationInput {
  places: ReadonlyMap<string, Place>;
  whereabouts: Whereabouts;
  memberships: readonly Omit<MembershipRow, 'line'>[];
  areRivals: (a: string, b: string) => boolean;
  groupName: (code: string) => string;
}

/**
 * About `count` non-associations between people held and placed in the same centre, most of them
 * at pavilion or wing level, for gang reasons (members of rival groups), threats and violence
 * first. None is breached by the demonstration's own history: the two people have never been in
 * the same cell, wing or pavilion (as its level says), at admission or after any movement.
 */
export function generateNonAssociations(input: NonAssociationInput, count: number, rng: Random): Omit<NonAssociationRow, 'line'>[] {
  const placed = [...input.whereabouts.current].filter(([, where]) => where.cell !== null).map(([person, where]) => ({ person, centre: where.centre }));
  const groupOf = new Map(input.memberships.map((m) => [m.person, m.group]));
  const inCentre = new Map<string, string[]>();
  const affiliatedInCentre = new Map<string, string[]>();
  for (const { person, centre } of placed) {
    add(inCentre, centre, person);
    if (groupOf.has(person)) add(affiliatedInCentre, centre, person);
  }
  const affiliated = placed.filter((p) => groupOf.has(p.person));

  /** Has either person ever been where the other has, at this level? */
  const haveMet = (a: string, b: string, level: NonAssociationLevel): boolean => {
    const scopes = (person: string) => (input.whereabouts.cellsEver.get(person) ?? []).flatMap((cell) => {
      const place = input.places.get(cell);
      return place ? [scopeOf(place, level)] : [];
    });
    const ofA = new Set(scopes(a));
    return scopes(b).some((scope) => ofA.has(scope));
  };

  const rows: Omit<NonAssociationRow, 'line'>[] = [];
  const pairs = new Set<string>();
  for (let attempt = 0; attempt < count * 50 && rows.length < count && placed.length > 1; attempt++) {
    const reason = rng.weighted(REASONS);
    let a: string;
    let b: string | undefined;
    let level: NonAssociationLevel;
    if (reason === 'gang_related') {
      if (affiliated.length === 0) continue;
      const first = rng.pick(affiliated);
      a = first.person;
      const group = groupOf.get(a) as string;
      const candidates = affiliatedInCentre.get(first.centre) ?? [];
      for (let tries = 0; tries < 20 && b === undefined; tries++) {
        const other = rng.pick(candidates);
        if (input.areRivals(group, groupOf.get(other) as string)) b = other;
      }
      level = rng.weighted(LEVELS_GANG);
    } else {
      const first = rng.pick(placed);
      a = first.person;
      b = rng.pick(inCentre.get(first.centre) ?? [a]);
      level = rng.weighted(LEVELS_OTHER);
    }
    if (b === undefined || a === b) continue;
    const [personA, personB] = a < b ? [a, b] : [b, a];
    const key = `${personA}|${personB}`;
    if (pairs.has(key) || haveMet(a, b, level)) continue;
    pairs.add(key);
    const comment = rng
      .pick(COMMENTS[reason])
      .replace('{a}', input.groupName(groupOf.get(a) ?? ''))
      .replace('{b}', input.groupName(groupOf.get(b) ?? ''));
    const [roleOfA, roleOfB] = ROLES[reason];
    rows.push({ personA, personB, reason, level, comment, ...(personA === a ? { roleA: roleOfA, roleB: roleOfB } : { roleA: roleOfB, roleB: roleOfA }) });
  }
  return rows.sort((x, y) => (x.personA < y.personA ? -1 : x.personA > y.personA ? 1 : x.personB < y.personB ? -1 : 1));
}

function add(map: Map<string, string[]>, key: string, value: string) {
  if (map.has(key)) map.get(key)?.push(value);
  else map.set(key, [value]);
}
