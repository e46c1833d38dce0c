import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITY_ORDER } from './common.ts';
import type { CentreFacts, Finding, PersonFacts } from './facts.ts';
import { crowdingSeverity, overcrowding } from './overcrowding.ts';
import { FactsBuilder, shuffleFacts } from './testing.ts';

/** Two pavilions of design 10 and maximum 12, and a reception unit of design 2. */
function centre(): FactsBuilder {
  return new FactsBuilder()
    .pavilion('LIT-P1', { name: 'Pabellón 1', cellsPerWing: 2, designCapacity: 10, workingCapacity: 11, maxCapacity: 12 })
    .pavilion('LIT-P2', { name: 'Pabellón 2', cellsPerWing: 2, designCapacity: 10, workingCapacity: 11, maxCapacity: 12 })
    .pavilion('LIT-REC', { name: 'Recepción', kind: 'reception', wings: 0, cellsPerWing: 1, designCapacity: 2, workingCapacity: 2, maxCapacity: 4 });
}

const of = (findings: Finding[], location: string | null) => findings.find((f) => f.location === location);
const severityWith = (people: number) => of(overcrowding(centre().people('a', people, { location: 'LIT-P1-A-1' }).build()), 'LIT-P1')?.severity ?? null;

describe('overcrowding', () => {
  it('grades a pavilion by design and maximum: low above design, medium from 120 %, high above the maximum, critical at 150 % over it', () => {
    expect([10, 11, 12, 13, 14, 15].map(severityWith)).toEqual([null, 'low', 'medium', 'high', 'high', 'critical']);
  });

  it('says how full the pavilion is, in words and by name', () => {
    const finding = of(overcrowding(centre().people('a', 13, { location: 'LIT-P1-A-2' }).build()), 'LIT-P1') as Finding;
    expect(finding).toMatchObject({ type: 'overcrowding', subject: 'LIT-P1', score: 130, restricted: false });
    expect(finding.reasons.map((r) => r.es)).toEqual([
      'Pabellón 1 aloja a 13 personas para 10 plazas de diseño (130 %) y una capacidad máxima de 12.',
      'Supera su capacidad máxima en 1 persona.',
    ]);
    expect(finding.reasons[0]?.en).toBe('Pabellón 1 holds 13 people for 10 design places (130%) and a maximum capacity of 12.');
  });

  it('counts people out at court or hospital, not those en route away or escaped', () => {
    const facts = centre()
      .people('a', 10, { location: 'LIT-P2-A-1' })
      .people('court', 2, { location: 'LIT-P2-A-2', state: 'out' })
      .people('gone', 5, { location: 'LIT-P2-A-2', state: 'en_route' })
      .people('run', 5, { location: 'LIT-P2-A-2', state: 'unaccounted' })
      .build();
    expect(of(overcrowding(facts), 'LIT-P2')?.score).toBe(120);
  });

  it('weighs the centre against its own capacities, with its unplaced people, and names the fullest place', () => {
    const facts = centre().people('a', 12, { location: 'LIT-P1-A-1' }).people('b', 10, { location: 'LIT-P2-A-1' }).people('new', 4).person('r', { location: 'LIT-REC-1' }).build();
    const whole = of(overcrowding(facts), null) as Finding;
    expect(whole).toMatchObject({ subject: 'LIT', severity: 'medium', score: Math.round((1000 * 27) / 22) / 10 });
    expect(whole.reasons.at(-1)?.en).toBe('The fullest place is Pabellón 1 (120%).');
  });

  it('is silent where occupancy is within design capacity, and skips places without one', () => {
    const facts = new FactsBuilder().pavilion('LIT-P1', { designCapacity: 0, maxCapacity: 0 }).pavilion('LIT-P2', { designCapacity: 50, maxCapacity: 60 }).people('a', 20, { location: 'LIT-P1-A-1' }).people('b', 20, { location: 'LIT-P2-A-1' }).build();
    expect(overcrowding(facts)).toEqual([]);
  });

  it('reads no maximum when none was set', () => {
    expect(crowdingSeverity(30, 10, 0)).toBe('medium');
  });
});

const STATES: readonly PersonFacts['state'][] = ['in', 'in', 'in', 'out', 'en_route', 'unaccounted'];
const CELLS = ['LIT-P1-A-1', 'LIT-P1-A-2', 'LIT-P2-A-1', 'LIT-REC-1', null] as const;
const person = fc.record({ location: fc.constantFrom(...CELLS), state: fc.constantFrom(...STATES) });
const roll = fc.array(person, { maxLength: 45 });

function factsWith(list: readonly { location: string | null; state: PersonFacts['state'] }[]): CentreFacts {
  const builder = centre();
  list.forEach((p, i) => builder.person(`p${i}`, p));
  return builder.build();
}

const rank = (f: Finding | undefined) => (f ? SEVERITY_ORDER.indexOf(f.severity) : -1);
const canonical = (findings: Finding[]) => [...findings].sort((a, b) => a.subject.localeCompare(b.subject));

describe('overcrowding properties', () => {
  it('never rates a place or the centre lower when more people are put in', () => {
    fc.assert(
      fc.property(roll, fc.constantFrom(...CELLS), fc.integer({ min: 1, max: 10 }), (list, where, more) => {
        const before = overcrowding(factsWith(list));
        const after = overcrowding(factsWith([...list, ...Array.from({ length: more }, () => ({ location: where, state: 'in' as const }))]));
        for (const location of ['LIT-P1', 'LIT-P2', 'LIT-REC', null]) {
          expect(rank(of(after, location))).toBeGreaterThanOrEqual(rank(of(before, location)));
          expect(of(after, location)?.score ?? 0).toBeGreaterThanOrEqual(of(before, location)?.score ?? 0);
        }
      }),
    );
  });

  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(roll, fc.integer({ min: 1 }), (list, seed) => {
        const facts = factsWith(list);
        expect(canonical(overcrowding(shuffleFacts(facts, seed)))).toEqual(canonical(overcrowding(facts)));
      }),
    );
  });
});
