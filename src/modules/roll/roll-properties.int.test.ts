import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../db/testing/index.ts';
import { AppError } from '../../kernel/errors.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { bundleToCsvTexts, exportBundle, importBundle, readBundle } from '../interchange/index.ts';
import { admitPerson, centreTree, computeRoll, computeRollAt, recordMovement } from './index.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';

const FIXTURE = path.join(import.meta.dirname, '..', 'interchange', 'fixtures', 'estate-small');
const NATIONAL = { caseload: { all: true, centres: [] } };
const context = { actor: SYSTEM_ACTOR };
const CELLS = ['LIT-P1-A-001', 'LIT-P1-A-002', 'LIT-P2-A-001', 'LIT-REC', 'MAC-P1-A-001'];
const TARGETS = [...CELLS, 'LIT', 'MAC'];

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

/** Runs one command through the use cases at a given time; refusals are part of the game. */
async function run(db: TestDatabase, run: number, c: Command, at: Date): Promise<void> {
  const id = `R${String(run).padStart(4, '0')}${c.person}`;
  try {
    if (c.kind === 'admit') {
      await admitPerson(db.db, context, {
        person: { id, nationalId: null, givenNames: 'Prueba', familyNames: `Persona ${id}`, aliases: [], birthDate: null, sex: 'M', nationality: 'ECU' },
        to: c.to, admittedAt: at, arrestedAt: null, commitmentOrder: 'Boleta', issuingAuthority: 'Juez', injuriesOnArrival: null,
        offence: 'theft', maxPenaltyYears: 3, legalStatus: 'pretrial', pretrialSince: at.toISOString().slice(0, 10), sentenceMonths: null, risk: 'low',
      }).catch(async (error: unknown) => {
        // Already registered: admit them again by register number.
        if (error instanceof AppError && error.code === 'PERSON_EXISTS') {
          await admitPerson(db.db, context, {
            person: { id }, to: c.to, admittedAt: at, arrestedAt: null, commitmentOrder: 'Boleta', issuingAuthority: 'Juez', injuriesOnArrival: null,
            offence: 'theft', maxPenaltyYears: 3, legalStatus: 'pretrial', pretrialSince: at.toISOString().slice(0, 10), sentenceMonths: null, risk: 'low',
          });
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
      });
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
  }
}

async function checkInvariants(db: TestDatabase) {
  const roll = await computeRoll(db.db, NATIONAL);
  // The totals are the sum over centres, and each centre's roll the sum over its locations.
  expect(roll.totals.on_roll).toBe(roll.centres.reduce((n, c) => n + c.on_roll, 0));
  for (const centre of roll.centres) {
    const tree = await centreTree(db.db, NATIONAL, centre.code);
    const placed = tree.locations.filter((l) => l.parent === null).reduce((n, l) => n + l.occupancy, 0);
    expect(placed + tree.unplaced, centre.code).toBe(centre.on_roll);
    expect(centre.in + centre.out + centre.unaccounted + centre.en_route).toBe(centre.on_roll);
  }
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

describe('the roll under random movements (property)', () => {
  let db: TestDatabase;
  let runs = 0;
  beforeAll(async () => {
    db = await createTestDatabase();
    const parsed = readBundle(FIXTURE, { language: 'en' });
    await importBundle(db.db, context, parsed.bundle, parsed, { dryRun: false, language: 'en' });
  });
  afterAll(() => db.close());

  it('keeps totals equal to the sum over locations, nobody in two places, the released on no roll, and the past as recorded', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        runs += 1;
        const start = Date.UTC(2026, 0, 1) + runs * 86_400_000;
        const snapshots: { at: Date; roll: Awaited<ReturnType<typeof computeRoll>> }[] = [];
        for (const [i, c] of commands.entries()) {
          await run(db, runs, c, new Date(start + i * 60_000));
          if (i % 4 === 3) snapshots.push({ at: new Date(start + i * 60_000 + 30_000), roll: await computeRoll(db.db, NATIONAL) });
        }
        await checkInvariants(db);
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
      await checkInvariants(fresh);
    } finally {
      await fresh.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
