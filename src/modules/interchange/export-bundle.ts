import type { Database } from '../../db/engine.ts';
import { listAllCentres, listLocationsInScope } from '../estate/index.ts';
import { allMemberships, allRelations, listGroups } from '../groups/index.ts';
import { allOpenNonAssociations } from '../housing/index.ts';
import { allOpenEpisodes, allPersons, openEpisodeRecords } from '../register/index.ts';
import { allMovements, TARGET_RULE } from '../roll/index.ts';
import type { MovementType, Vulnerability } from '../../kernel/vocabulary.ts';
import type { Bundle, MovementRow } from './bundle.ts';
import { compareCodes as compare, exportIncidentFiles } from './export-incidents.ts';

const NATIONAL = { caseload: { all: true, centres: [] } };

/** A list, or undefined for an empty one (an extension cell left empty). */
const nonEmpty = <T>(list: T[] | undefined): T[] | undefined => (list && list.length > 0 ? list : undefined);

/** In code order of the person, keeping the order recorded within each person (a stable sort). */
const byPerson = <T extends { person: string }>(rows: T[]): T[] => [...rows].sort((a, b) => compare(a.person, b.person));

/**
 * The whole estate as a bundle. custody.csv holds each open episode as admitted (admitting
 * centre and first placement, current legal status); movements.csv what happened after: the
 * open episodes' later movements, and the whole history of people no longer in custody. Imported
 * into an empty database, it gives the same estate, people and roll. Of the groups' history and
 * the non-associations, format v1 carries what holds now: every group, the relations and
 * memberships not ended, and the open non-associations. Its extensions carry the centres'
 * estimated capacities, the locations' status, the non-associations' roles, the open episodes'
 * admission details, vulnerabilities, classifications, legal-status history and cases, and
 * everyone's next of kin. Closed episodes keep only their movements. Incidents, the people
 * involved, every entry of the deaths-in-custody register and every find follow
 * (export-incidents.ts).
 */
export async function exportBundle(db: Database): Promise<Bundle> {
  const [centres, locations, persons, episodes, movements, groups, relations, memberships, nonAssociations, records] = await Promise.all([
    listAllCentres(db),
    listLocationsInScope(db, NATIONAL),
    allPersons(db),
    allOpenEpisodes(db),
    allMovements(db),
    listGroups(db),
    allRelations(db),
    allMemberships(db),
    allOpenNonAssociations(db),
    openEpisodeRecords(db),
  ]);
  const openEpisodes = new Set(episodes.map((e) => e.id));
  const inCustody = new Set(episodes.map((e) => e.person));
  const firstPlacement = new Map<string, { centre: string | null; location: string | null }>();
  for (const m of movements) {
    if (m.type === 'admission' && openEpisodes.has(m.episode)) firstPlacement.set(m.episode, { centre: m.toCentre, location: m.toLocation });
  }
  const exported = movements.filter((m) => (openEpisodes.has(m.episode) ? m.type !== 'admission' : !inCustody.has(m.person)));
  const line = (i: number) => i + 2;
  const incidentFiles = await exportIncidentFiles(db, movements.filter((m) => m.type === 'death'));
  return {
    centres: centres.map((c, i) => ({ ...c, line: line(i) })),
    locations: locations.map((l, i) => ({
      code: l.code, centre: l.centre, parent: l.parent, kind: l.kind, name: l.name, sex: l.sex, regime: l.regime, security: l.security,
      designCapacity: l.designCapacity, workingCapacity: l.workingCapacity, maxCapacity: l.maxCapacity, status: l.status, line: line(i),
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
      arrestedAt: e.arrestedAt?.toISOString(),
      commitmentOrder: e.commitmentOrder ?? undefined,
      issuingAuthority: e.issuingAuthority ?? undefined,
      injuriesOnArrival: e.injuriesOnArrival ?? undefined,
      sentenceMonths: e.sentenceMonths ?? undefined,
      vulnerabilities: nonEmpty(records.vulnerabilities.get(e.id) as Vulnerability[] | undefined),
      line: line(i),
    })),
    classifications: byPerson(records.classifications).map((c, i) => ({
      person: c.person,
      at: c.recordedAt.toISOString(),
      risk: c.risk,
      vulnerabilities: c.vulnerabilities as Vulnerability[],
      reason: c.reason,
      recordedBy: c.recordedBy,
      line: line(i),
    })),
    legalStatusChanges: byPerson(records.legalStatusChanges).map((l, i) => ({
      person: l.person,
      since: l.since,
      legalStatus: l.legalStatus,
      sentenceMonths: l.sentenceMonths,
      note: l.note,
      recordedAt: l.recordedAt.toISOString(),
      recordedBy: l.recordedBy,
      line: line(i),
    })),
    nextOfKin: byPerson(records.nextOfKin).map((k, i) => ({ person: k.person, name: k.name, relationship: k.relationship, phone: k.phone, address: k.address, line: line(i) })),
    cases: byPerson(records.cases).map((c, i) => ({
      person: c.person,
      caseNumber: c.caseNumber,
      court: c.court,
      charges: c.charges,
      offence: c.offence,
      maxPenaltyYears: c.maxPenaltyYears,
      lawyer: c.lawyer,
      nextHearing: c.nextHearing,
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
      .map((n, i) => ({ personA: n.personA, personB: n.personB, reason: n.reason, level: n.level, comment: n.comment, roleA: n.roleA, roleB: n.roleB, line: line(i) })),
    movements: exported.map((m, i): MovementRow => ({
      at: m.at.toISOString(),
      person: m.person,
      type: m.type as MovementType,
      to: TARGET_RULE[m.type as MovementType] === 'forbidden' ? null : (m.toLocation ?? (m.type === 'court_return' || m.type === 'hospital_return' ? null : m.toCentre)),
      reason: m.reason,
      line: line(i),
    })),
    ...incidentFiles,
  };
}
