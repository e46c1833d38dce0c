import { describe, expect, it } from 'vitest';
import { rivalColocation } from './rival-colocation.ts';
import { FactsBuilder, TEST_AT, testDaysAgo } from './testing.ts';

/** A centre with pavilions P1 (wings A, B of four cells) and P2; Los Lobos and Los Choneros are rivals, Los Tiguerones allied to Los Lobos. */
function centre() {
  return new FactsBuilder()
    .pavilion('P1', { name: 'Pabellón 1', wings: 2, cellsPerWing: 4 })
    .pavilion('P2', { name: 'Pabellón 2', wings: 2, cellsPerWing: 4 })
    .group('LOB', 'Los Lobos')
    .group('CHO', 'Los Choneros')
    .group('TIG', 'Los Tiguerones')
    .rival('LOB', 'CHO')
    .allied('LOB', 'TIG');
}

describe('rivalColocation', () => {
  it('raises two rival leaders sharing a cell as critical, at the cell only', () => {
    const b = centre()
      .person('a', { name: 'Andrade Mora, Julio', location: 'P1-A-1' })
      .member('a', 'LOB', 'leader')
      .person('c', { name: 'Cedeño Paz, Mario', location: 'P1-A-1' })
      .member('c', 'CHO', 'leader');
    const findings = rivalColocation(b.build());
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ type: 'rival_colocation', centre: 'LIT', location: 'P1-A-1', subject: 'P1-A-1', severity: 'critical', since: TEST_AT, restricted: true });
    expect(findings[0]?.persons).toEqual(['a', 'c']);
    expect(findings[0]?.groups).toEqual(['CHO', 'LOB']);
    expect(findings[0]?.reasons[0]).toEqual({
      es: 'Los Choneros y Los Lobos, grupos rivales, comparten Celda P1-A-1 (Pabellón 1): de Los Choneros, Cedeño Paz, Mario (líder); de Los Lobos, Andrade Mora, Julio (líder).',
      en: 'Los Choneros and Los Lobos, rival groups, share Celda P1-A-1 (Pabellón 1): of Los Choneros, Cedeño Paz, Mario (leader); of Los Lobos, Andrade Mora, Julio (leader).',
    });
  });

  it('weighs roles: two members in a cell are medium, a leader with a rival member high', () => {
    const members = centre().person('a', { location: 'P1-A-1' }).member('a', 'LOB').person('c', { location: 'P1-A-1' }).member('c', 'CHO');
    const withLeader = centre().person('a', { location: 'P1-A-1' }).member('a', 'LOB', 'leader').person('c', { location: 'P1-A-1' }).member('c', 'CHO');
    expect(rivalColocation(members.build()).map((f) => f.severity)).toEqual(['medium']);
    expect(rivalColocation(withLeader.build()).map((f) => f.severity)).toEqual(['high']);
  });

  it('rates a single rival associate in a big pavilion low', () => {
    const b = centre().person('x', { location: 'P1-A-1' }).member('x', 'CHO', 'associate');
    for (let i = 1; i <= 20; i++) b.person(`l${i}`, { location: `P1-B-${(i % 4) + 1}` }).member(`l${i}`, 'LOB');
    const findings = rivalColocation(b.build());
    expect(findings.map((f) => [f.location, f.severity])).toEqual([['P1', 'low']]);
    // Twenty Lobos are not named one by one; the associate is.
    expect(findings[0]?.persons).toEqual(['x']);
    expect(findings[0]?.reasons[0]?.es).toContain('de Los Lobos, 20 miembros');
  });

  it('raises a pavilion where two blocks face each other as well as the cell where two of them share', () => {
    const b = centre();
    b.members('l', 15, 'LOB', { location: 'P1-A-2' }).members('c', 15, 'CHO', { location: 'P1-B-2' });
    b.person('la', { location: 'P1-A-1' }).member('la', 'LOB').person('ca', { location: 'P1-A-1' }).member('ca', 'CHO');
    const findings = rivalColocation(b.build());
    expect(findings.map((f) => f.location)).toEqual(['P1', 'P1-A-1']);
    expect(findings.find((f) => f.location === 'P1')?.severity).toBe('critical');
  });

  it('does not raise the wing or pavilion again for a pair that only shares one cell', () => {
    const b = centre().person('a', { location: 'P1-A-1' }).member('a', 'LOB', 'lieutenant').person('c', { location: 'P1-A-1' }).member('c', 'CHO', 'lieutenant');
    expect(rivalColocation(b.build()).map((f) => f.location)).toEqual(['P1-A-1']);
  });

  it('raises a wing when rivals share it in different cells', () => {
    const b = centre().members('l', 3, 'LOB', { location: 'P1-A-1' }).members('c', 3, 'CHO', { location: 'P1-A-2' });
    const findings = rivalColocation(b.build());
    expect(findings.map((f) => [f.location, f.severity])).toEqual([['P1-A', 'high']]);
  });

  it('ignores allies, people out at court and people of groups with no rival here', () => {
    const b = centre()
      .person('a', { location: 'P1-A-1' })
      .member('a', 'LOB', 'leader')
      .person('t', { location: 'P1-A-1' })
      .member('t', 'TIG', 'leader')
      .person('c', { location: 'P1-A-1', state: 'out' })
      .member('c', 'CHO', 'leader');
    expect(rivalColocation(b.build())).toEqual([]);
  });

  it('counts lower-confidence intelligence for less', () => {
    const confirmed = centre().person('a', { location: 'P1-A-1' }).member('a', 'LOB', 'leader').person('c', { location: 'P1-A-1' }).member('c', 'CHO', 'leader');
    const possible = centre().person('a', { location: 'P1-A-1' }).member('a', 'LOB', 'leader', 'possible').person('c', { location: 'P1-A-1' }).member('c', 'CHO', 'leader');
    expect(rivalColocation(possible.build())[0]?.score).toBeLessThan(rivalColocation(confirmed.build())[0]?.score ?? 0);
  });

  it('dates the finding from the latest known arrival of the people named', () => {
    const b = centre().person('a', { name: 'Andrade Mora, Julio', location: 'P1-A-1' }).member('a', 'LOB', 'leader').person('c', { location: 'P1-A-1' }).member('c', 'CHO', 'leader');
    b.departure('c', { from: 'P2-A-1', type: 'internal_move', toPavilion: 'P1', daysAgo: 3 });
    const [finding] = rivalColocation(b.build());
    expect(finding?.since).toBe(testDaysAgo(3));
    expect(finding?.timeline.map((t) => t.text.es)).toEqual(['Persona c pasó de Pabellón 2 a Pabellón 1 el 10 de noviembre de 2021.', 'Miembros de grupos rivales comparten Celda P1-A-1 (Pabellón 1).']);
  });

  it('sums every rival pair sharing one place', () => {
    const two = centre().person('a', { location: 'P1-A-1' }).member('a', 'LOB').person('c', { location: 'P1-A-1' }).member('c', 'CHO');
    const three = two.rival('TIG', 'CHO').person('t', { location: 'P1-A-1' }).member('t', 'TIG');
    const [finding] = rivalColocation(three.build());
    expect(finding?.reasons).toHaveLength(2);
    expect(finding?.groups).toEqual(['CHO', 'LOB', 'TIG']);
    expect(finding?.score).toBe(20);
  });
});
