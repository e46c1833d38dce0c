import { describe, expect, it } from 'vitest';
import { dominantGroup } from '../housing/index.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { LARGE_PAVILION } from './memberships.ts';
import { breachedNonAssociations, designByCentre, pavilionFigures, replayBundle } from './testing.ts';

const NOW = new Date('2026-01-15T12:00:00Z');

describe('the demonstration estate at full size', () => {
  // How long generation takes is a figure of bench/estate.ts, not an assertion here.
  it('holds 35,000 people at the published occupancies', { timeout: 60_000 }, () => {
    const { bundle, warningEpisodes } = generateDemoEstate({ seed: 2026, now: NOW });

    expect(bundle.persons).toHaveLength(35_000);
    expect(bundle.custody).toHaveLength(35_000);
    const pretrial = bundle.custody.filter((c) => c.legalStatus === 'pretrial').length / 35_000;
    expect(pretrial).toBeGreaterThan(0.35);
    expect(pretrial).toBeLessThan(0.39);
    const women = bundle.persons.filter((p) => p.sex === 'F').length / 35_000;
    expect(women).toBeGreaterThan(0.06);
    expect(women).toBeLessThan(0.08);

    const design = designByCentre(bundle);
    const totalDesign = [...design.values()].reduce((a, b) => a + b, 0);
    expect(totalDesign).toBeGreaterThan(24_000);
    expect(totalDesign).toBeLessThan(29_000);
    const admitted = new Map<string, number>();
    for (const c of bundle.custody) admitted.set(c.centre, (admitted.get(c.centre) ?? 0) + 1);
    const occupancy = (centre: string) => (admitted.get(centre) ?? 0) / (design.get(centre) ?? 1);
    expect(occupancy('LIT')).toBeGreaterThan(1.5);
    expect(occupancy('LIT')).toBeLessThan(1.75);
    expect(occupancy('MAC')).toBeGreaterThan(2);
    expect(occupancy('TUR')).toBeGreaterThan(0.35);
    expect(occupancy('TUR')).toBeLessThan(0.55);

    const unplaced = bundle.custody.filter((c) => c.location === null).length;
    expect(unplaced).toBeGreaterThan(10);
    expect(unplaced).toBeLessThan(60);

    const count = (type: string) => bundle.movements.filter((m) => m.type === type).length;
    expect(count('internal_move')).toBeGreaterThan(200);
    expect(count('transfer')).toBeGreaterThan(80);
    expect(count('release')).toBe(50 + warningEpisodes.length);
    expect(replayBundle(bundle).problems).toEqual([]);
    // A year of reports: 280 deaths per 38,693 people (2021), fights and finds by the thousand.
    expect(bundle.deaths).toHaveLength(253);
    expect(bundle.incidents.length).toBeGreaterThan(1500);
    expect(bundle.seizures.length).toBeGreaterThan(1000);

    const affiliated = new Set(bundle.memberships.map((m) => m.person)).size / 35_000;
    expect(affiliated).toBeGreaterThan(0.3);
    expect(affiliated).toBeLessThan(0.37);
    const large = [...pavilionFigures(bundle).values()].filter((f) => f.people >= LARGE_PAVILION);
    expect(large.length).toBeGreaterThan(90);
    expect(large.filter((f) => dominantGroup(f.groups, f.affiliated) === null)).toEqual([]);
    expect(bundle.nonAssociations).toHaveLength(300);
    expect(breachedNonAssociations(bundle)).toEqual([]);
  });
});
