import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../kernel/clock.ts';
import { BUNDLE_FILES, bundleToCsvTexts, parseCsvText, type Bundle } from '../interchange/index.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';

const NOW = new Date('2026-01-15T12:00:00Z');

describe('the demonstration estate as interchange files', () => {
  it('is written and read back row for row, without a single issue', () => {
    const { bundle } = generateDemoEstate({ seed: 5, people: 1000, now: NOW });
    const texts = bundleToCsvTexts(bundle);
    for (const key of Object.keys(BUNDLE_FILES) as (keyof Bundle)[]) {
      const parsed = parseCsvText(texts[BUNDLE_FILES[key]], BUNDLE_FILES[key], { clock: fixedClock(NOW), language: 'es' });
      expect(parsed.issues).toEqual([]);
      expect(parsed.rows).toEqual(bundle[key]);
    }
  });
});
