import { describe, expect, it } from 'vitest';
import { DEATH_CAUSES } from '../../kernel/vocabulary.ts';
import { deathCounts } from './deaths.ts';
import { generateDemoEstate } from './generate-demo-estate.ts';
import { DEATH_CAUSE_SHARES, HOSTAGE_TAKING_CENTRES, REFERENCE_MASSACRES } from './reference-deaths.ts';
import { historyOf } from './testing-history.ts';

const NOW = new Date('2026-01-15T12:00:00Z');
const YEAR_AGO = NOW.getTime() - 365.25 * 86_400_000;
const { bundle } = generateDemoEstate({ seed: 3, people: 6000, now: NOW });
const history = historyOf(bundle);
const incidentById = new Map(bundle.incidents.map((i) => [i.id, i]));
const peopleOf = (id: string) => bundle.incidentPeople.filter((p) => p.incident === id);
const count = (type: string) => bundle.incidents.filter((i) => i.type === type).length;

describe('a year of incidents in the demonstration estate', () => {
  it('is the same for the same seed and now, row for row', () => {
    const again = generateDemoEstate({ seed: 3, people: 6000, now: NOW }).bundle;
    expect(again.incidents).toEqual(bundle.incidents);
    expect(again.incidentPeople).toEqual(bundle.incidentPeople);
    expect(again.deaths).toEqual(bundle.deaths);
    expect(again.seizures).toEqual(bundle.seizures);
    expect(again.movements).toEqual(bundle.movements);
  });

  it('fills the last year with every kind of report, at rates that follow the number of people', () => {
    for (const type of ['fight', 'assault', 'self_harm', 'riot', 'homicide', 'escape', 'attempted_escape', 'weapon_find', 'contraband_find', 'drone', 'hostage_taking', 'protest', 'fire']) {
      expect(count(type), type).toBeGreaterThan(0);
    }
    // 20 per 1,000 people a year (a draw in a pavilion found empty is left out).
    expect(count('fight')).toBeGreaterThan(110);
    expect(count('fight')).toBeLessThanOrEqual(120);
    for (const i of bundle.incidents) {
      expect(Date.parse(i.startedAt)).toBeGreaterThanOrEqual(YEAR_AGO);
      expect(Date.parse(i.endedAt ?? '')).toBeGreaterThanOrEqual(Date.parse(i.startedAt));
      expect(Date.parse(i.endedAt ?? '')).toBeLessThanOrEqual(NOW.getTime());
      expect(i.description.length).toBeGreaterThan(10);
      expect(i.description).not.toMatch(/[A-Z]{2,}-[A-Z0-9]+/); // no location code in the words
    }
    expect(new Set(bundle.incidents.map((i) => i.id)).size).toBe(bundle.incidents.length);
    expect(bundle.incidents[0]?.id).toMatch(/^[A-Z0-9]+-INC-20\d\d-\d{6}$/);
  });

  it('involves only people in custody in that centre, in that pavilion, when it happened', () => {
    for (const p of bundle.incidentPeople) {
      const incident = incidentById.get(p.incident);
      expect(incident).toBeDefined();
      if (!incident) continue;
      const where = history.at(p.person, Date.parse(incident.startedAt));
      expect(where, `${p.person} in ${incident.id}`).not.toBeNull();
      expect(where?.centre).toBe(incident.centre);
      expect(where?.state).toBe('in');
      if (incident.location && where?.cell) expect(history.pavilionOf(where.cell)).toBe(incident.location);
    }
    for (const fight of bundle.incidents.filter((i) => i.type === 'fight' || i.type === 'assault')) {
      expect(new Set(peopleOf(fight.id).map((p) => p.person)).size).toBeGreaterThanOrEqual(2);
      expect(fight.location).not.toBeNull();
    }
  });

  it('gives every escape of the movement history an escape report naming the person as escaped', () => {
    const escapes = bundle.movements.filter((m) => m.type === 'escape');
    expect(escapes.length).toBeGreaterThan(0);
    for (const m of escapes) {
      const reports = bundle.incidentPeople.filter((p) => p.person === m.person && p.role === 'escaped').map((p) => incidentById.get(p.incident));
      const at = Date.parse(m.at);
      expect(reports.some((i) => i?.type === 'escape' && Date.parse(i.startedAt) <= at && at - Date.parse(i.startedAt) < 3_600_000)).toBe(true);
    }
  });

  it('ends custody at each death: nothing recorded for the person after it, and only one death each', () => {
    expect(new Set(bundle.deaths.map((d) => d.person)).size).toBe(bundle.deaths.length);
    const locations = new Map(bundle.locations.map((l) => [l.code, l.centre]));
    for (const death of bundle.deaths) {
      const at = Date.parse(death.at);
      expect(history.lastEvent(death.person)).toBe(at);
      expect(bundle.movements.filter((m) => m.person === death.person && Date.parse(m.at) >= at)).toEqual([]);
      const before = history.at(death.person, at - 1);
      expect(before?.state).toBe('in');
      expect(locations.get(death.location) ?? death.location).toBe(before?.centre);
      for (const p of bundle.incidentPeople.filter((x) => x.person === death.person)) {
        expect(Date.parse(incidentById.get(p.incident)?.startedAt ?? '')).toBeLessThan(at);
      }
    }
  });

  it('draws the causes of death in the proportions of the public figures', () => {
    for (const people of [6000, 35_000]) {
      const counts = deathCounts(people);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      for (const cause of DEATH_CAUSES) expect(Math.abs(counts[cause] / total - DEATH_CAUSE_SHARES[cause]), cause).toBeLessThan(0.02);
    }
    const drawn = deathCounts(6000);
    for (const cause of DEATH_CAUSES) expect(bundle.deaths.filter((d) => d.cause === cause).length, cause).toBe(drawn[cause]);
    expect(bundle.deaths.length).toBe(43); // 280 deaths per 38,693 people in 2021
    expect(deathCounts(35_000).pending + deathCounts(35_000).undetermined).toBeGreaterThan(0);
  });

  it('links the riot deaths to riots in the centres of the reference massacres, and counts each report’s casualties', () => {
    const massacreCentres = new Set(REFERENCE_MASSACRES.map((m) => m.centre));
    const riots = bundle.incidents.filter((i) => i.type === 'riot');
    // The demo's year (to 15 January 2026) covers the massacres of Machala and Esmeraldas of 2025.
    expect(riots.map((r) => `${r.centre} ${r.startedAt.slice(0, 10)}`)).toEqual(expect.arrayContaining(['MAC 2025-09-22', 'ESM 2025-09-25', 'MAC 2025-11-09']));
    for (const riot of riots) {
      expect(massacreCentres.has(riot.centre)).toBe(true);
      expect(riot.deaths).toBeGreaterThan(0);
    }
    for (const incident of bundle.incidents) {
      const dead = bundle.deaths.filter((d) => d.incident === incident.id);
      expect(incident.deaths).toBe(dead.length);
      for (const d of dead) expect(peopleOf(incident.id).some((p) => p.person === d.person && p.role === 'victim')).toBe(true);
      expect(incident.injuries).toBe(peopleOf(incident.id).filter((p) => p.role === 'injured').length);
    }
    // The Machala massacre of 9 November 2025 (31 dead nationally) at this estate's scale, about 6.
    const machala = riots.find((r) => r.centre === 'MAC' && r.startedAt.startsWith('2025-11-09'));
    expect(machala?.deaths).toBe(Math.round((31 * 6000) / 33_000));
    const inRiots = bundle.deaths.filter((d) => d.incident && incidentById.get(d.incident)?.type === 'riot').length;
    expect(inRiots / bundle.deaths.filter((d) => d.cause === 'homicide').length).toBeGreaterThan(0.25);
    for (const h of bundle.incidents.filter((i) => i.type === 'hostage_taking')) expect(HOSTAGE_TAKING_CENTRES).toContain(h.centre);
  });

  it('records finds with positive quantities, on people who were there, some in a report of the find', () => {
    expect(bundle.seizures.length).toBeGreaterThan(100);
    const items = (item: string) => bundle.seizures.filter((s) => s.item === item).length;
    expect(items('phone')).toBeGreaterThan(items('firearm'));
    expect(items('blade')).toBeGreaterThan(items('explosive'));
    for (const s of bundle.seizures) {
      expect(Number.isInteger(s.quantity) && s.quantity > 0).toBe(true);
      if (s.person) expect(history.at(s.person, Date.parse(s.at))?.centre).toBe(s.centre);
      const incident = s.incident ? incidentById.get(s.incident) : null;
      if (s.incident) expect(incident?.centre).toBe(s.centre);
      if (incident) expect(['weapon_find', 'contraband_find', 'drone', 'riot']).toContain(incident.type);
      if (incident?.type === 'contraband_find') expect(['firearm', 'ammunition', 'explosive', 'blade']).not.toContain(s.item);
    }
    expect(bundle.seizures.filter((s) => s.person !== null).length).toBeGreaterThan(10);
    expect(new Set(bundle.seizures.map((s) => s.id)).size).toBe(bundle.seizures.length);
    for (const find of bundle.incidents.filter((i) => i.type === 'weapon_find')) {
      expect(bundle.seizures.some((s) => s.incident === find.id && ['firearm', 'ammunition', 'explosive', 'blade'].includes(s.item))).toBe(true);
    }
  });

  it('draws riots in a year that holds no real massacre, still in the centres that had them', () => {
    const later = generateDemoEstate({ seed: 4, people: 2000, now: new Date('2027-06-01T12:00:00Z') }).bundle;
    const riots = later.incidents.filter((i) => i.type === 'riot');
    expect(riots.length).toBeGreaterThan(0);
    for (const riot of riots) expect(REFERENCE_MASSACRES.map((m) => m.centre)).toContain(riot.centre);
    expect(later.deaths.length).toBe(deathCounts(2000).homicide + deathCounts(2000).natural + deathCounts(2000).self_inflicted + deathCounts(2000).accident + deathCounts(2000).undetermined + deathCounts(2000).pending);
  });
});
