import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countDiscrepancy } from './count-discrepancy.ts';
import type { CentreFacts, CountFacts, Finding } from './facts.ts';
import { FactsBuilder, shuffleFacts, testDaysAgo } from './testing.ts';

function centre(): FactsBuilder {
  return new FactsBuilder().pavilion('LIT-P1', { name: 'Pabellón 1' });
}

const short = (location: string | null, expected: number, counted: number) => ({ location, expected, counted });
const lines = (facts: CentreFacts) => countDiscrepancy(facts).filter((f) => f.subject !== 'missing');
const missing = (facts: CentreFacts) => countDiscrepancy(facts).find((f) => f.subject === 'missing');

/** The missing list at T, T − 1, T − 3 and T − 7 days: people ids at each. */
function list(builder: FactsBuilder, now: string[], before1: string[], before3: string[], before7: string[]): FactsBuilder {
  return builder.unaccounted([
    { at: testDaysAgo(0), count: now.length, people: now },
    { at: testDaysAgo(1), count: before1.length, people: before1 },
    { at: testDaysAgo(3), count: before3.length, people: before3 },
    { at: testDaysAgo(7), count: before7.length, people: before7 },
  ]);
}

describe('count_discrepancy: count lines', () => {
  it('reports a line of the latest count closed short and unexplained, at its cell, by name', () => {
    const facts = centre().count({ id: 'c1', shortLines: [short('LIT-P1-A-2', 4, 3)] }).build();
    const [finding, ...rest] = lines(facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ type: 'count_discrepancy', location: 'LIT-P1-A-2', subject: 'LIT-P1-A-2', severity: 'medium', score: 1, restricted: false });
    expect(finding?.reasons[0]?.es).toBe(
      'En el conteo programado cerrado el 13 de noviembre de 2021, en Celda LIT-P1-A-2, Ala LIT-P1-A, Pabellón 1 se contaron 3 de 4 personas esperadas y la diferencia no se explicó.',
    );
  });

  it('forgets a shortfall once a later count finds everyone', () => {
    const facts = centre()
      .count({ id: 'c1', closedAt: testDaysAgo(1), shortLines: [short('LIT-P1-A-2', 4, 1)] })
      .count({ id: 'c2', closedAt: testDaysAgo(0.5), shortLines: [] })
      .build();
    expect(countDiscrepancy(facts)).toEqual([]);
  });

  it('grows with the shortfall and with counts in a row short at the same place', () => {
    const severityOf = (counts: readonly (readonly ReturnType<typeof short>[])[]) => {
      const b = centre();
      counts.forEach((shortLines, i) => b.count({ id: `c${i}`, closedAt: testDaysAgo(counts.length - i), shortLines: [...shortLines] }));
      return lines(b.build())[0];
    };
    expect(severityOf([[short('LIT-P1-A-1', 5, 3)]])?.severity).toBe('high');
    expect(severityOf([[short('LIT-P1-A-1', 9, 4)]])?.severity).toBe('critical');
    const run = severityOf([[short('LIT-P1-A-1', 5, 4)], [short('LIT-P1-A-1', 5, 4)], [short('LIT-P1-A-1', 5, 4)]]) as Finding;
    expect(run).toMatchObject({ severity: 'high', score: 2, since: testDaysAgo(3) });
    expect(run.reasons[1]?.en).toBe('It is the 3rd count in a row with people short there.');
    expect(run.timeline).toHaveLength(3);
  });

  it('places a shortfall among people without a cell at the centre', () => {
    const [finding] = lines(centre().count({ id: 'c1', kind: 'emergency', shortLines: [short(null, 2, 1)] }).build());
    expect(finding).toMatchObject({ location: null, subject: 'unplaced' });
    expect(finding?.reasons[0]?.en).toContain('At the emergency count closed on 13 November 2021, 1 of 2 expected people were counted among the people on the roll without a cell');
  });
});

describe('count_discrepancy: the missing list', () => {
  const people = (b: FactsBuilder) => b.person('e1', { name: 'Lara Paz, Juan', state: 'unaccounted' }).person('e2', { name: 'Bravo Gil, Rosa', state: 'unaccounted' });

  it('is critical when people missing a week ago are all still missing', () => {
    const b = people(centre()).departure('e1', { from: 'LIT-P1-A-1', type: 'escape', daysAgo: 9 }).departure('e2', { from: 'LIT-P1-A-1', type: 'escape', daysAgo: 9 });
    const finding = missing(list(b, ['e1', 'e2'], ['e1', 'e2'], ['e1', 'e2'], ['e1', 'e2']).build()) as Finding;
    expect(finding).toMatchObject({ location: null, severity: 'critical', persons: ['e2', 'e1'], since: testDaysAgo(9) });
    expect(finding.reasons.map((r) => r.es)).toEqual([
      'En Penitenciaría del Litoral hay 2 personas sin ubicar: Bravo Gil, Rosa y Lara Paz, Juan.',
      'Hace 7 días faltaban 2: nadie ha sido hallado en una semana.',
    ]);
    expect(finding.timeline[0]?.text.en).toBe('Lara Paz, Juan escaped from Celda LIT-P1-A-1, Ala LIT-P1-A, Pabellón 1.');
  });

  it('starts a new escape at medium, high after three days without a find', () => {
    const b = () => people(centre()).departure('e1', { from: 'LIT-P1-A-1', type: 'escape', daysAgo: 5 });
    expect(missing(list(b(), ['e1'], [], [], []).build())?.severity).toBe('medium');
    expect(missing(list(b(), ['e1'], ['e1'], ['e1'], []).build())?.severity).toBe('high');
  });

  it('is high at once for a mass escape', () => {
    const ids = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const b = centre();
    for (const id of ids) b.person(id, { state: 'unaccounted' }).departure(id, { from: 'LIT-P1-A-1', type: 'escape', daysAgo: 0.2 });
    const finding = missing(list(b, ids, [], [], []).build()) as Finding;
    expect(finding.severity).toBe('high');
    expect(finding.reasons[0]?.en).toBe('Penitenciaría del Litoral has 5 people unaccounted for: Persona m1, Persona m2, Persona m3, Persona m4 and Persona m5.');
  });

  it('eases to medium while recaptures shrink the list', () => {
    const b = people(centre()).departure('e1', { from: 'LIT-P1-A-1', type: 'escape', daysAgo: 8 });
    const finding = missing(list(b, ['e1'], ['e1'], ['e1', 'e2'], ['e1', 'e2']).build()) as Finding;
    expect(finding.severity).toBe('medium');
    expect(finding.reasons[1]?.en).toBe('Recaptures are shrinking the list.');
  });

  it('keeps a low standing reminder for people at large for weeks', () => {
    const finding = missing(list(people(centre()), ['e1'], ['e1'], ['e1'], ['e1']).build()) as Finding;
    expect(finding.severity).toBe('low');
    expect(finding.reasons[1]?.es).toBe('Llevan más de 14 días prófugos.');
  });

  it('is silent when nobody is missing', () => {
    expect(countDiscrepancy(list(centre(), [], [], ['e1'], ['e1']).build())).toEqual([]);
  });
});

const CELLS = ['LIT-P1-A-1', 'LIT-P1-A-2', null] as const;
const countArb = fc.record({
  kind: fc.constantFrom<CountFacts['kind']>('scheduled', 'emergency'),
  age: fc.double({ min: 0, max: 13, noNaN: true }),
  shortLines: fc.uniqueArray(fc.record({ location: fc.constantFrom(...CELLS), expected: fc.integer({ min: 1, max: 8 }), short: fc.integer({ min: 1, max: 8 }) }), { selector: (l) => l.location, maxLength: 3 }),
});
const IDS = ['e1', 'e2', 'e3', 'e4'];
const snapshot = fc.subarray(IDS);

function factsWith(counts: readonly { kind: CountFacts['kind']; age: number; shortLines: { location: string | null; expected: number; short: number }[] }[], lists: string[][], escaped: readonly string[]): CentreFacts {
  const b = centre();
  counts.forEach((c, i) =>
    b.count({ id: `c${i}`, kind: c.kind, closedAt: testDaysAgo(c.age), shortLines: c.shortLines.map((l) => short(l.location, l.expected, Math.max(0, l.expected - l.short))) }),
  );
  for (const id of IDS) b.person(id, { state: 'unaccounted', name: `Persona ${id}` });
  for (const id of escaped) b.departure(id, { from: 'LIT-P1-A-1', type: 'escape', daysAgo: 4 });
  const [now = [], d1 = [], d3 = [], d7 = []] = lists;
  return list(b, now, d1, d3, d7).build();
}

describe('count_discrepancy properties', () => {
  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(fc.array(countArb, { maxLength: 5 }), fc.tuple(snapshot, snapshot, snapshot, snapshot), fc.subarray(IDS), fc.integer({ min: 1 }), (counts, lists, escaped, seed) => {
        const facts = factsWith(counts, lists, escaped);
        const canonical = (findings: Finding[]) => [...findings].sort((a, b) => a.subject.localeCompare(b.subject));
        expect(canonical(countDiscrepancy(shuffleFacts(facts, seed)))).toEqual(canonical(countDiscrepancy(facts)));
      }),
    );
  });

  it('reports a missing list exactly when someone is missing, critical only when the list has not shrunk in a week', () => {
    fc.assert(
      fc.property(fc.tuple(snapshot, snapshot, snapshot, snapshot), fc.subarray(IDS), (lists, escaped) => {
        const finding = missing(factsWith([], lists, escaped));
        const [now, , , week] = lists;
        expect(finding !== undefined).toBe(now.length > 0);
        if (finding?.severity === 'critical') expect(now.length >= week.length && week.length > 0).toBe(true);
      }),
    );
  });
});
