import type { Database } from '../../db/engine.ts';
import { listAllCentres, listLocationsInScope } from '../estate/index.ts';
import { allMemberships, allRelations, listGroups } from '../groups/index.ts';
import { allOpenNonAssociations } from '../housing/index.ts';
import { allOpenEpisodes, allPersons } from '../register/index.ts';
import { allMovements, TARGET_RULE } from '../roll/index.ts';
import type { MovementType } from '../../kernel/vocabulary.ts';
import type { Bundle, MovementRow } from './bundle.ts';

const NATIONAL = { caseload: { all: true, centres: [] } };

/** Code order, the same on every machine (the database's collation may differ from it). */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The whole estate as a bundle. custody.csv holds each open episode as admitted (admitting
 * centre and first placement, current legal status); movements.csv what happened after: the
 * open episodes' later movements, and the whole history of people no longer in custody. Imported
 * into an empty database, it gives the same estate, people and roll. Of the groups' history and
 * the non-associations, format v1 carries what holds now: every group, the relations and
 * memberships not ended, and the open non-associations (each person's role is not carried).
 */
export async function exportBundle(db: Database): Promise<Bundle> {
  const [centres, locations, persons, episodes, movements, groups, relations, memberships, nonAssociations] = await Promise.all([
    listAllCentres(db),
    listLocationsInScope(db, NATIONAL),
    allPersons(db),
    allOpenEpisodes(db),
    allMovements(db),
    listGroups(db),
    allRelations(db),
    allMemberships(db),
    allOpenNonAssociations(db),
  ]);
  const openEpisodes = new Set(episodes.map((e) => e.id));
  const inCustody = new Set(episodes.map((e) => e.person));
  const firstPlacement = new Map<string, { centre: string | null; location: string | null }>();
  for (const m of movements) {
    if (m.type === 'admission' && openEpisodes.has(m.episode)) firstPlacement.set(m.episode, { centre: m.toCentre, location: m.toLocation });
  }
  const exported = movements.filter((m) => (openEpisodes.has(m.episode) ? m.type !== 'admission' : !inCustody.has(m.person)));
  const line = (i: number) => i + 2;
  return {
    centres: centres.map(({ capacityEstimated: _estimated, ...c }, i) => ({ ...c, line: line(i) })),
    locations: locations.map((l, i) => ({
      code: l.code, centre: l.centre, parent: l.parent, kind: l.kind, name: l.name, sex: l.sex, regime: l.regime, security: l.security,
      designCapacity: l.designCapacity, workingCapacity: l.workingCapacity, maxCapacity: l.maxCapacity, line: line(i),
    })),
    persons: persons.map((p, i) => ({ ...p, line: line(i) })),
    custody: episodes.map((e, i) => ({
      person: e.person,
      centre: e.admittingCentre,
      admittedAt: e.admittedAt.toISOString(),
      legalStatus: e.legalStatus,
      offence: e.offence,
      maxPenaltyYears: e.maxPenaltyYears,
      pretrialSince: e.pretrialSince,
      risk: e.risk,
      location: firstPlacement.get(e.id)?.location ?? null,
      line: line(i),
    })),
    groups: groups
      .sort((a, b) => compare(a.code, b.code))
      .map((g, i) => ({ code: g.code, name: g.name, kind: g.kind, parent: g.parent, aliases: g.aliases, line: line(i) })),
    groupRelations: relations
      .filter((r) => r.until === null)
      .sort((a, b) => compare(a.groupA, b.groupA) || compare(a.groupB, b.groupB))
      .map((r, i) => ({ groupA: r.groupA, groupB: r.groupB, relation: r.relation, since: r.since, line: line(i) })),
    memberships: memberships
      .filter((m) => m.until === null)
      .sort((a, b) => compare(a.person, b.person) || compare(a.group, b.group))
      .map((m, i) => ({ person: m.person, group: m.group, role: m.role, since: m.since, confidence: m.confidence, line: line(i) })),
    nonAssociations: nonAssociations
      .sort((a, b) => compare(a.personA, b.personA) || compare(a.personB, b.personB))
      .map((n, i) => ({ personA: n.personA, personB: n.personB, reason: n.reason, level: n.level, comment: n.comment, line: line(i) })),
    movements: exported.map((m, i): MovementRow => ({
      at: m.at.toISOString(),
      person: m.person,
      type: m.type as MovementType,
      to: TARGET_RULE[m.type as MovementType] === 'forbidden' ? null : (m.toLocation ?? (m.type === 'court_return' || m.type === 'hospital_return' ? null : m.toCentre)),
      reason: m.reason,
      line: line(i),
    })),
  };
}
