import { describe, expect, it } from 'vitest';
import {
  AUTHORITIES,
  CENTRE_SEXES,
  CENTRE_TYPES,
  isOneOf,
  LEGAL_STATUSES,
  LOCATION_KINDS,
  LOCATION_SEXES,
  MOVEMENT_TYPES,
  OFFENCES,
  PERSON_SEXES,
  REGIMES,
  RISK_LEVELS,
  SECURITY_LEVELS,
} from '../../kernel/vocabulary.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { REFERENCE_CENTRES } from './reference-centres.ts';
import { designByCentre } from './testing.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const { bundle, estimatedCapacity } = generateDemoEstate({ seed: 7, people: 3000, now: NOW });
const locationByCode = new Map(bundle.locations.map((l) => [l.code, l]));
const pavilionsOf = (centre: string) => bundle.locations.filter((l) => l.centre === centre && l.kind === 'pavilion');

describe('generateDemoEstate', () => {
  it('gives the same estate for the same seed and now, and other people for another seed', () => {
    const again = generateDemoEstate({ seed: 7, people: 3000, now: NOW });
    expect(again.bundle).toEqual(bundle);
    const other = generateDemoEstate({ seed: 8, people: 3000, now: NOW });
    expect(other.bundle.persons.slice(0, 20)).not.toEqual(bundle.persons.slice(0, 20));
    expect(other.bundle.centres).toEqual(bundle.centres);
  });

  it('keeps the layout whatever the number of people', () => {
    const bigger = generateDemoEstate({ seed: 7, people: 5000, now: NOW });
    expect(bigger.bundle.locations).toEqual(bundle.locations);
  });

  it('has all 23 reference centres with unique upper-case codes', () => {
    expect(bundle.centres).toHaveLength(23);
    expect(bundle.centres.map((c) => c.code).sort()).toEqual(REFERENCE_CENTRES.map((c) => c.code).sort());
    for (const centre of bundle.centres) {
      expect(centre.code).toMatch(/^[A-Z][A-Z0-9]{1,4}$/);
      expect(centre.timezone).toBe('America/Guayaquil');
    }
    const byCode = new Map(bundle.centres.map((c) => [c.code, c]));
    expect(byCode.get('GYE2')?.sex).toBe('F');
    expect(byCode.get('QUI')?.type).toBe('CPPL');
    expect(byCode.get('REG4')?.type).toBe('CRS');
    expect(byCode.get('LIT')?.authority).toBe('military');
    expect(byCode.get('MAC')?.authority).toBe('police');
    expect(byCode.get('LIT')?.name).toBe('Centro de Privación de Libertad Guayas N.º 1 (Penitenciaría del Litoral)');
  });

  it('reports as estimated exactly the centres whose capacity was not published', () => {
    expect(estimatedCapacity.length).toBeGreaterThan(0);
    expect(new Set(estimatedCapacity)).toEqual(new Set(REFERENCE_CENTRES.filter((c) => c.capacity === null).map((c) => c.code)));
  });

  it('builds location trees whose codes start with their centre and whose parents are in the same centre', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const location of bundle.locations) {
      if (seen.has(location.code)) problems.push(`${location.code}: duplicate`);
      seen.add(location.code);
      if (!location.code.startsWith(`${location.centre}-`)) problems.push(`${location.code}: outside ${location.centre}`);
      const isTop = location.kind !== 'wing' && location.kind !== 'cell';
      if (isTop) {
        if (location.parent !== null) problems.push(`${location.code}: a ${location.kind} under ${location.parent}`);
        continue;
      }
      const parent = locationByCode.get(location.parent ?? '');
      if (!parent || !seen.has(parent.code)) problems.push(`${location.code}: parent ${location.parent} missing or after it`);
      else if (parent.centre !== location.centre) problems.push(`${location.code}: parent in ${parent.centre}`);
      else if (parent.kind !== (location.kind === 'wing' ? 'pavilion' : 'wing')) problems.push(`${location.code}: under a ${parent.kind}`);
    }
    expect(problems).toEqual([]);
    for (const centre of bundle.centres) {
      for (const unit of ['REC', 'ISO', 'SAL']) expect(locationByCode.get(`${centre.code}-${unit}`)?.parent).toBeNull();
    }
    expect(locationByCode.get('LIT-P2-A-001')?.name).toBe('Celda 001');
    expect(locationByCode.get('LIT-P2-A')?.name).toBe('Ala A');
    expect(locationByCode.get('LIT-P2')?.name).toBe('Pabellón 2');
    expect(locationByCode.get('LIT-REC')).toMatchObject({ kind: 'reception', name: 'Recepción' });
    expect(locationByCode.get('LIT-ISO')).toMatchObject({ kind: 'isolation', name: 'Aislamiento' });
    expect(locationByCode.get('LIT-SAL')).toMatchObject({ kind: 'health', name: 'Enfermería' });
  });

  it('puts capacities only on beds, in the order design ≤ working ≤ maximum', () => {
    const problems: string[] = [];
    for (const location of bundle.locations) {
      const { designCapacity: design, workingCapacity: working, maxCapacity: max } = location;
      if (location.kind === 'pavilion' || location.kind === 'wing') {
        if (design !== null || working !== null || max !== null) problems.push(`${location.code}: a ${location.kind} with capacities`);
      } else if (design === null || working === null || max === null || !(design > 0 && design <= working && working <= max)) {
        problems.push(`${location.code}: capacities ${design}/${working}/${max}`);
      } else if (location.kind === 'cell' && design > 6) {
        problems.push(`${location.code}: a cell for ${design}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('sizes the cells of each centre close to its published or estimated capacity', () => {
    const design = designByCentre(bundle);
    const cells = new Map<string, number>();
    for (const l of bundle.locations) if (l.kind === 'cell') cells.set(l.centre, (cells.get(l.centre) ?? 0) + (l.designCapacity ?? 0));
    for (const reference of REFERENCE_CENTRES) {
      if (reference.capacity === null) continue;
      expect(Math.abs((cells.get(reference.code) ?? 0) - reference.capacity) / reference.capacity).toBeLessThan(0.1);
      expect(Math.abs((design.get(reference.code) ?? 0) - reference.capacity) / reference.capacity).toBeLessThan(0.1);
    }
  });

  it('gives the Litoral at least 12 pavilions and a minimum one, Machala about six, small centres two to four', () => {
    const lit = pavilionsOf('LIT');
    expect(lit.length).toBeGreaterThanOrEqual(12);
    expect(lit.some((p) => p.name === 'Pabellón de Mínima' && p.security === 'minimum')).toBe(true);
    expect(pavilionsOf('MAC').length).toBeGreaterThanOrEqual(5);
    expect(pavilionsOf('MAC').length).toBeLessThanOrEqual(7);
    for (const code of ['BAB', 'TUL', 'ARC', 'AZO']) {
      expect(pavilionsOf(code).length).toBeGreaterThanOrEqual(2);
      expect(pavilionsOf(code).length).toBeLessThanOrEqual(4);
    }
    for (const pavilion of bundle.locations.filter((l) => l.kind === 'pavilion')) {
      const wings = bundle.locations.filter((l) => l.parent === pavilion.code);
      expect(wings.length).toBeGreaterThanOrEqual(2);
      expect(wings.length).toBeLessThanOrEqual(4);
    }
  });

  it('separates regimes and sexes as the centres require', () => {
    expect(pavilionsOf('QUI').every((p) => p.regime === 'pretrial')).toBe(true);
    expect(pavilionsOf('GYE2').every((p) => p.sex === 'F')).toBe(true);
    expect(pavilionsOf('LIT').every((p) => p.sex === 'M')).toBe(true);
    expect(pavilionsOf('LAT').some((p) => p.sex === 'F')).toBe(true);
    expect(pavilionsOf('LAT').some((p) => p.regime === 'pretrial')).toBe(true);
    expect(pavilionsOf('LAT').some((p) => p.regime === 'sentenced')).toBe(true);
    expect(pavilionsOf('ENC').every((p) => p.security === 'maximum' || p.security === 'special')).toBe(true);
    expect(pavilionsOf('ROCA').every((p) => p.security === 'maximum' || p.security === 'special')).toBe(true);
    const unlike = bundle.locations.filter((l) => {
      const parent = l.kind === 'wing' || l.kind === 'cell' ? locationByCode.get(l.parent ?? '') : undefined;
      return parent !== undefined && (parent.sex !== l.sex || parent.regime !== l.regime || parent.security !== l.security);
    });
    expect(unlike.map((l) => l.code)).toEqual([]);
  });

  it('uses only values from the vocabulary', () => {
    const bad = [
      ...bundle.centres.filter((c) => !isOneOf(CENTRE_TYPES, c.type) || !isOneOf(CENTRE_SEXES, c.sex) || !isOneOf(AUTHORITIES, c.authority)),
      ...bundle.locations.filter(
        (l) => !isOneOf(LOCATION_KINDS, l.kind) || !isOneOf(LOCATION_SEXES, l.sex) || !isOneOf(REGIMES, l.regime) || !isOneOf(SECURITY_LEVELS, l.security),
      ),
      ...bundle.persons.filter((p) => !isOneOf(PERSON_SEXES, p.sex)),
      ...bundle.custody.filter((c) => !isOneOf(LEGAL_STATUSES, c.legalStatus) || !isOneOf(OFFENCES, c.offence) || !isOneOf(RISK_LEVELS, c.risk)),
      ...bundle.movements.filter((m) => !isOneOf(MOVEMENT_TYPES, m.type)),
    ];
    expect(bad).toEqual([]);
  });

  it('numbers every row as its CSV line, the header being line 1', () => {
    for (const rows of Object.values(bundle) as { line: number }[][]) {
      expect(rows.every((row, index) => row.line === index + 2)).toBe(true);
    }
  });
});
