import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SEVERITY_ORDER } from './common.ts';
import { LOOKBACK_DAYS } from './facts.ts';
import { CRITICAL_RIVAL_PAVILIONS, leadershipVacuum } from './leadership-vacuum.ts';
import { FactsBuilder, shuffleFacts } from './testing.ts';

/**
 * The vacuum's invariants over random centres: pavilion H held by group G (whose leader left in
 * the lookback by any loss), rival-held pavilions around it, scattered rivals, a lieutenant or not.
 */

const LOSS_TYPES = ['release', 'transfer', 'transfer_out', 'internal_move', 'escape', 'death'] as const;

interface Spec {
  holders: number;
  rivalPavilions: { group: 'R1' | 'R2'; members: number }[];
  loose: number;
  lieutenant: boolean;
  secondLeader: boolean;
  daysAgo: number;
  type: (typeof LOSS_TYPES)[number];
  rivalries: boolean;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  holders: fc.integer({ min: 3, max: 15 }),
  rivalPavilions: fc.array(fc.record({ group: fc.constantFrom('R1' as const, 'R2' as const), members: fc.integer({ min: 3, max: 60 }) }), { maxLength: 5 }),
  loose: fc.integer({ min: 0, max: 6 }),
  lieutenant: fc.boolean(),
  secondLeader: fc.boolean(),
  daysAgo: fc.double({ min: 0, max: LOOKBACK_DAYS.departures - 0.01, noNaN: true }),
  type: fc.constantFrom(...LOSS_TYPES),
  rivalries: fc.boolean(),
});

/** `extra`: the departure at a fixed instant, the leader back at T, a new leader (heir) in the pavilion. */
function build(s: Spec, extra: { departureAt?: string; backAtT?: boolean; heir?: boolean } = {}) {
  const b = new FactsBuilder().pavilion('H', { name: 'Pabellón Norte' }).pavilion('N', { name: 'Pabellón Neutral' }).pavilion('Z', { name: 'Pabellón Z' });
  b.group('G', 'Los Lobos').group('R1', 'Los Choneros').group('R2', 'Los Fatales').group('A', 'Los Aliados').allied('G', 'A');
  if (s.rivalries) b.rival('G', 'R1').rival('G', 'R2');
  b.members('g', s.holders, 'G', { location: 'H-A-1' });
  b.members('a', 8, 'A', { location: 'N-A-1' });
  b.members('loose', s.loose, 'R1', { location: 'N-A-2' });
  s.rivalPavilions.forEach((r, i) => {
    b.pavilion(`R${i}`, { name: `Pabellón Rival ${i}` });
    b.members(`r${i}-`, r.members, r.group, { location: `R${i}-A-1` });
  });
  if (s.lieutenant) b.person('lt', { location: 'H-A-2' }).member('lt', 'G', 'lieutenant');
  if (s.secondLeader) b.person('second', { location: 'H-A-3' }).member('second', 'G', 'leader');
  if (s.type === 'internal_move') b.person('boss', { location: 'Z-A-1' });
  if (extra.heir) b.person('heir', { location: 'H-A-1' }).member('heir', 'G', 'leader');
  b.member('boss', 'G', 'leader').departure('boss', {
    from: 'H-A-4',
    type: s.type,
    daysAgo: s.daysAgo,
    ...(extra.departureAt ? { at: extra.departureAt } : {}),
    backAtT: extra.backAtT ?? false,
    toPavilion: s.type === 'internal_move' ? 'Z' : null,
  });
  return b;
}

const vacuumAt = (facts: ReturnType<FactsBuilder['build']>) => leadershipVacuum(facts).find((f) => f.location === 'H');
const rank = (severity: string | undefined) => SEVERITY_ORDER.indexOf(severity as (typeof SEVERITY_ORDER)[number]);

describe('leadershipVacuum properties', () => {
  it('raises a vacuum for the held pavilion exactly when no other leader of the group remains', () => {
    fc.assert(
      fc.property(spec, (s) => {
        expect(vacuumAt(build(s).build()) !== undefined).toBe(!s.secondLeader);
      }),
    );
  });

  it('never lowers the score or severity when one more pavilion is held by rivals', () => {
    fc.assert(
      fc.property(spec, fc.integer({ min: 3, max: 60 }), fc.constantFrom('R1' as const, 'R2' as const), (s, members, group) => {
        const base = { ...s, secondLeader: false };
        const before = vacuumAt(build(base).build());
        const after = vacuumAt(build({ ...base, rivalPavilions: [...s.rivalPavilions, { group, members }] }).build());
        expect(after?.score ?? 0).toBeGreaterThanOrEqual(before?.score ?? 0);
        expect(rank(after?.severity)).toBeGreaterThanOrEqual(rank(before?.severity));
        if (s.rivalries) expect(after?.score ?? 0).toBeGreaterThan(before?.score ?? 0);
      }),
    );
  });

  it('scores a group with no rival in the centre lower than the same group surrounded by rivals', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const base = { ...s, secondLeader: false, rivalPavilions: s.rivalPavilions.length ? s.rivalPavilions : [{ group: 'R1' as const, members: 10 }] };
        const alone = vacuumAt(build({ ...base, rivalries: false }).build());
        const surrounded = vacuumAt(build({ ...base, rivalries: true }).build());
        expect(alone?.score ?? Infinity).toBeLessThan(surrounded?.score ?? 0);
        expect(alone?.severity).toBe('low');
      }),
    );
  });

  it('is critical whenever at least three pavilions are held by the group’s rivals', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const finding = vacuumAt(build({ ...s, secondLeader: false, rivalries: true }).build());
        if (s.rivalPavilions.length >= CRITICAL_RIVAL_PAVILIONS) expect(finding?.severity).toBe('critical');
        else expect(finding?.severity).not.toBe(undefined);
      }),
    );
  });

  it('stays critical day after day until a leader of the group is in the pavilion again', () => {
    fc.assert(
      fc.property(
        spec,
        fc.integer({ min: 3, max: 5 }),
        fc.integer({ min: 1, max: LOOKBACK_DAYS.departures - 1 }),
        fc.boolean(),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (s, rivals, returnDay, sameLeader, hour) => {
          const release = new Date(Date.parse('2021-11-10T00:00:00.000Z') + hour * 86_400_000).toISOString();
          const base: Spec = { ...s, secondLeader: false, rivalries: true, type: 'release', rivalPavilions: Array.from({ length: rivals }, (_, i) => ({ group: i % 2 ? 'R2' : 'R1', members: 10 + i })) };
          for (let day = 1; day < LOOKBACK_DAYS.departures; day++) {
            const at = new Date(Date.parse(release) + day * 86_400_000).toISOString();
            const back = day >= returnDay;
            const finding = vacuumAt(build(base, { departureAt: release, backAtT: back && sameLeader, heir: back && !sameLeader }).atTime(at).build());
            expect(finding?.severity).toBe(back ? undefined : 'critical');
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not depend on the order of the facts’ lists', () => {
    fc.assert(
      fc.property(spec, fc.integer(), (s, seed) => {
        const facts = build(s).build();
        expect(leadershipVacuum(shuffleFacts(facts, seed))).toEqual(leadershipVacuum(facts));
      }),
    );
  });

  it('is quiet on an estate with no groups', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const facts = build(s).build();
        expect(leadershipVacuum({ ...facts, groups: [], relations: [], memberships: [], departures: facts.departures.map((d) => ({ ...d, memberships: [] })) })).toEqual([]);
      }),
    );
  });
});
