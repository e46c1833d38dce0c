import { describe, expect, it } from 'vitest';
import { LOOKBACK_DAYS } from './facts.ts';
import { leadershipVacuum } from './leadership-vacuum.ts';
import { FactsBuilder, TEST_AT, testDaysAgo } from './testing.ts';

/**
 * A Litoral-like centre: Los Lobos hold pavilion 2 (eight members and their leader Andrade), the
 * leader is released two days before T; `rivalPavilions` of pavilions 1, 3, 4 are held by Los
 * Choneros (twenty members each); pavilion 5 is held by Los Lobos' allies.
 */
function litoral(options: { rivalPavilions?: number; at?: string; release?: boolean; releasedDaysAgo?: number } = {}) {
  const rivalPavilions = options.rivalPavilions ?? 3;
  const b = new FactsBuilder({ at: options.at ?? TEST_AT, centre: { code: 'LIT', name: 'Penitenciaría del Litoral' } });
  for (const n of [1, 2, 3, 4, 5]) b.pavilion(`LIT-P${n}`, { name: `Pabellón ${n}`, wings: 2, cellsPerWing: 4 });
  b.group('G-LOB', 'Los Lobos').group('G-CHO', 'Los Choneros').group('G-TIG', 'Los Tiguerones').rival('G-LOB', 'G-CHO').allied('G-LOB', 'G-TIG');
  b.members('lob', 8, 'G-LOB', { location: 'LIT-P2-A-1' });
  b.person('andrade', { name: 'Andrade Mora, Julio', location: options.release === false ? 'LIT-P2-A-2' : null }).member('andrade', 'G-LOB', 'leader');
  if (options.release !== false) {
    b.departure('andrade', { from: 'LIT-P2-A-2', type: 'release', daysAgo: options.releasedDaysAgo ?? 2 });
  }
  const rivalHeld = ['LIT-P1', 'LIT-P3', 'LIT-P4'].slice(0, rivalPavilions);
  rivalHeld.forEach((p, i) => b.members(`cho${i}-`, 20, 'G-CHO', { location: `${p}-A-1` }));
  b.members('tig', 10, 'G-TIG', { location: 'LIT-P5-A-1' });
  return b;
}

/** The same centre without the released leader on the roll (he is gone), as facts-at builds it. */
function withoutLeaderOnRoll(b: FactsBuilder) {
  const facts = b.build();
  return { ...facts, people: facts.people.filter((p) => p.id !== 'andrade') };
}

describe('leadershipVacuum', () => {
  it('raises a critical vacuum for a leaderless pavilion surrounded by three rival-held pavilions (the Litoral case)', () => {
    const facts = withoutLeaderOnRoll(litoral());
    const [finding, ...rest] = leadershipVacuum(facts);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      type: 'leadership_vacuum',
      centre: 'LIT',
      location: 'LIT-P2',
      subject: 'LIT-P2|G-LOB',
      severity: 'critical',
      since: testDaysAgo(2),
      restricted: true,
    });
    expect(finding?.persons).toEqual(['andrade']);
    expect(finding?.groups).toEqual(['G-LOB', 'G-CHO']);
    const es = finding?.reasons.map((r) => r.es).join(' ') ?? '';
    const en = finding?.reasons.map((r) => r.en).join(' ') ?? '';
    expect(es).toContain('Los Lobos domina Pabellón 2');
    expect(es).toContain('Andrade Mora, Julio, líder de Los Lobos en Pabellón 2, salió en libertad el 11 de noviembre de 2021');
    expect(es).toContain('No queda ningún otro líder de Los Lobos en Pabellón 2');
    expect(es).toContain('Pabellón 1 (Los Choneros, 20 miembros)');
    expect(en).toContain('was released on 11 November 2021');
    expect(en).toContain('Pavilions of Penitenciaría del Litoral held by rivals of Los Lobos');
    for (const code of ['G-LOB', 'G-CHO', 'LIT-P2', 'andrade']) {
      expect(es).not.toContain(code);
      expect(en).not.toContain(code);
    }
    expect(finding?.timeline).toEqual([{ at: testDaysAgo(2), text: expect.objectContaining({ es: expect.stringContaining('salió en libertad') }) }]);
  });

  it('raises nothing while the leader is in the pavilion', () => {
    expect(leadershipVacuum(litoral({ release: false }).build())).toEqual([]);
  });

  it('raises nothing when the pavilion keeps a second leader of the group', () => {
    const b = litoral().person('second', { name: 'Bravo Cedeño, Luis', location: 'LIT-P2-B-1' }).member('second', 'G-LOB', 'leader');
    expect(leadershipVacuum(withoutLeaderOnRoll(b))).toEqual([]);
  });

  it('counts a second leader out at court as present: he comes back tonight', () => {
    const b = litoral().person('second', { location: 'LIT-P2-B-1', state: 'out' }).member('second', 'G-LOB', 'leader');
    expect(leadershipVacuum(withoutLeaderOnRoll(b))).toEqual([]);
  });

  it('does not count a court or hospital trip, or a departure the leader is back from, as a loss', () => {
    const court = litoral({ release: false });
    court.departure('andrade', { from: 'LIT-P2-A-2', type: 'court_out' });
    expect(leadershipVacuum(court.build())).toEqual([]);
    const back = litoral({ release: false });
    back.departure('andrade', { from: 'LIT-P2-A-2', type: 'internal_move', toPavilion: 'LIT-P4', backAtT: true });
    expect(leadershipVacuum(back.build())).toEqual([]);
  });

  it('counts a move to another pavilion as a loss and says where he went', () => {
    const b = litoral({ release: false }).person('andrade', { name: 'Andrade Mora, Julio', location: 'LIT-P5-A-1' });
    b.departure('andrade', { from: 'LIT-P2-A-2', type: 'internal_move', toPavilion: 'LIT-P5' });
    const [finding] = leadershipVacuum(b.build());
    expect(finding?.severity).toBe('critical');
    expect(finding?.reasons.map((r) => r.es).join(' ')).toContain('fue trasladado a Pabellón 5');
  });

  it('is low when the group has no rival in the centre, and lower than with rivals around', () => {
    const alone = withoutLeaderOnRoll(litoral({ rivalPavilions: 0 }));
    const [quiet] = leadershipVacuum(alone);
    expect(quiet?.severity).toBe('low');
    expect(quiet?.groups).toEqual(['G-LOB']);
    expect(quiet?.reasons.map((r) => r.en).join(' ')).toContain('Los Lobos has no rival group present in Penitenciaría del Litoral');
    const [surrounded] = leadershipVacuum(withoutLeaderOnRoll(litoral({ rivalPavilions: 3 })));
    expect(quiet?.score).toBeLessThan(surrounded?.score ?? 0);
  });

  it('grows with each rival-held pavilion: medium or high with one or two, critical with three', () => {
    const scores = [1, 2, 3].map((n) => leadershipVacuum(withoutLeaderOnRoll(litoral({ rivalPavilions: n })))[0]);
    expect(scores.map((f) => f?.severity)).toEqual(['high', 'high', 'critical']);
    expect(scores[0]?.score).toBeLessThan(scores[1]?.score ?? 0);
    expect(scores[1]?.score).toBeLessThan(scores[2]?.score ?? 0);
  });

  it('counts scattered rival members a little when no pavilion is held by rivals', () => {
    const b = litoral({ rivalPavilions: 0 }).members('loose', 2, 'G-CHO', { location: 'LIT-P1-A-1' });
    const [finding] = leadershipVacuum(withoutLeaderOnRoll(b));
    const [alone] = leadershipVacuum(withoutLeaderOnRoll(litoral({ rivalPavilions: 0 })));
    expect(finding?.score).toBeGreaterThan(alone?.score ?? Infinity);
    expect(finding?.groups).toEqual(['G-LOB', 'G-CHO']);
    expect(finding?.reasons.map((r) => r.es).join(' ')).toContain('hay 2 miembros de grupos rivales en el centro: Los Choneros');
  });

  it('is softened, not silenced, by a lieutenant of the group still in the pavilion', () => {
    const b = litoral().person('lt', { name: 'Cuero Vera, Ángel', location: 'LIT-P2-A-3' }).member('lt', 'G-LOB', 'lieutenant');
    const [softened] = leadershipVacuum(withoutLeaderOnRoll(b));
    const [plain] = leadershipVacuum(withoutLeaderOnRoll(litoral()));
    expect(softened?.severity).toBe('critical');
    expect(softened?.score).toBeLessThan(plain?.score ?? 0);
    expect(softened?.persons).toEqual(['andrade', 'lt']);
    expect(softened?.reasons.map((r) => r.es).join(' ')).toContain('Sigue en el pabellón su lugarteniente Cuero Vera, Ángel');
  });

  it('fades with the days since the departure and forgets it after the lookback', () => {
    const score = (days: number) => leadershipVacuum(withoutLeaderOnRoll(litoral({ rivalPavilions: 1, releasedDaysAgo: days })))[0];
    expect(score(1)?.score).toBeGreaterThan(score(10)?.score ?? Infinity);
    expect(score(LOOKBACK_DAYS.departures + 1)).toBeUndefined();
  });

  it('raises nothing for a pavilion no group holds', () => {
    // Four Lobos against four Choneros: nobody holds more than half.
    const b = new FactsBuilder().pavilion('P1').group('G1', 'Los Lobos').rival('G1', 'G2');
    b.members('a', 4, 'G1', { location: 'P1-A-1' }).members('c', 4, 'G2', { location: 'P1-A-2' });
    b.member('boss', 'G1', 'leader').departure('boss', { from: 'P1-A-1' });
    expect(leadershipVacuum(b.build())).toEqual([]);
  });

  it('ignores the departure of a leader of a group that does not hold the pavilion', () => {
    const b = withoutLeaderOnRoll(litoral({ release: false }).member('x', 'G-CHO', 'leader').departure('x', { from: 'LIT-P2-A-3' }));
    expect(leadershipVacuum(b)).toEqual([]);
  });

  it('stays critical every day after the release until a leader of the group is in the pavilion again', () => {
    const release = '2021-11-10T15:00:00.000Z';
    const severities: string[] = [];
    for (let day = 1; day <= 6; day++) {
      const at = new Date(Date.parse(release) + day * 86_400_000).toISOString();
      const b = litoral({ at, release: false }).person('andrade', { name: 'Andrade Mora, Julio', location: null });
      b.departure('andrade', { from: 'LIT-P2-A-2', at: release });
      // On day 5 the group names a new leader in the pavilion.
      if (day >= 5) b.person('new', { location: 'LIT-P2-B-2' }).member('new', 'G-LOB', 'leader');
      const facts = b.build();
      severities.push(leadershipVacuum({ ...facts, people: facts.people.filter((p) => p.id !== 'andrade') })[0]?.severity ?? 'none');
    }
    expect(severities).toEqual(['critical', 'critical', 'critical', 'critical', 'none', 'none']);
  });
});
