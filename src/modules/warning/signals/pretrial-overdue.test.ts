import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, SEVERITY_ORDER } from './common.ts';
import type { CentreFacts, Finding, PersonFacts } from './facts.ts';
import { pretrialOverdue } from './pretrial-overdue.ts';
import { FactsBuilder, shuffleFacts } from './testing.ts';

// T = 2021-11-13T12:00Z, 07:00 on 13 November in Guayaquil.
const TODAY = '2021-11-13';

function centre(): FactsBuilder {
  return new FactsBuilder().pavilion('LIT-P1', { name: 'Pabellón 1' });
}

/** A pretrial person whose limit is `days` days before today (negative: after). */
const pretrial = (builder: FactsBuilder, id: string, daysOver: number, spec: Partial<Pick<PersonFacts, 'name' | 'state'>> = {}) =>
  builder.person(id, { location: 'LIT-P1-A-1', legalStatus: 'pretrial', pretrialSince: '2020-01-01', pretrialLimit: addDays(TODAY, -daysOver), ...spec });

const overdueOf = (facts: CentreFacts) => pretrialOverdue(facts).find((f) => f.subject === 'overdue');
const dueOf = (facts: CentreFacts) => pretrialOverdue(facts).find((f) => f.subject === 'due');

describe('pretrial_overdue', () => {
  it('is silent when every limit is more than a week away', () => {
    const b = centre();
    pretrial(b, 'a', -8);
    pretrial(b, 'b', -200);
    b.person('s', { location: 'LIT-P1-A-1', legalStatus: 'sentenced' });
    expect(pretrialOverdue(b.build())).toEqual([]);
  });

  it('counts a limit as passed from the day after it, in the centre’s time zone', () => {
    expect(overdueOf(pretrial(centre(), 'a', 0).build())).toBeUndefined();
    const facts = pretrial(centre(), 'a', 1, { name: 'Ruiz Pita, Ana' }).build();
    const finding = overdueOf(facts) as Finding;
    expect(finding).toMatchObject({ type: 'pretrial_overdue', location: null, severity: 'low', persons: ['a'], since: '2021-11-13T05:00:00.000Z', restricted: false });
    expect(finding.reasons.map((r) => r.es)).toEqual([
      'En Penitenciaría del Litoral hay 1 persona en prisión preventiva más allá de su plazo legal (COIP art. 541): 1 día de más.',
      'Se trata de Ruiz Pita, Ana (1 día).',
    ]);
    // At 03:00 UTC it is still 12 November in Guayaquil: a limit of 12 November has not passed.
    const early = new FactsBuilder({ at: '2021-11-13T03:00:00.000Z' }).pavilion('LIT-P1').person('a', { legalStatus: 'pretrial', pretrialLimit: '2021-11-12' }).build();
    expect(overdueOf(early)).toBeUndefined();
  });

  it('names the five most overdue and gives the rest as a number, listing everyone in persons', () => {
    const b = centre();
    for (let i = 1; i <= 8; i++) pretrial(b, `p${i}`, i * 10, { name: `Persona ${i}` });
    const finding = overdueOf(b.build()) as Finding;
    expect(finding.persons).toEqual(['p8', 'p7', 'p6', 'p5', 'p4', 'p3', 'p2', 'p1']);
    expect(finding.reasons[1]?.es).toBe('Las más atrasadas: Persona 8 (80 días), Persona 7 (70 días), Persona 6 (60 días), Persona 5 (50 días), Persona 4 (40 días) y 3 personas más.');
    expect(finding.reasons[1]?.en).toBe('The longest overdue: Persona 8 (80 days), Persona 7 (70 days), Persona 6 (60 days), Persona 5 (50 days), Persona 4 (40 days) and 3 more people.');
    expect(finding.since).toBe('2021-08-26T05:00:00.000Z');
    expect(finding.timeline[0]?.text.es).toBe('Vence el plazo de prisión preventiva de Persona 8 (25 de agosto de 2021).');
  });

  it('is medium for five people or one three months over, high when a quarter of the pretrial people are over', () => {
    const severity = (build: (b: FactsBuilder) => void) => {
      const b = centre();
      build(b);
      return overdueOf(b.build())?.severity;
    };
    /** Five people 3 days over among `waiting` others whose limits are far off. */
    const fiveOverAmong = (waiting: number) => (b: FactsBuilder) => {
      for (let i = 0; i < 5; i++) pretrial(b, `o${i}`, 3);
      for (let i = 0; i < waiting; i++) pretrial(b, `w${i}`, -100);
    };
    expect(severity((b) => pretrial(b, 'a', 95))).toBe('medium');
    expect(severity(fiveOverAmong(30))).toBe('medium');
    expect(severity(fiveOverAmong(10))).toBe('high');
  });

  it('leaves out people unaccounted for, and the sentenced', () => {
    const b = centre();
    pretrial(b, 'gone', 40, { state: 'unaccounted' });
    b.person('s', { legalStatus: 'sentenced', pretrialLimit: '2020-01-01' });
    expect(pretrialOverdue(b.build())).toEqual([]);
  });

  it('warns mildly of limits falling due within a week, soonest first', () => {
    const b = centre();
    pretrial(b, 'today', 0, { name: 'Hoy, Ana' });
    pretrial(b, 'later', -6, { name: 'Luego, Eva' });
    pretrial(b, 'far', -7, { name: 'Lejos, Iván' });
    const due = dueOf(b.build()) as Finding;
    expect(due).toMatchObject({ severity: 'low', persons: ['today', 'later'], location: null });
    expect(due.reasons[0]?.en).toBe('At Penitenciaría del Litoral, the pretrial detention limit of 2 people passes in the next 7 days: Hoy, Ana (13 November 2021) and Luego, Eva (19 November 2021).');
  });
});

const overdueDays = fc.array(fc.integer({ min: -30, max: 400 }), { maxLength: 25 });

function factsWith(days: readonly number[]): CentreFacts {
  const b = centre();
  days.forEach((d, i) => pretrial(b, `p${i}`, d, { name: `Persona ${String(i).padStart(2, '0')}` }));
  return b.build();
}

const canonical = (findings: Finding[]) => [...findings].sort((a, b) => a.subject.localeCompare(b.subject));

describe('pretrial_overdue properties', () => {
  it('never scores lower, nor less severe, with one more person held beyond the limit', () => {
    fc.assert(
      fc.property(overdueDays, fc.integer({ min: 1, max: 500 }), (days, extra) => {
        const before = overdueOf(factsWith(days));
        const after = overdueOf(factsWith([...days, extra])) as Finding;
        expect(after.score).toBeGreaterThan(before?.score ?? 0);
        expect(SEVERITY_ORDER.indexOf(after.severity)).toBeGreaterThanOrEqual(before ? SEVERITY_ORDER.indexOf(before.severity) : 0);
      }),
    );
  });

  it('does not depend on the order of the facts', () => {
    fc.assert(
      fc.property(overdueDays, fc.integer({ min: 1 }), (days, seed) => {
        const facts = factsWith(days);
        expect(canonical(pretrialOverdue(shuffleFacts(facts, seed)))).toEqual(canonical(pretrialOverdue(facts)));
      }),
    );
  });
});
