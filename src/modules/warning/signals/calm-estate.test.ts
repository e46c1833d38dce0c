import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './common.ts';
import { countDiscrepancy } from './count-discrepancy.ts';
import type { CentreFacts, Signal } from './facts.ts';
import { incidentEscalation } from './incident-escalation.ts';
import { overcrowding } from './overcrowding.ts';
import { pretrialOverdue } from './pretrial-overdue.ts';
import { FactsBuilder, testDaysAgo } from './testing.ts';
import { weaponsSeized } from './weapons-seized.ts';

/**
 * A calm centre: no violence, no weapons found, every place within its design capacity, every
 * pretrial limit more than a week away, counts that found everyone, nobody missing. The estate
 * signals must say nothing about it, whatever its size and shape.
 */
const SIGNALS: Record<string, Signal> = { weaponsSeized, incidentEscalation, overcrowding, pretrialOverdue, countDiscrepancy };
const TODAY = '2021-11-13';

const pavilionArb = fc.record({
  cells: fc.integer({ min: 1, max: 4 }),
  design: fc.integer({ min: 1, max: 40 }),
  extraMax: fc.integer({ min: 0, max: 20 }),
  fill: fc.double({ min: 0, max: 1, noNaN: true }),
});
const personArb = fc.record({
  state: fc.constantFrom('in' as const, 'out' as const, 'en_route' as const),
  pretrialDaysLeft: fc.option(fc.integer({ min: 7, max: 500 }), { nil: null }),
});
const calmArb = fc.record({
  pavilions: fc.array(pavilionArb, { minLength: 1, maxLength: 4 }),
  people: fc.array(personArb, { maxLength: 160 }),
  counts: fc.array(fc.record({ age: fc.double({ min: 0, max: 13, noNaN: true }), over: fc.integer({ min: 0, max: 2 }) }), { maxLength: 4 }),
  contraband: fc.array(fc.record({ item: fc.constantFrom('phone' as const, 'drugs' as const, 'sim_card' as const, 'cash' as const), age: fc.double({ min: 0, max: 29, noNaN: true }) }), { maxLength: 5 }),
});

type CalmSpec = typeof calmArb extends fc.Arbitrary<infer T> ? T : never;

function calmCentre(spec: CalmSpec): CentreFacts {
  const b = new FactsBuilder();
  const room: { cell: string; free: number }[] = [];
  spec.pavilions.forEach((p, i) => {
    const code = `LIT-P${i + 1}`;
    b.pavilion(code, { cellsPerWing: p.cells, designCapacity: p.design, workingCapacity: p.design, maxCapacity: p.design + p.extraMax });
    room.push({ cell: `${code}-A-1`, free: Math.floor(p.design * p.fill) });
  });
  let n = 0;
  for (const person of spec.people) {
    const place = room.find((r) => r.free > 0);
    if (!place) break;
    place.free -= 1;
    const pretrial = person.pretrialDaysLeft !== null;
    b.person(`p${n++}`, { location: place.cell, state: person.state, legalStatus: pretrial ? 'pretrial' : 'sentenced', pretrialLimit: pretrial ? addDays(TODAY, person.pretrialDaysLeft ?? 0) : null });
  }
  // Counts that found everyone, or more people than expected (someone back early): never short.
  spec.counts.forEach((c, i) => b.count({ id: `c${i}`, closedAt: testDaysAgo(c.age), shortLines: c.over > 0 ? [{ location: room[0]?.cell ?? null, expected: 3, counted: 3 + c.over }] : [] }));
  spec.contraband.forEach((s, i) => b.seizure({ id: `s${i}`, item: s.item, location: room[0]?.cell ?? null, at: testDaysAgo(s.age) }));
  b.unaccounted([0, 1, 3, 7].map((d) => ({ at: testDaysAgo(d), count: 0, people: [] })));
  return b.build();
}

describe('estate signals on a calm centre', () => {
  it('raise nothing', () => {
    fc.assert(
      fc.property(calmArb, (spec) => {
        const facts = calmCentre(spec);
        for (const [name, signal] of Object.entries(SIGNALS)) expect(signal(facts), name).toEqual([]);
      }),
    );
  });

  it('raise nothing on an empty centre', () => {
    const facts = new FactsBuilder().build();
    for (const signal of Object.values(SIGNALS)) expect(signal(facts)).toEqual([]);
  });
});
