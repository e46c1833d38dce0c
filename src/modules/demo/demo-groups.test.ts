import { describe, expect, it } from 'vitest';
import { CONFIDENCES, GROUP_KINDS, isOneOf, MEMBERSHIP_ROLES, NON_ASSOCIATION_LEVELS, NON_ASSOCIATION_REASONS } from '../../kernel/vocabulary.ts';
import { GroupRelations } from '../groups/index.ts';
import { dominantGroup } from '../housing/index.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { LARGE_PAVILION } from './memberships.ts';
import { REFERENCE_GROUPS } from './reference-groups.ts';
import { breachedNonAssociations, finalCells, pavilionFigures } from './testing.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const { bundle, warningEpisodes } = generateDemoEstate({ seed: 3, people: 6000, now: NOW });
const relations = new GroupRelations(bundle.groups, bundle.groupRelations);
const figures = pavilionFigures(bundle);
const large = [...figures].filter(([, f]) => f.people >= LARGE_PAVILION);
const today = NOW.toISOString().slice(0, 10);

describe('demo groups and their relations', () => {
  it('has the groups of Decree 111 as gangs, the two cartels, and Los Lobos with its factions', () => {
    const byCode = new Map(bundle.groups.map((g) => [g.code, g]));
    expect(bundle.groups).toHaveLength(26);
    expect(bundle.groups.filter((g) => g.kind === 'cartel').map((g) => g.name)).toEqual(['Cártel de Sinaloa', 'Cártel de Jalisco Nueva Generación']);
    expect(bundle.groups.filter((g) => g.kind === 'faction').map((g) => [g.name, g.parent])).toEqual([
      ['Los Lobos Box', 'LOBOS'],
      ['Lobos Espejo', 'LOBOS'],
      ['R7', 'LOBOS'],
    ]);
    expect(bundle.groups.filter((g) => g.kind === 'gang')).toHaveLength(21);
    for (const name of ['Los Choneros', 'Los Lobos', 'Los Tiguerones', 'Chone Killers', 'Latin Kings', 'Los Lagartos', 'Los Gangsters', 'Los Patrones', 'Mafia 18']) {
      expect(bundle.groups.some((g) => g.name === name), name).toBe(true);
    }
    expect(byCode.get('CHONE-KILLERS')?.aliases).toContain('Chone Killer');
    expect(bundle.groups.every((g) => isOneOf(GROUP_KINDS, g.kind) && /^[A-Z0-9][A-Z0-9-]*$/.test(g.code))).toBe(true);
    // Group codes never read as a centre's or a location's.
    const placeCodes = new Set([...bundle.centres.map((c) => c.code), ...bundle.locations.map((l) => l.code)]);
    expect(bundle.groups.filter((g) => placeCodes.has(g.code))).toEqual([]);
  });

  it('allies and opposes them as the reference says, each pair once and dated in the past', () => {
    const allied = (a: string, b: string) => relations.relation(a, b) === 'allied';
    for (const partner of ['SINALOA', 'GANGSTERS', 'PATRONES']) expect(allied('CHONEROS', partner), partner).toBe(true);
    const nuevaGeneracion = ['LOBOS', 'TIGUERONES', 'CHONE-KILLERS', 'LAGARTOS'];
    for (const a of nuevaGeneracion) {
      expect(allied(a, 'CJNG'), a).toBe(true);
      for (const b of nuevaGeneracion) if (a !== b) expect(allied(a, b), `${a} ${b}`).toBe(true);
    }
    for (const rival of ['LOBOS', 'TIGUERONES', 'CHONE-KILLERS']) expect(relations.areRivals('CHONEROS', rival), rival).toBe(true);
    expect(relations.areRivals('LATIN-KINGS', 'CHONE-KILLERS')).toBe(true);
    // R7 is a faction of Los Lobos and its rival; Los Lobos Box inherits Los Lobos's rivals.
    expect(relations.areRivals('R7', 'LOBOS')).toBe(true);
    expect(relations.areRivals('LOBOS-BOX', 'CHONEROS')).toBe(true);
    const pairs = bundle.groupRelations.map((r) => [r.groupA, r.groupB].sort().join('|'));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(bundle.groupRelations.every((r) => r.since !== null && r.since < today)).toBe(true);
  });
});

describe('demo memberships', () => {
  it('gives every large pavilion a dominant group, as the housing module reckons it', () => {
    expect(large.length).toBeGreaterThan(10);
    const undominated = large.filter(([, f]) => dominantGroup(f.groups, f.affiliated) === null).map(([code]) => code);
    expect(undominated).toEqual([]);
  });

  it('puts one leader and a few lieutenants of the dominant group in each large pavilion', () => {
    for (const [code, f] of large) {
      const dominant = dominantGroup(f.groups, f.affiliated)?.group;
      const leaders = f.roles.filter((r) => r.role === 'leader');
      const lieutenants = f.roles.filter((r) => r.role === 'lieutenant' && r.group === dominant);
      expect(leaders.map((r) => r.group), code).toEqual([dominant]);
      expect(lieutenants.length, code).toBeGreaterThanOrEqual(2);
      expect(lieutenants.length, code).toBeLessThanOrEqual(4);
    }
  });

  it('leaves a minority of a rival group in some pavilions, never enough to contest them', () => {
    const withRivals = large.filter(([, f]) => {
      const dominant = dominantGroup(f.groups, f.affiliated);
      return dominant !== null && [...f.groups.keys()].some((g) => relations.areRivals(dominant.group, g));
    });
    expect(withRivals.length).toBeGreaterThan(0);
    expect(withRivals.length).toBeLessThan(large.length);
  });

  it('affiliates about a third of the people, once per group, with values from the vocabulary', () => {
    const people = new Set(bundle.memberships.map((m) => m.person));
    const share = people.size / bundle.persons.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.4);
    const keys = bundle.memberships.map((m) => `${m.person}|${m.group}`);
    expect(new Set(keys).size).toBe(keys.length);
    const groups = new Set(bundle.groups.map((g) => g.code));
    const persons = new Set(bundle.persons.map((p) => p.id));
    const activeSince = new Map(REFERENCE_GROUPS.map((g) => [g.code, g.activeSince]));
    const bad = bundle.memberships.filter(
      (m) =>
        !groups.has(m.group) ||
        !persons.has(m.person) ||
        !isOneOf(MEMBERSHIP_ROLES, m.role) ||
        !isOneOf(CONFIDENCES, m.confidence) ||
        (m.since !== null && (m.since >= today || m.since < (activeSince.get(m.group) ?? ''))),
    );
    expect(bad).toEqual([]);
    expect(bundle.memberships.some((m) => m.since === null)).toBe(true);
  });

  it('affiliates only people still in custody, and the leaders released in the warning episodes', () => {
    const inCustody = finalCells(bundle);
    const departed = new Set(warningEpisodes.map((e) => e.leader));
    expect(bundle.memberships.filter((m) => !inCustody.has(m.person) && !(departed.has(m.person) && m.role === 'leader'))).toEqual([]);
    expect(bundle.memberships.filter((m) => departed.has(m.person))).toHaveLength(departed.size);
  });
});

describe('demo non-associations', () => {
  it('draws a few hundred per 35,000 people, between people held in the same centre now', () => {
    expect(bundle.nonAssociations).toHaveLength(Math.round((300 * 6000) / 35_000));
    const cells = finalCells(bundle);
    const centreOf = new Map(bundle.locations.map((l) => [l.code, l.centre]));
    for (const n of bundle.nonAssociations) {
      const [a, b] = [cells.get(n.personA), cells.get(n.personB)];
      expect(a && b && centreOf.get(a) === centreOf.get(b), `${n.personA} ${n.personB}`).toBe(true);
    }
  });

  it('is never breached by the demonstration’s own admissions and movements', () => {
    expect(breachedNonAssociations(bundle)).toEqual([]);
  });

  it('sits mostly at pavilion or wing level, mostly for gangs, threats and violence, with a Spanish comment', () => {
    const rows = bundle.nonAssociations;
    const share = (pick: (n: (typeof rows)[number]) => boolean) => rows.filter(pick).length / rows.length;
    expect(share((n) => n.level === 'pavilion' || n.level === 'wing')).toBeGreaterThan(0.6);
    expect(share((n) => ['gang_related', 'threat', 'violence'].includes(n.reason))).toBeGreaterThan(0.6);
    expect(rows.some((n) => n.reason === 'gang_related')).toBe(true);
    for (const n of rows) {
      expect(isOneOf(NON_ASSOCIATION_REASONS, n.reason) && isOneOf(NON_ASSOCIATION_LEVELS, n.level) && n.level !== 'centre').toBe(true);
      expect(n.comment.trim().length).toBeGreaterThanOrEqual(10);
      expect(n.comment).not.toMatch(/[{}]/);
      expect(n.personA < n.personB).toBe(true);
    }
    const gang = rows.filter((n) => n.reason === 'gang_related');
    const groupOf = new Map(bundle.memberships.map((m) => [m.person, m.group]));
    for (const n of gang) expect(relations.areRivals(groupOf.get(n.personA) ?? '', groupOf.get(n.personB) ?? '')).toBe(true);
    const pairs = rows.map((n) => `${n.personA}|${n.personB}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('demo groups from the seed', () => {
  it('are the same for the same seed, other people for another, the same groups for any', () => {
    const again = generateDemoEstate({ seed: 3, people: 6000, now: NOW }).bundle;
    expect(again.memberships).toEqual(bundle.memberships);
    expect(again.nonAssociations).toEqual(bundle.nonAssociations);
    const other = generateDemoEstate({ seed: 4, people: 6000, now: NOW }).bundle;
    expect(other.memberships.slice(0, 50)).not.toEqual(bundle.memberships.slice(0, 50));
    expect(other.nonAssociations).not.toEqual(bundle.nonAssociations);
    expect(other.groups).toEqual(bundle.groups);
    expect(other.groupRelations).toEqual(bundle.groupRelations);
  });
});
