import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../../../kernel/vocabulary.ts';
import { SEVERITY_ORDER } from './common.ts';
import type { CentreFacts, Finding } from './facts.ts';
import { escalationOf, incidentEscalation } from './incident-escalation.ts';
import { FactsBuilder, shuffleFacts, testDaysAgo } from './testing.ts';

function centre(): FactsBuilder {
  return new FactsBuilder().pavilion('LIT-P1', { name: 'Pabellón 1' }).pavilion('LIT-P2', { name: 'Pabellón 2' });
}

/** `n` incidents of `type` in a cell of `pavilion`, spread over the given days before T. */
function add(builder: FactsBuilder, prefix: string, days: readonly number[], options: { type?: IncidentType; pavilion?: string; deaths?: number; injuries?: number } = {}): FactsBuilder {
  days.forEach((d, i) => builder.incident({ id: `${prefix}${i}`, type: options.type ?? 'fight', location: `${options.pavilion ?? 'LIT-P1'}-A-1`, at: testDaysAgo(d), deaths: options.deaths ?? 0, injuries: options.injuries ?? 0 }));
  return builder;
}

const of = (findings: Finding[], location: string | null) => findings.find((f) => f.location === location);

describe('incident_escalation', () => {
  it('sees no escalation in one fight in a quiet pavilion, nor in two in the whole centre', () => {
    expect(incidentEscalation(add(centre(), 'i', [1]).build())).toEqual([]);
    const two = incidentEscalation(add(add(centre(), 'a', [1]), 'b', [2], { pavilion: 'LIT-P2' }).build());
    expect(two).toEqual([]);
  });

  it('raises the pavilion and the centre when a quiet pavilion has three violent incidents in a week', () => {
    const facts = add(add(centre(), 'f', [1, 2], { type: 'fight' }), 'h', [0.5], { type: 'homicide', deaths: 1, injuries: 2 }).build();
    const findings = incidentEscalation(facts);
    const pavilion = of(findings, 'LIT-P1') as Finding;
    expect(pavilion).toMatchObject({ type: 'incident_escalation', subject: 'LIT-P1', severity: 'high', restricted: false, since: testDaysAgo(2) });
    expect(pavilion.reasons[0]?.es).toBe(
      'En Pabellón 1 hubo 3 incidentes violentos en los últimos 7 días (1 homicidio y 2 riñas); por su ritmo de los 90 días anteriores (0 incidentes) se esperaban 0,1.',
    );
    expect(pavilion.reasons[0]?.en).toBe(
      'Pabellón 1 had 3 violent incidents in the last 7 days (1 homicide and 2 fights); its rate over the previous 90 days (0 incidents) predicted 0.1.',
    );
    expect(pavilion.reasons.at(-1)?.en).toBe('They left 1 dead and 2 injured.');
    expect(pavilion.timeline.map((t) => t.at)).toEqual([testDaysAgo(2), testDaysAgo(1), testDaysAgo(0.5)]);
    expect(of(findings, null)).toMatchObject({ subject: 'LIT', location: null });
  });

  it('grades a quiet pavilion: two incidents medium, three high, four critical', () => {
    const severity = (n: number) => of(incidentEscalation(add(centre(), 'f', Array.from({ length: n }, (_, i) => i + 0.5)).build()), 'LIT-P1')?.severity;
    expect([severity(2), severity(3), severity(4)]).toEqual(['medium', 'high', 'critical']);
  });

  it('finds three fights ordinary in a pavilion that has one every three days', () => {
    const baseline = Array.from({ length: 30 }, (_, i) => 8 + i * 3);
    const facts = add(add(centre(), 'old', baseline), 'new', [1, 2, 3]).build();
    expect(of(incidentEscalation(facts), 'LIT-P1')).toBeUndefined();
  });

  it('scores the same week lower against a violent past than against a quiet one', () => {
    const week = [0.5, 1, 1.5, 2, 3];
    const quiet = of(incidentEscalation(add(centre(), 'w', week).build()), 'LIT-P1') as Finding;
    const rough = of(incidentEscalation(add(add(centre(), 'w', week), 'old', [10, 20, 30, 40, 50, 60]).build()), 'LIT-P1') as Finding;
    expect(rough.score).toBeLessThan(quiet.score);
    expect(rough.reasons[0]?.en).toContain('(6 incidents) predicted 0.5');
  });

  it('counts only violence: escapes, self-harm, finds and protests do not escalate', () => {
    const types: IncidentType[] = ['escape', 'self_harm', 'weapon_find', 'contraband_find', 'protest', 'drone', 'death', 'fire'];
    const builder = centre();
    types.forEach((type, i) => add(builder, `${type}-`, [1, 2, 3], { type }).incident({ id: `x${i}`, type, location: 'LIT-P1-A-2', at: testDaysAgo(0.5) }));
    expect(incidentEscalation(builder.build())).toEqual([]);
  });

  it('reads the last 97 days only: older incidents weigh nothing on the baseline', () => {
    const week = [0.5, 1, 2];
    const plain = of(incidentEscalation(add(centre(), 'w', week).build()), 'LIT-P1');
    const withOld = of(incidentEscalation(add(add(centre(), 'w', week), 'old', [100, 105, 110, 115]).build()), 'LIT-P1');
    expect(withOld?.score).toBe(plain?.score);
  });

  it('needs a minimum count even against a zero baseline', () => {
    expect(escalationOf(1, 0, 'pavilion').isEscalation).toBe(false);
    expect(escalationOf(2, 0, 'pavilion').isEscalation).toBe(true);
    expect(escalationOf(2, 0, 'centre').isEscalation).toBe(false);
    expect(escalationOf(3, 0, 'centre').isEscalation).toBe(true);
  });
});

const TYPES: readonly IncidentType[] = ['fight', 'assault', 'homicide', 'riot', 'escape', 'self_harm'];
const incident = fc.record({
  type: fc.constantFrom(...TYPES),
  pavilion: fc.constantFrom('LIT-P1', 'LIT-P2'),
  age: fc.double({ min: 0, max: 119, noNaN: true }),
});
const incidents = fc.array(incident, { maxLength: 40 });

function factsWith(list: readonly { type: IncidentType; pavilion: string; age: number }[]): CentreFacts {
  const builder = centre();
  list.forEach((i, n) => builder.incident({ id: `i${n}`, type: i.type, location: `${i.pavilion}-A-1`, at: testDaysAgo(i.age) }));
  return builder.build();
}

const canonical = (findings: Finding[]) => [...findings].sort((a, b) => a.subject.localeCompare(b.subject));
const rank = (f: Finding | undefined) => (f ? SEVERITY_ORDER.indexOf(f.severity) : -1);

describe('incident_escalation properties', () => {
  it('never scores a pavilion lower when one more violent incident happens in it this week', () => {
    fc.assert(
      fc.property(incidents, fc.double({ min: 0, max: 6.9, noNaN: true }), (list, age) => {
        const before = of(incidentEscalation(factsWith(list)), 'LIT-P1');
        const after = of(incidentEscalation(factsWith([...list, { type: 'assault', pavilion: 'LIT-P1', age }])), 'LIT-P1');
        expect(after?.score ?? 0).toBeGreaterThanOrEqual(before?.score ?? 0);
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
    );
  });

  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(incidents, fc.integer({ min: 1 }), (list, seed) => {
        const facts = factsWith(list);
        expect(canonical(incidentEscalation(shuffleFacts(facts, seed)))).toEqual(canonical(incidentEscalation(facts)));
      }),
    );
  });
});
