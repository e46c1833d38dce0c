import { describe, expect, it } from 'vitest';
import { factsAt } from './facts-at.ts';
import { buildWarningHistory, type HistoryRecords } from './history.ts';

const t = (iso: string) => Date.parse(iso);
const EP = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

/**
 * An invented centre: two pavilions (P1 held by a faction of the rival group, P2 by group G1
 * with its leader L), an isolation unit, a release, a court trip, an escape, a non-association
 * that is opened and then closed, a cell whose capacity changed, an incident, a find, a count.
 */
function records(): HistoryRecords {
  const stay = (person: string, episode: string, location: string | null, state: 'in' | 'out' | 'unaccounted', from: string, to: string | null) => ({
    person,
    episode,
    centre: 'LIT',
    location,
    state,
    from: t(from),
    to: to === null ? null : t(to),
  });
  const move = (id: number, person: string, type: string, at: string, fromLocation: string | null, toLocation: string | null, toCentre: string | null = 'LIT') => ({
    id,
    person,
    type,
    at: t(at),
    fromCentre: 'LIT',
    fromLocation,
    toCentre,
    toLocation,
  });
  const loc = (code: string, parent: string | null, kind: 'pavilion' | 'wing' | 'cell' | 'isolation', capacity: number | null) => ({
    code,
    centre: 'LIT',
    parent,
    kind,
    name: `Name of ${code}`,
    design: capacity,
    working: capacity,
    max: capacity === null ? null : capacity + 2,
    status: 'active' as const,
  });
  return {
    from: '2021-10-01T00:00:00.000Z',
    to: '2021-11-30T00:00:00.000Z',
    estate: {
      centres: [{ code: 'LIT', name: 'Penitenciaría del Litoral', timezone: 'America/Guayaquil' }],
      locations: [
        loc('LIT-P1', null, 'pavilion', null),
        loc('LIT-P1-A', 'LIT-P1', 'wing', null),
        loc('LIT-P1-A-001', 'LIT-P1-A', 'cell', 8),
        loc('LIT-P2', null, 'pavilion', null),
        loc('LIT-P2-A', 'LIT-P2', 'wing', null),
        loc('LIT-P2-A-001', 'LIT-P2-A', 'cell', 4),
        loc('LIT-P2-A-002', 'LIT-P2-A', 'cell', 4),
        loc('LIT-ISO', null, 'isolation', 2),
      ],
      // P1's cell held 4 (max 6) until 8 November.
      changes: [{ location: 'LIT-P1-A-001', kind: 'capacity', oldValue: '4/4/6', newValue: '8/8/10', at: t('2021-11-08T15:00:00Z') }],
    },
    stays: [
      stay('L', EP(1), 'LIT-P2-A-001', 'in', '2021-10-01T00:00:00Z', '2021-11-10T15:00:00Z'),
      stay('M', EP(2), 'LIT-P2-A-002', 'in', '2021-10-01T00:00:00Z', null),
      stay('R', EP(3), 'LIT-P1-A-001', 'in', '2021-10-01T00:00:00Z', null),
      stay('C', EP(4), 'LIT-P2-A-002', 'in', '2021-10-01T00:00:00Z', '2021-11-05T13:00:00Z'),
      stay('C', EP(4), 'LIT-P2-A-002', 'out', '2021-11-05T13:00:00Z', '2021-11-05T20:00:00Z'),
      stay('C', EP(4), 'LIT-P2-A-002', 'in', '2021-11-05T20:00:00Z', null),
      stay('E', EP(5), 'LIT-P1-A-001', 'in', '2021-10-01T00:00:00Z', '2021-11-02T03:00:00Z'),
      stay('E', EP(5), 'LIT-P1-A-001', 'unaccounted', '2021-11-02T03:00:00Z', null),
    ],
    movements: [
      move(1, 'E', 'escape', '2021-11-02T03:00:00Z', 'LIT-P1-A-001', null, null),
      move(2, 'C', 'court_out', '2021-11-05T13:00:00Z', 'LIT-P2-A-002', null, null),
      move(3, 'C', 'court_return', '2021-11-05T20:00:00Z', null, 'LIT-P2-A-002'),
      move(4, 'L', 'release', '2021-11-10T15:00:00Z', 'LIT-P2-A-001', null, null),
      move(5, 'M', 'internal_move', '2021-10-20T15:00:00Z', 'LIT-P2-A-001', 'LIT-P2-A-002'),
    ],
    persons: [
      { id: 'L', givenNames: 'Luis', familyNames: 'León' },
      { id: 'M', givenNames: 'Mario', familyNames: 'Mora' },
      { id: 'R', givenNames: 'Raúl', familyNames: 'Ríos' },
      { id: 'C', givenNames: 'Carlos', familyNames: 'Cano' },
      { id: 'E', givenNames: 'Elías', familyNames: 'Erazo' },
    ],
    legal: [
      { episode: EP(2), legalStatus: 'pretrial', since: '2021-01-15', maxPenaltyYears: 3 },
      { episode: EP(3), legalStatus: 'pretrial', since: '2021-02-01', maxPenaltyYears: 20 },
      { episode: EP(3), legalStatus: 'sentenced', since: '2021-11-08', maxPenaltyYears: 20 },
    ],
    groups: {
      groups: [
        { code: 'G1', name: 'Los Uno', parent: null },
        { code: 'G2', name: 'Los Dos', parent: null },
        { code: 'G2F', name: 'Facción de Los Dos', parent: 'G2' },
        { code: 'G3', name: 'Los Tres', parent: null },
      ],
      relations: [
        { a: 'G1', b: 'G2', relation: 'rival', since: '2021-01-01', until: null },
        // G3 allied with G1 only from 9 November.
        { a: 'G1', b: 'G3', relation: 'allied', since: '2021-11-09', until: null },
      ],
      memberships: [
        { person: 'L', group: 'G1', role: 'leader', confidence: 'confirmed', since: '2020-01-01', until: null },
        { person: 'M', group: 'G1', role: 'member', confidence: 'probable', since: '2021-11-08', until: null },
        { person: 'R', group: 'G2F', role: 'lieutenant', confidence: 'confirmed', since: null, until: null },
        { person: 'C', group: 'G3', role: 'member', confidence: 'possible', since: '2021-01-01', until: '2021-11-07' },
      ],
    },
    nonAssociations: [
      {
        id: 'na-1',
        personA: 'M',
        personB: 'R',
        level: 'centre',
        reason: 'threat',
        status: 'closed',
        createdAt: t('2021-11-01T12:00:00Z'),
        events: [
          { action: 'opened', at: t('2021-11-01T12:00:00Z') },
          { action: 'closed', at: t('2021-11-09T12:00:00Z') },
        ],
      },
    ],
    incidents: [
      { id: 'LIT-INC-1', centre: 'LIT', location: 'LIT-P1-A-001', type: 'fight', severity: 'medium', at: t('2021-11-04T10:00:00Z'), deaths: 0, injuries: 2 },
      { id: 'LIT-INC-0', centre: 'LIT', location: null, type: 'riot', severity: 'high', at: t('2021-08-01T10:00:00Z'), deaths: 1, injuries: 0 },
    ],
    seizures: [{ id: 'LIT-SZ-1', centre: 'LIT', at: t('2021-11-03T10:00:00Z'), item: 'firearm', quantity: 2, location: 'LIT-P2-A-001', person: null }],
    counts: [{ id: 'count-1', centre: 'LIT', kind: 'scheduled', closedAt: t('2021-11-07T12:00:00Z'), shortLines: [{ location: 'LIT-P2-A-002', expected: 4, counted: 3 }] }],
  };
}

describe('factsAt', () => {
  const history = buildWarningHistory(records());
  const early = factsAt(history, 'LIT', new Date('2021-11-05T16:00:00Z'));
  const late = factsAt(history, 'LIT', new Date('2021-11-12T16:00:00Z'));

  it('puts everyone on the roll at T in their cell, wing and pavilion, in person order', () => {
    expect(history.centres).toEqual(['LIT']);
    expect(early.people.map((p) => [p.id, p.state, p.location, p.wing, p.pavilion])).toEqual([
      ['C', 'out', 'LIT-P2-A-002', 'LIT-P2-A', 'LIT-P2'],
      ['E', 'unaccounted', 'LIT-P1-A-001', 'LIT-P1-A', 'LIT-P1'],
      ['L', 'in', 'LIT-P2-A-001', 'LIT-P2-A', 'LIT-P2'],
      ['M', 'in', 'LIT-P2-A-002', 'LIT-P2-A', 'LIT-P2'],
      ['R', 'in', 'LIT-P1-A-001', 'LIT-P1-A', 'LIT-P1'],
    ]);
    expect(early.people.find((p) => p.id === 'L')?.name).toBe('León, Luis');
    // The leader is gone after his release.
    expect(late.people.map((p) => p.id)).toEqual(['C', 'E', 'M', 'R']);
  });

  it('gives the legal status and the pretrial limit as they stood at T', () => {
    const r = (f: typeof early) => f.people.find((p) => p.id === 'R');
    expect(r(early)).toMatchObject({ legalStatus: 'pretrial', pretrialSince: '2021-02-01', pretrialLimit: '2022-08-01' });
    expect(r(late)).toMatchObject({ legalStatus: 'sentenced', pretrialSince: null, pretrialLimit: null });
    expect(early.people.find((p) => p.id === 'M')).toMatchObject({ legalStatus: 'pretrial', pretrialLimit: '2022-01-15' });
  });

  it('sees a departure, then counts it as no loss once the person is back in the pavilion', () => {
    expect(early.departures.map((d) => [d.person, d.type, d.fromPavilion, d.backAtT])).toEqual([
      ['E', 'escape', 'LIT-P1', false],
      ['C', 'court_out', 'LIT-P2', false],
    ]);
    const evening = factsAt(history, 'LIT', new Date('2021-11-06T01:00:00Z'));
    expect(evening.departures.map((d) => [d.person, d.backAtT])).toEqual([
      ['E', false],
      ['C', true],
    ]);
    // A cell move inside the pavilion is no departure; the release is, with the leader's membership then.
    expect(late.departures.map((d) => [d.person, d.type, d.fromPavilion, d.toPavilion, d.toCentre, d.backAtT])).toEqual([
      ['E', 'escape', 'LIT-P1', null, null, false],
      ['C', 'court_out', 'LIT-P2', null, null, true],
      ['L', 'release', 'LIT-P2', null, null, false],
    ]);
    expect(late.departures[2]).toMatchObject({ name: 'León, Luis', at: '2021-11-10T15:00:00.000Z', memberships: [{ group: 'G1', role: 'leader' }] });
    // Fourteen days later it has dropped out of the facts.
    expect(factsAt(history, 'LIT', new Date('2021-11-25T16:00:00Z')).departures.map((d) => d.person)).toEqual([]);
  });

  it('gives the memberships in force at T, of the people on the roll and of those who left', () => {
    expect(early.memberships.map((m) => [m.person, m.group, m.role])).toEqual([
      ['C', 'G3', 'member'],
      ['L', 'G1', 'leader'],
      ['R', 'G2F', 'lieutenant'],
    ]);
    expect(late.memberships.map((m) => [m.person, m.group, m.role, m.confidence])).toEqual([
      ['L', 'G1', 'leader', 'confirmed'],
      ['M', 'G1', 'member', 'probable'],
      ['R', 'G2F', 'lieutenant', 'confirmed'],
    ]);
  });

  it('gives the groups named, their rivals, and the relations in force at T with factions inheriting', () => {
    // G2 is not anyone's group but is G1's rival; the faction G2F inherits G2's rivalry with G1.
    expect(early.groups.map((g) => g.code)).toEqual(['G1', 'G2', 'G2F', 'G3']);
    expect(early.relations).toEqual([
      { a: 'G1', b: 'G2', relation: 'rival' },
      { a: 'G1', b: 'G2F', relation: 'rival' },
    ]);
    // C's membership of G3 had ended by then, but it held when C left for court, within the last days.
    expect(late.groups.map((g) => g.code)).toEqual(['G1', 'G2', 'G2F', 'G3']);
    expect(factsAt(history, 'LIT', new Date('2021-11-09T16:00:00Z')).relations).toContainEqual({ a: 'G1', b: 'G3', relation: 'allied' });
  });

  it('lists a non-association only while it is open and both people are on the roll', () => {
    expect(early.nonAssociations).toEqual([{ id: 'na-1', personA: 'M', personB: 'R', level: 'centre', reason: 'threat', since: '2021-11-01T12:00:00.000Z' }]);
    expect(late.nonAssociations).toEqual([]);
  });

  it('reads capacities as they stood at T', () => {
    const p1 = (f: typeof early) => f.pavilions.find((p) => p.code === 'LIT-P1');
    expect(p1(early)).toMatchObject({ designCapacity: 4, workingCapacity: 4, maxCapacity: 6 });
    expect(p1(late)).toMatchObject({ designCapacity: 8, workingCapacity: 8, maxCapacity: 10 });
    expect(early.pavilions.map((p) => p.code)).toEqual(['LIT-ISO', 'LIT-P1', 'LIT-P2']);
    expect(early.centre).toMatchObject({ code: 'LIT', designCapacity: 4 + 8 + 2, maxCapacity: 6 + 12 + 4 });
  });

  it('keeps recent incidents, finds and counts, and the missing at T, T − 1, T − 3 and T − 7 days', () => {
    expect(early.incidents.map((i) => [i.id, i.pavilion])).toEqual([
      ['LIT-INC-0', null],
      ['LIT-INC-1', 'LIT-P1'],
    ]);
    expect(early.seizures.map((z) => [z.id, z.item, z.pavilion])).toEqual([['LIT-SZ-1', 'firearm', 'LIT-P2']]);
    expect(early.counts).toEqual([]);
    expect(late.counts).toEqual([{ id: 'count-1', kind: 'scheduled', closedAt: '2021-11-07T12:00:00.000Z', shortLines: [{ location: 'LIT-P2-A-002', expected: 4, counted: 3 }] }]);
    expect(early.unaccounted.map((u) => [u.at.slice(0, 10), u.count, u.people])).toEqual([
      ['2021-11-05', 1, ['E']],
      ['2021-11-04', 1, ['E']],
      ['2021-11-02', 1, ['E']],
      ['2021-10-29', 0, []],
    ]);
    // The August riot is beyond the incidents' reach on 1 December.
    expect(factsAt(history, 'LIT', new Date('2021-12-01T00:00:00Z')).incidents.map((i) => i.id)).toEqual(['LIT-INC-1']);
  });

  it('refuses a centre the history does not cover', () => {
    expect(() => factsAt(history, 'XXX', new Date('2021-11-05T16:00:00Z'))).toThrow(/XXX/);
  });
});
