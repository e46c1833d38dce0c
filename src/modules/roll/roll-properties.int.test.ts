import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { bundleToCsvTexts, exportBundle, importBundle, readBundle } from '../interchange/index.ts';
import { admitPerson, centreTree, computeRoll, computeRollAt, recordMovement, type PlacementGuard } from './index.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const FIXTURE = path.join(import.meta.dirname, '..', 'interchange', 'fixtures', 'estate-small');
const NATIONAL = { caseload: { all: true, centres: [] } };
const context = { actor: SYSTEM_ACTOR };
const CELLS = ['LIT-P1-A-001', 'LIT-P1-A-002', 'LIT-P2-A-001', 'LIT-REC', 'MAC-P1-A-001'];
const TARGETS = [...CELLS, 'LIT', 'MAC'];
const centreOf = (target: string) => target.slice(0, 3);
// The roll's own invariants are under test here, not the placement rules: every cell will do.
const ALLOW_ANY: PlacementGuard = async () => undefined;

type Command =
  | { kind: 'admit'; person: number; to: string }
  | { kind: 'move'; person: number; type: 'release' | 'death' | 'court_out' | 'court_return' | 'hospital_out' | 'hospital_return' | 'escape' | 'transfer_arrival' }
  | { kind: 'moveTo'; person: number; type: 'transfer' | 'internal_move' | 'recapture' | 'transfer_out'; to: string };

const person = fc.integer({ min: 0, max: 5 });
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('admit' as const), person, to: fc.constantFrom(...TARGETS) }),
  fc.record({
    kind: fc.constant('move' as const),
    person,
    type: fc.constantFrom('release', 'death', 'court_out', 'court_return', 'hospital_out', 'hospital_return', 'escape', 'transfer_arrival'),
  }),
  fc.record({ kind: fc.constant('moveTo' as const), person, type: fc.constantFrom('transfer', 'internal_move', 'recapture', 'transfer_out'), to: fc.constantFrom(...TARGETS) }),
);

/** Where the test believes each person is, from the commands the use cases accepted. */
type Model = Map<string, { centre: string; state: 'in' | 'out' | 'unaccounted' | 'en_route'; destination?: string }>;

/** What an accepted command does, written plainly and independently of the roll's code. */
function follow(model: Model, id: string, c: Command): void {
  const now = model.get(id);
  if (c.kind === 'admit') return void model.set(id, { centre: centreOf(c.to), state: 'in' });
  if (!now) throw new Error(`${c.type} of ${id} accepted while not in custody`);
  switch (c.type) {
    case 'release':
    case 'death':
      return void model.delete(id);
    case 'court_out':
    case 'hospital_out':
      return void model.set(id, { centre: now.centre, state: 'out' });
    case 'court_return':
    case 'hospital_return':
    case 'internal_move':
      return void model.set(id, { centre: now.centre, state: 'in' });
    case 'escape':
      return void model.set(id, { centre: now.centre, state: 'unaccounted' });
    case 'transfer':
    case 'recapture':
      return void model.set(id, { centre: centreOf(c.to), state: 'in' });
    case 'transfer_out':
      return void model.set(id, { centre: now.centre, state: 'en_route', destination: centreOf(c.to) });
    case 'transfer_arrival':
      return void model.set(id, { centre: now.destination as string, state: 'in' });
  }
}

/** Runs one command through the use cases at a given time; refusals are part of the game. */
async function run(db: TestDatabase, model: Model, run: number, c: Command, at: Date): Promise<void> {
  const id = `R${String(run).padStart(4, '0')}${c.person}`;
  try {
    if (c.kind === 'admit') {
      await admitPerson(db.db, context, {
        person: { id, nationalId: null, givenNames: 'Prueba', familyNames: `Persona ${id}`, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' },
        to: c.to, admittedAt: at, arrestedAt: null, commitmentOrder: 'Boleta', issuingAuthority: 'Juez', injuriesOnArrival: null,
        offence: 'theft', maxPenaltyYears: 3, legalStatus: 'pretrial', pretrialSince: at.toISOString().slice(0, 10), sentenceMonths: null, risk: 'low',
      }, { guard: ALLOW_ANY }).catch(async (error: unknown) => {
        // Already registered: admit them again by register number.
        if (error instanceof AppError && error.code === 'PERSON_EXISTS') {
          await admitPerson(db.db, context, {
            person: { id }, to: c.to, admittedAt: at, arrestedAt: null, commitmentOrder: 'Boleta', issuingAuthority: 'Juez', injuriesOnArrival: null,
            offence: 'theft', maxPenaltyYears: 3, legalStatus: 'pretrial', pretrialSince: at.toISOString().slice(0, 10), sentenceMonths: null, risk: 'low',
          }, { guard: ALLOW_ANY });
          return;
        }
        throw error;
      });
    } else {
      await recordMovement(db.db, context, {
        person: id,
        type: c.type,
        at,
        to: c.kind === 'moveTo' ? c.to : null,
        reason: c.type === 'release' ? 'sentence_served' : 'prueba',
      }, { guard: ALLOW_ANY });
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return;
  }
  follow(model, id, c);
}

/** The roll's figures per centre as the model has them. */
function expectedFigures(model: Model) {
  const figures = new Map<string, { on_roll: number; in: number; out: number; unaccounted: number; en_route: number }>();
  for (const { centre, state } of model.values()) {
    const f = figures.get(centre) ?? { on_roll: 0, in: 0, out: 0, unaccounted: 0, en_route: 0 };
    f.on_roll += 1;
    f[state] += 1;
    figures.set(centre, f);
  }
  return figures;
}

async function checkInvariants(db: TestDatabase, model: Model) {
  const roll = await computeRoll(db.db, NATIONAL);
  // Each centre's figures are what the accepted commands say, and its roll the sum over its locations.
  const expected = expectedFigures(model);
  for (const centre of roll.centres) {
    const { on_roll, in: inside, out, unaccounted, en_route } = centre;
    expect({ on_roll, in: inside, out, unaccounted, en_route }, centre.code).toEqual(expected.get(centre.code) ?? { on_roll: 0, in: 0, out: 0, unaccounted: 0, en_route: 0 });
    const tree = await centreTree(db.db, NATIONAL, centre.code);
    const placed = tree.locations.filter((l) => l.parent === null).reduce((n, l) => n + l.occupancy, 0);
    expect(placed + tree.unplaced, centre.code).toBe(centre.on_roll);
  }
  expect(roll.totals.on_roll).toBe(model.size);
  // Nobody is in two places; everyone in custody is somewhere; the released and dead nowhere.
  const twice = await db.raw(`select person from stays where valid_to is null group by person having count(*) > 1`);
  expect(twice).toEqual([]);
  const mismatched = await db.raw(`
    select coalesce(s.person, e.person) as person from
      (select person from stays where valid_to is null) s
      full join (select person from custody_episodes where released_at is null) e on e.person = s.person
    where s.person is null or e.person is null`);
  expect(mismatched).toEqual([]);
  const [{ n: onRoll }] = (await db.raw(`select count(*)::int as n from custody_episodes where released_at is null`)) as [{ n: number }];
  expect(roll.totals.on_roll).toBe(onRoll);
}

/** The fixture estate, imported into a fresh database; the model starts with the people it holds. */
async function estate(): Promise<{ db: TestDatabase; model: Model }> {
  const db = await createTestDatabase();
  const parsed = readBundle(FIXTURE, { language: 'en' });
  await importBundle(db.db, context, parsed.bundle, parsed, { dryRun: false, language: 'en' });
  const model: Model = new Map();
  const rows = (await db.raw(`select person, centre, state, destination from stays where valid_to is null`)) as { person: string; centre: string; state: 'in' | 'out' | 'unaccounted' | 'en_route'; destination: string | null }[];
  for (const r of rows) model.set(r.person, { centre: r.centre, state: r.state, ...(r.destination ? { destination: r.destination } : {}) });
  return { db, model };
}

describe('the roll under random movements (property)', () => {
  let db: TestDatabase;
  let model: Model;
  beforeEach(async () => {
    ({ db, model } = await estate());
  });
  afterEach(() => db.close());

  it('keeps each centre\'s figures as the accepted movements say, nobody in two places, the released on no roll, and the past as recorded', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        runs += 1;
        const start = Date.UTC(2026, 0, 1) + runs * 86_400_000;
        const snapshots: { at: Date; roll: Awaited<ReturnType<typeof computeRoll>> }[] = [];
        for (const [i, c] of commands.entries()) {
          await run(db, model, runs, c, new Date(start + i * 60_000));
          if (i % 4 === 3) snapshots.push({ at: new Date(start + i * 60_000 + 30_000), roll: await computeRoll(db.db, NATIONAL) });
        }
        await checkInvariants(db, model);
        // The roll as of a past time equals the roll as it was recorded then.
        const figures = (r: Awaited<ReturnType<typeof computeRoll>>) => r.centres.map(({ arrived_today: _a, left_today: _l, ...rest }) => rest);
        for (const snapshot of snapshots) {
          expect(figures(await computeRollAt(db.db, NATIONAL, snapshot.at))).toEqual(figures(snapshot.roll));
        }
      }),
      { numRuns: 30, seed: 20251109 },
    );
  });

  it('replaying the recorded history through import gives the same state as recording it live', async () => {
    // A history of its own: three sequences of random movements, recorded live.
    const histories = fc.sample(fc.array(command, { minLength: 10, maxLength: 25 }), { numRuns: 3, seed: 20251110 });
    for (const [h, commands] of histories.entries()) {
      const start = Date.UTC(2026, 0, 1) + h * 86_400_000;
      for (const [i, c] of commands.entries()) await run(db, model, h + 1, c, new Date(start + i * 60_000));
    }
    const [{ n: recorded }] = (await db.raw(`select count(*)::int as n from movements where at >= '2026-01-01'`)) as [{ n: number }];
    expect(recorded).toBeGreaterThan(0);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'custodia-replay-'));
    const fresh = await createTestDatabase();
    try {
      for (const [file, text] of Object.entries(bundleToCsvTexts(await exportBundle(db.db)))) writeFileSync(path.join(dir, file), text);
      const parsed = readBundle(dir, { language: 'en' });
      const outcome = await importBundle(fresh.db, context, parsed.bundle, parsed, { dryRun: false, language: 'en' });
      expect(outcome.errors).toEqual([]);
      const now = `select person, centre, location, state, destination from stays where valid_to is null order by person`;
      expect(await fresh.raw(now)).toEqual(await db.raw(now));
      const [a, b] = await Promise.all([computeRoll(db.db, NATIONAL), computeRoll(fresh.db, NATIONAL)]);
      const figures = (r: typeof a) => r.centres.map(({ arrived_today: _a, left_today: _l, ...rest }) => rest);
      expect(figures(b)).toEqual(figures(a));
      await checkInvariants(fresh, model);
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
