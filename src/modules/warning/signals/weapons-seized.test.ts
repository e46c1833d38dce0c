import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITY_ORDER } from './common.ts';
import type { CentreFacts, Finding, SeizureFacts } from './facts.ts';
import { FactsBuilder, shuffleFacts, testDaysAgo } from './testing.ts';
import { weaponsSeized } from './weapons-seized.ts';

/** A centre with two pavilions named apart from their codes, and finds added by the test. */
function centre(): FactsBuilder {
  return new FactsBuilder().pavilion('LIT-P1', { name: 'Pabellón 1' }).pavilion('LIT-P2', { name: 'Pabellón 2' }).person('p1', { name: 'Mora Vera, Luis', location: 'LIT-P2-A-1' });
}

const only = (facts: CentreFacts): Finding => {
  const findings = weaponsSeized(facts);
  expect(findings).toHaveLength(1);
  return findings[0] as Finding;
};

describe('weapons_seized', () => {
  it('raises a critical, restricted alert for one explosive found in a pavilion, naming the pavilion', () => {
    const finding = only(centre().seizure({ id: 's1', item: 'explosive', quantity: 1, location: 'LIT-P2-A-1' }).build());
    expect(finding).toMatchObject({ type: 'weapons_seized', location: 'LIT-P2', subject: 'LIT-P2', severity: 'critical', restricted: true, since: testDaysAgo(1) });
    expect(finding.reasons[0]?.es).toBe('En Pabellón 2 se halló 1 explosivo en los últimos 14 días.');
    expect(finding.reasons[0]?.en).toBe('In Pabellón 2, 1 explosive was found in the last 14 days.');
    expect(finding.reasons.map((r) => r.es + r.en).join(' ')).not.toContain('LIT-P2');
    expect(finding.timeline).toHaveLength(1);
  });

  it('rates one firearm high, two firearms critical, and ammunition or fireworks alone medium however much', () => {
    const severity = (build: (b: FactsBuilder) => FactsBuilder) => only(build(centre()).build()).severity;
    expect(severity((b) => b.seizure({ id: 's1', item: 'firearm', quantity: 1, location: 'LIT-P1-A-1' }))).toBe('high');
    expect(severity((b) => b.seizure({ id: 's1', item: 'firearm', quantity: 2, location: 'LIT-P1-A-1' }))).toBe('critical');
    expect(severity((b) => b.seizure({ id: 's1', item: 'firearm', location: 'LIT-P1-A-1' }).seizure({ id: 's2', item: 'firearm', location: 'LIT-P1-A-2' }))).toBe('critical');
    expect(
      severity((b) =>
        b
          .seizure({ id: 's1', item: 'ammunition', quantity: 900, location: 'LIT-P1-A-1' })
          .seizure({ id: 's2', item: 'ammunition', quantity: 300, location: 'LIT-P1-A-2' })
          .seizure({ id: 's3', item: 'fireworks', quantity: 40, location: 'LIT-P1-A-3' }),
      ),
    ).toBe('medium');
    expect(severity((b) => b.seizure({ id: 's1', item: 'fireworks', quantity: 20, location: 'LIT-P1-A-1' }))).toBe('medium');
  });

  it('ignores blades, phones, drugs and other contraband', () => {
    const facts = centre()
      .seizure({ id: 's1', item: 'blade', quantity: 30, location: 'LIT-P1-A-1' })
      .seizure({ id: 's2', item: 'phone', quantity: 12, location: 'LIT-P1-A-1' })
      .seizure({ id: 's3', item: 'drugs', quantity: 400, location: 'LIT-P2-A-1' })
      .build();
    expect(weaponsSeized(facts)).toEqual([]);
  });

  it('gives one finding per pavilion summing its finds, and a centre-wide one for finds outside the pavilions', () => {
    const findings = weaponsSeized(
      centre()
        .seizure({ id: 's1', item: 'firearm', location: 'LIT-P1-A-1' })
        .seizure({ id: 's2', item: 'ammunition', quantity: 40, location: 'LIT-P1-A-2', at: testDaysAgo(3) })
        .seizure({ id: 's3', item: 'ammunition', quantity: 10, location: 'LIT-P2-A-1' })
        .seizure({ id: 's4', item: 'firearm', location: null })
        .build(),
    );
    const byLocation = new Map(findings.map((f) => [f.location, f]));
    expect([...byLocation.keys()].sort()).toEqual([null, 'LIT-P1', 'LIT-P2'].sort());
    const p1 = byLocation.get('LIT-P1') as Finding;
    expect(p1.reasons[0]?.en).toBe('In Pabellón 1, 1 firearm and 40 rounds of ammunition were found in the last 14 days.');
    expect(p1.since).toBe(testDaysAgo(3));
    expect(p1.timeline.map((t) => t.at)).toEqual([testDaysAgo(3), testDaysAgo(1)]);
    expect(byLocation.get('LIT-P2')?.severity).toBe('medium');
    const outside = byLocation.get(null) as Finding;
    expect(outside.subject).toBe('LIT');
    expect(outside.reasons[0]?.es).toContain('Penitenciaría del Litoral, fuera de los pabellones');
  });

  it('fades a find after a week and forgets it after two', () => {
    const at = (days: number) => weaponsSeized(centre().seizure({ id: 's1', item: 'explosive', location: 'LIT-P1-A-1', at: testDaysAgo(days) }).build());
    expect(at(6)[0]?.severity).toBe('critical');
    expect(at(12)[0]?.severity).toBe('high');
    expect((at(12)[0]?.score ?? 0) < (at(6)[0]?.score ?? 0)).toBe(true);
    expect(at(15)).toEqual([]);
  });

  it('names the person a find was made on, by name', () => {
    const finding = only(centre().seizure({ id: 's1', item: 'firearm', location: 'LIT-P2-A-1', person: 'p1' }).build());
    expect(finding.persons).toEqual(['p1']);
    expect(finding.reasons.some((r) => r.es.includes('en poder de Mora Vera, Luis'))).toBe(true);
    expect(finding.timeline[0]?.text.en).toBe('1 firearm found in Celda LIT-P2-A-1, Ala LIT-P2-A, Pabellón 2, on Mora Vera, Luis.');
  });
});

const ITEMS = ['explosive', 'firearm', 'ammunition', 'fireworks', 'blade', 'phone'] as const;
const LOCATIONS = ['LIT-P1-A-1', 'LIT-P1-A-2', 'LIT-P2-A-1', null] as const;

const find = (id: string) =>
  fc.record({
    item: fc.constantFrom(...ITEMS),
    quantity: fc.integer({ min: 1, max: 50 }),
    location: fc.constantFrom(...LOCATIONS),
    age: fc.double({ min: 0, max: 20, noNaN: true }),
    person: fc.option(fc.constant('p1'), { nil: null }),
  }).map((f) => ({ id, ...f }));

const finds = fc.array(fc.integer(), { maxLength: 12 }).chain((ids) => fc.tuple(...ids.map((_, i) => find(`s${i}`))));

function factsWith(list: readonly { id: string; item: SeizureFacts['item']; quantity: number; location: string | null; age: number; person: string | null }[]): CentreFacts {
  const builder = centre();
  for (const f of list) builder.seizure({ id: f.id, item: f.item, quantity: f.quantity, location: f.location, person: f.person, at: testDaysAgo(f.age) });
  return builder.build();
}

const canonical = (findings: Finding[]) => [...findings].sort((a, b) => a.subject.localeCompare(b.subject));

describe('weapons_seized properties', () => {
  it('never scores a pavilion lower, nor less severe, when one more explosive is found in it', () => {
    fc.assert(
      fc.property(finds, fc.double({ min: 0, max: 14, noNaN: true }), fc.integer({ min: 1, max: 3 }), (list, age, quantity) => {
        const before = weaponsSeized(factsWith(list)).find((f) => f.location === 'LIT-P1');
        const after = weaponsSeized(factsWith([...list, { id: 'extra', item: 'explosive', quantity, location: 'LIT-P1-A-1', age, person: null }])).find((f) => f.location === 'LIT-P1');
        expect(after).toBeDefined();
        if (!before || !after) return;
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(SEVERITY_ORDER.indexOf(after.severity)).toBeGreaterThanOrEqual(SEVERITY_ORDER.indexOf(before.severity));
      }),
    );
  });

  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(finds, fc.integer({ min: 1 }), (list, seed) => {
        const facts = factsWith(list);
        expect(canonical(weaponsSeized(shuffleFacts(facts, seed)))).toEqual(canonical(weaponsSeized(facts)));
      }),
    );
  });
});
