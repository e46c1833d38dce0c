import { describe, expect, it } from 'vitest';
import { startOfDay } from './roll-arithmetic.ts';

describe("a centre's day", () => {
  it('starts at local midnight: 05:00 UTC in Guayaquil, 06:00 UTC in the Galápagos', () => {
    expect(startOfDay(new Date('2025-09-22T03:00:00Z'), 'America/Guayaquil').toISOString()).toBe('2025-09-21T05:00:00.000Z');
    expect(startOfDay(new Date('2025-09-22T12:00:00Z'), 'America/Guayaquil').toISOString()).toBe('2025-09-22T05:00:00.000Z');
    expect(startOfDay(new Date('2025-09-22T12:00:00Z'), 'Pacific/Galapagos').toISOString()).toBe('2025-09-22T06:00:00.000Z');
    expect(startOfDay(new Date('2025-09-22T12:00:00Z'), 'UTC').toISOString()).toBe('2025-09-22T00:00:00.000Z');
  });
});
