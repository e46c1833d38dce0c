import { describe, expect, it } from 'vitest';
import { nonAssociationBreach } from './non-association-breach.ts';
import { FactsBuilder, TEST_AT, testDaysAgo } from './testing.ts';

/** A centre with pavilion P1 (wings A, B), P2 (one wing) and P3 (cells straight under the pavilion); Andrade and Cedeño are to be kept apart. */
function centre() {
  return new FactsBuilder()
    .pavilion('P1', { name: 'Pabellón 1', wings: 2, cellsPerWing: 3 })
    .pavilion('P2', { name: 'Pabellón 2', wings: 1, cellsPerWing: 3 })
    .pavilion('P3', { name: 'Pabellón 3', wings: 0, cellsPerWing: 3 });
}

function pair(a: string, c: string, options: { stateC?: 'in' | 'out' } = {}) {
  return centre().person('a', { name: 'Andrade Mora, Julio', location: a }).person('c', { name: 'Cedeño Paz, Mario', location: c, state: options.stateC ?? 'in' });
}

describe('nonAssociationBreach', () => {
  it('raises a critical breach for two people kept apart for violence found in one cell, naming both and the cell', () => {
    const facts = pair('P1-A-1', 'P1-A-1').nonAssociation('na-7', 'a', 'c', { level: 'cell', reason: 'violence', since: '2021-11-03T15:00:00.000Z' }).build();
    const findings = nonAssociationBreach(facts);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      type: 'non_association_breach',
      centre: 'LIT',
      location: 'P1-A-1',
      subject: 'na-7',
      severity: 'critical',
      since: '2021-11-03T15:00:00.000Z',
      persons: ['a', 'c'],
      groups: [],
      restricted: true,
    });
    expect(findings[0]?.reasons).toEqual([
      {
        es: 'Andrade Mora, Julio y Cedeño Paz, Mario no deben compartir celda por violencia entre ellos (registrado el 3 de noviembre de 2021), pero ambos están en Celda P1-A-1 (Pabellón 1).',
        en: 'Andrade Mora, Julio and Cedeño Paz, Mario must not share a cell because of violence between them (recorded on 3 November 2021), but both are in Celda P1-A-1 (Pabellón 1).',
      },
    ]);
  });

  it('raises nothing when they are apart at the level of the non-association', () => {
    expect(nonAssociationBreach(pair('P1-A-1', 'P1-A-2').nonAssociation('n', 'a', 'c', { level: 'cell' }).build())).toEqual([]);
    expect(nonAssociationBreach(pair('P1-A-1', 'P1-B-1').nonAssociation('n', 'a', 'c', { level: 'wing' }).build())).toEqual([]);
    expect(nonAssociationBreach(pair('P1-A-1', 'P2-A-1').nonAssociation('n', 'a', 'c', { level: 'pavilion' }).build())).toEqual([]);
  });

  it('raises a pavilion-level breach at the pavilion they share', () => {
    const [finding] = nonAssociationBreach(pair('P1-A-1', 'P1-B-3').nonAssociation('n', 'a', 'c', { level: 'pavilion', reason: 'threat' }).build());
    expect(finding).toMatchObject({ location: 'P1', severity: 'high' });
    expect(finding?.reasons[0]?.en).toContain('but both are in Pabellón 1.');
  });

  it('raises a centre-level breach with no location when they are in different pavilions', () => {
    const [finding] = nonAssociationBreach(pair('P1-A-1', 'P2-A-1').nonAssociation('n', 'a', 'c', { level: 'centre', reason: 'witness' }).build());
    expect(finding).toMatchObject({ location: null, severity: 'medium' });
    expect(finding?.reasons[0]?.es).toContain('pero ambos están en Penitenciaría del Litoral');
  });

  it('treats a pavilion without wings as one wing, as the placement check does', () => {
    const [finding] = nonAssociationBreach(pair('P3-1', 'P3-2').nonAssociation('n', 'a', 'c', { level: 'wing' }).build());
    expect(finding?.location).toBe('P3');
  });

  it('does not count someone out at court or unplaced people at cell level', () => {
    expect(nonAssociationBreach(pair('P1-A-1', 'P1-A-1', { stateC: 'out' }).nonAssociation('n', 'a', 'c', { level: 'centre' }).build())).toEqual([]);
    const unplaced = centre().person('a').person('c').nonAssociation('n', 'a', 'c', { level: 'cell' }).build();
    expect(nonAssociationBreach(unplaced)).toEqual([]);
  });

  it('is worse for violence than for a legal request, and worse in one cell than across a pavilion', () => {
    const score = (a: string, c: string, reason: string) => nonAssociationBreach(pair(a, c).nonAssociation('n', 'a', 'c', { level: 'pavilion', reason }).build())[0]?.score ?? 0;
    expect(score('P1-A-1', 'P1-B-1', 'violence')).toBeGreaterThan(score('P1-A-1', 'P1-B-1', 'legal_request'));
    expect(score('P1-A-1', 'P1-A-1', 'other')).toBeGreaterThan(score('P1-A-1', 'P1-A-2', 'other'));
    expect(score('P1-A-1', 'P1-A-2', 'other')).toBeGreaterThan(score('P1-A-1', 'P1-B-2', 'other'));
  });

  it('words an unknown reason as other reasons', () => {
    const [finding] = nonAssociationBreach(pair('P1-A-1', 'P1-A-1').nonAssociation('n', 'a', 'c', { level: 'cell', reason: 'something' }).build());
    expect(finding?.reasons[0]?.es).toContain('por otros motivos');
    expect(finding?.severity).toBe('high');
  });

  it('dates the breach from a move that brought them together after it was recorded', () => {
    const b = pair('P1-A-1', 'P1-A-2').nonAssociation('n', 'a', 'c', { level: 'pavilion', since: testDaysAgo(20) });
    b.departure('c', { from: 'P2-A-1', type: 'internal_move', toPavilion: 'P1', daysAgo: 1 });
    const [finding] = nonAssociationBreach(b.build());
    expect(finding?.since).toBe(testDaysAgo(1));
    expect(finding?.timeline.map((t) => t.at)).toEqual([testDaysAgo(20), testDaysAgo(1)]);
    expect(finding?.timeline[1]?.text.es).toBe('Cedeño Paz, Mario pasa a Pabellón 1 el 12 de noviembre de 2021.');
    expect(TEST_AT > (finding?.since ?? '')).toBe(true);
  });
});
