import { describe, expect, it } from 'vitest';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { isRealAlias, isRealPersonName } from './names.ts';
import { replayBundle } from './testing.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const YEAR = 365.25 * 86_400_000;
const { bundle } = generateDemoEstate({ seed: 11, people: 3000, now: NOW });
const personById = new Map(bundle.persons.map((p) => [p.id, p]));
const locationByCode = new Map(bundle.locations.map((l) => [l.code, l]));

describe('demo people', () => {
  it('has the number of people asked for, with unique register numbers and national IDs', () => {
    expect(bundle.persons).toHaveLength(3000);
    const ids = new Set(bundle.persons.map((p) => p.id));
    expect(ids.size).toBe(3000);
    for (const id of ids) expect(id).toMatch(/^P\d{7}$/);
    const nationalIds = bundle.persons.flatMap((p) => (p.nationalId === null ? [] : [p.nationalId]));
    expect(new Set(nationalIds).size).toBe(nationalIds.length);
    for (const nationalId of nationalIds) expect(nationalId).toMatch(/^\d{10}$/);
  });

  it('gives every person exactly one custody row, placed only in a cell of their centre, sex and regime', () => {
    const seen = new Map<string, number>();
    for (const c of bundle.custody) seen.set(c.person, (seen.get(c.person) ?? 0) + 1);
    expect(seen.size).toBe(bundle.persons.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const misplaced = bundle.custody.filter((custody) => {
      if (custody.location === null) return false;
      const cell = locationByCode.get(custody.location);
      return (
        cell?.kind !== 'cell' ||
        cell.centre !== custody.centre ||
        cell.sex !== personById.get(custody.person)?.sex ||
        (cell.regime !== 'mixed' && cell.regime !== custody.legalStatus)
      );
    });
    expect(misplaced).toEqual([]);
    const unplaced = bundle.custody.filter((c) => c.location === null);
    expect(unplaced.length).toBeLessThan(30);
  });

  it('never fills a cell beyond its maximum, before or after the movements', () => {
    expect(replayBundle(bundle).problems).toEqual([]);
  });

  it('holds close to 37 % unsentenced, all of them in the provisional centre', () => {
    const pretrial = bundle.custody.filter((c) => c.legalStatus === 'pretrial');
    const share = pretrial.length / bundle.custody.length;
    expect(share).toBeGreaterThan(0.33);
    expect(share).toBeLessThan(0.41);
    expect(bundle.custody.filter((c) => c.centre === 'QUI').every((c) => c.legalStatus === 'pretrial')).toBe(true);
    const wrongSince = bundle.custody.filter((c) => c.pretrialSince !== (c.legalStatus === 'pretrial' ? c.admittedAt.slice(0, 10) : null));
    expect(wrongSince).toEqual([]);
    const overdue = pretrial.filter((c) => {
      const limitDays = (c.maxPenaltyYears ?? 99) <= 5 ? 365 : 548;
      return (NOW.getTime() - Date.parse(`${c.pretrialSince}T00:00:00Z`)) / 86_400_000 > limitDays;
    });
    expect(overdue.length / pretrial.length).toBeGreaterThan(0.08);
    expect(overdue.length / pretrial.length).toBeLessThan(0.3);
  });

  it('keeps women to women’s cells (about 7 %) and high risk mostly in maximum security', () => {
    const women = bundle.persons.filter((p) => p.sex === 'F').length / bundle.persons.length;
    expect(women).toBeGreaterThan(0.05);
    expect(women).toBeLessThan(0.09);
    expect(bundle.custody.filter((c) => c.centre === 'GYE2').every((c) => personById.get(c.person)?.sex === 'F')).toBe(true);
    const risk = (level: string) => bundle.custody.filter((c) => c.risk === level).length / bundle.custody.length;
    expect(risk('high')).toBeGreaterThan(0.1);
    expect(risk('high')).toBeLessThan(0.2);
    expect(risk('maximum')).toBeLessThan(0.06);
    const inMaximum = bundle.custody.filter((c) => c.location !== null && locationByCode.get(c.location)?.security !== 'medium');
    const highShare = (rows: typeof bundle.custody) => rows.filter((c) => c.risk === 'high' || c.risk === 'maximum').length / rows.length;
    expect(highShare(inMaximum.filter((c) => locationByCode.get(c.location ?? '')?.security === 'maximum'))).toBeGreaterThan(0.4);
  });

  it('admits people in the last eight years, adults of 18 to 70, with penalties that suit the offence', () => {
    const problems: string[] = [];
    for (const custody of bundle.custody) {
      const admitted = Date.parse(custody.admittedAt);
      const birth = Date.parse(personById.get(custody.person)?.birthDate ?? '');
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(custody.admittedAt)) problems.push(`${custody.person}: admitted ${custody.admittedAt}`);
      if (!(admitted < NOW.getTime() && admitted > NOW.getTime() - 8.01 * YEAR)) problems.push(`${custody.person}: admitted ${custody.admittedAt}`);
      if ((admitted - birth) / YEAR < 18 || (NOW.getTime() - birth) / YEAR >= 71) problems.push(`${custody.person}: born ${birth}`);
      const penalty = custody.maxPenaltyYears ?? 0;
      const fits =
        (custody.offence !== 'femicide' || penalty === 26) &&
        (custody.offence !== 'theft' || penalty <= 3) &&
        (custody.offence !== 'homicide' || [5, 13, 26].includes(penalty));
      if (!fits) problems.push(`${custody.person}: ${custody.offence} up to ${penalty} years`);
    }
    expect(problems).toEqual([]);
    const offenceShare = (...offences: string[]) => bundle.custody.filter((c) => offences.includes(c.offence)).length / bundle.custody.length;
    expect(offenceShare('drug_trafficking', 'drug_possession')).toBeGreaterThan(0.22);
    expect(offenceShare('robbery')).toBeGreaterThan(0.14);
    expect(offenceShare('homicide')).toBeGreaterThan(0.08);
  });

  it('draws synthetic Spanish names, never those of the real people in the reference', () => {
    const withAlias = bundle.persons.filter((p) => p.aliases.length > 0).length / bundle.persons.length;
    expect(withAlias).toBeGreaterThan(0.25);
    expect(withAlias).toBeLessThan(0.35);
    const odd = bundle.persons.filter(
      (p) =>
        p.givenNames.split(' ').length !== 2 ||
        p.familyNames.split(' ').length !== 2 ||
        isRealPersonName(`${p.givenNames} ${p.familyNames}`) ||
        p.aliases.some(isRealAlias),
    );
    expect(odd).toEqual([]);
    expect(isRealPersonName('José Adolfo Macías Villamar')).toBe(true);
    expect(isRealAlias('fito')).toBe(true);
    const ecuadorian = bundle.persons.filter((p) => p.nationality === 'ECU').length / bundle.persons.length;
    expect(ecuadorian).toBeGreaterThan(0.8);
    expect(new Set(bundle.persons.map((p) => p.nationality))).toEqual(new Set(['ECU', 'COL', 'VEN', 'PER']));
  });
});
