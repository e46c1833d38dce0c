import { describe, expect, it } from 'vitest';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { replayBundle } from './testing.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const { bundle, warningEpisodes } = generateDemoEstate({ seed: 3, people: 6000, now: NOW });
const custodyOf = new Map(bundle.custody.map((c) => [c.person, c]));
const locationByCode = new Map(bundle.locations.map((l) => [l.code, l]));

describe('demo movements', () => {
  it('draws internal moves, transfers and releases in proportion to the people', () => {
    const count = (type: string) => bundle.movements.filter((m) => m.type === type).length;
    expect(count('internal_move')).toBeGreaterThan(35);
    expect(count('transfer')).toBeGreaterThan(10);
    // 50 per 35,000 people, and the leaders released in the warning episodes.
    expect(warningEpisodes.length).toBeGreaterThan(0);
    expect(count('release')).toBe(9 + warningEpisodes.length);
    expect(bundle.movements.every((m) => m.reason !== null && m.reason.length > 0)).toBe(true);
  });

  it('dates every movement after the admission, before now, in time order per person', () => {
    const last = new Map<string, number>();
    for (const movement of bundle.movements) {
      expect(movement.at).toMatch(/Z$/);
      const at = Date.parse(movement.at);
      const custody = custodyOf.get(movement.person);
      expect(custody).toBeDefined();
      expect(at).toBeGreaterThan(Date.parse(custody?.admittedAt ?? ''));
      expect(at).toBeLessThan(NOW.getTime());
      expect(at).toBeGreaterThan(last.get(movement.person) ?? 0);
      last.set(movement.person, at);
    }
    const sorted = [...bundle.movements].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    expect(sorted).toEqual(bundle.movements);
  });

  it('sends moves to cells, transfers to another centre, escapes and releases nowhere, recaptures back to the centre', () => {
    const released = new Set<string>();
    const escapedFrom = new Map<string, string>();
    for (const movement of bundle.movements) {
      expect(released.has(movement.person)).toBe(false);
      if (movement.type === 'escape') {
        expect(movement.to).toBeNull();
        escapedFrom.set(movement.person, custodyOf.get(movement.person)?.centre ?? '');
        continue;
      }
      if (movement.type === 'recapture') {
        expect(escapedFrom.has(movement.person)).toBe(true);
        expect(bundle.centres.some((c) => c.code === movement.to)).toBe(true);
        escapedFrom.delete(movement.person);
        continue;
      }
      if (movement.type === 'release') {
        expect(movement.to).toBeNull();
        released.add(movement.person);
        const custody = custodyOf.get(movement.person);
        expect(custody?.legalStatus).toBe('sentenced');
        expect(Date.parse(custody?.admittedAt ?? '')).toBeLessThan(NOW.getTime() - 3 * 365 * 86_400_000);
        continue;
      }
      expect(locationByCode.get(movement.to ?? '')?.kind).toBe('cell');
    }
  });

  it('keeps every cell within its maximum, and sex and regime separation, at every step', () => {
    const replay = replayBundle(bundle);
    expect(replay.problems).toEqual([]);
    const onRoll = [...replay.roll.values()].reduce((a, b) => a + b, 0);
    expect(onRoll).toBe(bundle.persons.length - bundle.movements.filter((m) => m.type === 'release').length - bundle.deaths.length);
  });

  it('moves people out of overcrowded centres more than into them', () => {
    const transfers = bundle.movements.filter((m) => m.type === 'transfer');
    const fromCrowded = transfers.filter((m) => ['LIT', 'GYE5', 'MAC', 'BAB', 'TUL', 'GYE2', 'SDO'].includes(custodyOf.get(m.person)?.centre ?? ''));
    expect(fromCrowded.length / transfers.length).toBeGreaterThan(0.5);
  });
});
