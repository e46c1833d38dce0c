import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../db/testing/index.ts';
import { systemClock } from '../../kernel/clock.ts';
import { runAudited, SYSTEM_ACTOR } from '../audit/index.ts';
import { insertCentres, insertLocations, type NewLocation } from '../estate/index.ts';
import { insertPersons, openEpisodes } from '../register/index.ts';
import { applyMovements } from '../roll/index.ts';
import { declareEmergency } from './declare-emergency.ts';
import { getEmergency } from './get-emergency.ts';
import { missingPeople, type MissingOptions } from './missing-people.ts';

const CENTRE = 'PGM';
const FAMILY = ['Zambrano', 'Álvarez', 'Alvarez', 'Ortiz', 'Bravo', 'Mera'];
const GIVEN = ['Ana', 'Luis', 'Ángel', 'Carlos', 'Rosa'];
/** 2 wings × 3 cells; 30 people, person i in cell i mod 6; person 7 escaped before the emergency. */
const cells = ['A', 'B'].flatMap((w) => [1, 2, 3].map((c) => `${CENTRE}-P1-${w}-${c}`));
const people = Array.from({ length: 30 }, (_, i) => ({ id: `PGM${String(i).padStart(5, '0')}`, given: GIVEN[i % 5] as string, family: FAMILY[(i * 7) % 6] as string, cell: cells[i % 6] as string }));

const collator = new Intl.Collator('es');
const byName = (a: (typeof people)[number], b: (typeof people)[number]) => collator.compare(a.family, b.family) || collator.compare(a.given, b.given) || (a.id < b.id ? -1 : 1);

/**
 * The missing list is filtered, sorted and paged before names are read (by name in the database):
 * every page must be exactly the slice of the whole list, in alphabetical order ("Álvarez" beside
 * "Alvarez", not after "Zambrano"), under any filter and sort.
 */
describe('the missing list, paged in the database', () => {
  const t = useTestDatabase();
  const viewer = { caseload: { all: false, centres: [CENTRE] } };
  let emergency: string;
  const list = (options: MissingOptions) => missingPeople(t.db, systemClock, viewer, CENTRE, undefined, options);

  beforeAll(async () => {
    const base = { centre: CENTRE, sex: 'M' as const, security: 'medium' as const, regime: 'mixed' as const, designCapacity: null, workingCapacity: null, maxCapacity: null };
    const locations: NewLocation[] = [{ ...base, code: `${CENTRE}-P1`, parent: null, kind: 'pavilion', name: 'Pabellón 1' }];
    for (const w of ['A', 'B']) locations.push({ ...base, code: `${CENTRE}-P1-${w}`, parent: `${CENTRE}-P1`, kind: 'wing', name: `Ala ${w}` });
    for (const cell of cells) locations.push({ ...base, code: cell, parent: cell.slice(0, -2), kind: 'cell', name: cell, designCapacity: 8, workingCapacity: 10, maxCapacity: 14 });
    const admitted = new Date(Date.now() - 86_400_000);
    await runAudited(t.db, { actor: SYSTEM_ACTOR }, async (w) => {
      await insertCentres(w, [{ code: CENTRE, name: 'Centro de prueba', city: 'Quito', province: 'Pichincha', type: 'CPL', sex: 'M', authority: 'snai', timezone: 'America/Guayaquil' }], 'test');
      await insertLocations(w, locations);
      await insertPersons(w, people.map((p) => ({ id: p.id, nationalId: null, givenNames: p.given, familyNames: p.family, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' })));
      const episodes = await openEpisodes(
        w,
        people.map((p) => ({ person: p.id, centre: CENTRE, admittedAt: admitted, offence: 'robbery', maxPenaltyYears: 5, legalStatus: 'sentenced' as const, pretrialSince: null, risk: 'medium' as const })),
        'test',
      );
      await applyMovements(
        w,
        people.map((p, i) => ({ person: p.id, type: 'admission' as const, at: admitted, toCentre: CENTRE, toLocation: p.cell, reason: 'test', episode: episodes[i] as string })),
        'test',
        'unchecked_replay',
      );
      await applyMovements(w, [{ person: 'PGM00007', type: 'escape', at: new Date(admitted.getTime() + 60_000), toCentre: null, toLocation: null, reason: 'Fuga' }], 'test', 'unchecked_replay');
      w.audit({ action: 'import.applied', subjectType: 'test', subjectId: CENTRE });
    });
    emergency = (await declareEmergency(t.db, { actor: SYSTEM_ACTOR }, { centre: CENTRE, kind: 'riot', reason: 'Motín' })).id;
  });

  it('pages the whole list by name, each page the slice of it', async () => {
    const whole = await list({});
    expect(whole.total).toBe(30);
    expect(whole.people.map((p) => p.id)).toEqual([...people].sort(byName).map((p) => p.id));
    const pages = [];
    for (let offset = 0; offset < 30; offset += 7) pages.push(...(await list({ limit: 7, offset })).people.map((p) => p.id));
    expect(pages).toEqual(whole.people.map((p) => p.id));
    expect((await list({ limit: 7, offset: 28 })).people).toHaveLength(2);
    expect((await list({ limit: 5, dir: 'desc' })).people.map((p) => p.family_names)).toEqual(['Zambrano', 'Zambrano', 'Zambrano', 'Zambrano', 'Zambrano']);
  });

  it('filters by wing and sorts by last location, then by name, in either direction', async () => {
    const wing = await list({ location: `${CENTRE}-P1-B`, sort: 'location', limit: 4 });
    expect(wing.total).toBe(15);
    const expected = people.filter((p) => p.cell.includes('-B-')).sort((a, b) => collator.compare(a.cell, b.cell) || byName(a, b));
    expect(wing.people.map((p) => p.id)).toEqual(expected.slice(0, 4).map((p) => p.id));
    const later = await list({ location: `${CENTRE}-P1-B`, sort: 'location', limit: 4, offset: 4 });
    expect(later.people.map((p) => p.id)).toEqual(expected.slice(4, 8).map((p) => p.id));
    const last = await list({ location: `${CENTRE}-P1-B`, sort: 'location', dir: 'desc', limit: 3 });
    expect(last.people.every((p) => p.last_location === `${CENTRE}-P1-B-3`)).toBe(true);
  });

  it('puts the escape (earlier) before the emergency when sorted by since, and finds by name with paging', async () => {
    const first = await list({ sort: 'since', limit: 1 });
    expect(first.people.map((p) => p.id)).toEqual(['PGM00007']);
    const found = await list({ q: 'alvarez', limit: 2 });
    const alvarez = people.filter((p) => /lvarez$/.test(p.family));
    expect(found.total).toBe(alvarez.length);
    expect(found.people).toHaveLength(2);
  });

  it('answers the emergency without its list when the page does not need it', async () => {
    const all = await getEmergency(t.db, viewer, emergency);
    expect(all.people).toHaveLength(29);
    expect(all.counts).toMatchObject({ expected: 29, unverified: 29 });
    const none = await getEmergency(t.db, viewer, emergency, 'none');
    expect(none.people).toEqual([]);
    expect(none.counts).toEqual(all.counts);
    expect((await getEmergency(t.db, viewer, emergency, 'marked')).people).toEqual([]);
  });
});
