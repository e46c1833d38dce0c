import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPostgresRun, type TestDatabase, useTestDatabase } from '../../db/testing/index.ts';
import { AppError } from '../../kernel/errors.ts';
import type { NonAssociationLevel } from '../../kernel/vocabulary.ts';
import { findLocations } from '../estate/index.ts';
import { loadStates } from '../roll/index.ts';
import { moveToCell, openNonAssociation, setNonAssociationStatus } from './index.ts';
import { admitInto, buildHousingCentre } from './testing.ts';

const officer = { actor: { id: null, username: 'guia' } };
const director = { actor: { id: null, username: 'director' } };
const CELLS = ['P1-A-1', 'P1-A-2', 'P1-A-3', 'P1-B-1', 'P1-B-2', 'P2-A-1', 'P3-1', 'REC'];
const PEOPLE = 6;

type Command =
  | { kind: 'move'; person: number; cell: string; asDirector: boolean }
  | { kind: 'close'; pair: number };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('move' as const), person: fc.integer({ min: 0, max: PEOPLE - 1 }), cell: fc.constantFrom(...CELLS), asDirector: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('close' as const), pair: fc.integer({ min: 0, max: 3 }) }) },
);
const scenario = fc.record({
  pairs: fc.uniqueArray(
    fc.record({ a: fc.integer({ min: 0, max: PEOPLE - 1 }), b: fc.integer({ min: 0, max: PEOPLE - 1 }), level: fc.constantFrom<NonAssociationLevel>('cell', 'wing', 'pavilion') }),
    { minLength: 1, maxLength: 4, selector: (p) => [Math.min(p.a, p.b), Math.max(p.a, p.b)].join('-') },
  ).filter((pairs) => pairs.every((p) => p.a !== p.b)),
  commands: fc.array(command, { minLength: 4, maxLength: 14 }),
});

/** Where each person is, as the roll says, and the path of that location. */
async function whereIs(db: TestDatabase, people: string[]) {
  const states = await loadStates(db.db, people);
  const codes = [...states.values()].map((s) => s.state.location).filter((c): c is string => c !== null);
  const paths = new Map((await findLocations(db.db, codes)).map((l) => [l.code, l]));
  return new Map(people.map((p) => [p, paths.get(states.get(p)?.state.location ?? '') ?? null]));
}

/** The container a level is about (cell, wing or, without one, pavilion) — as the placement rules define it. */
function container(location: { code: string; path: string }, level: NonAssociationLevel, centre: string): string {
  const chain = location.path.split('/');
  if (level === 'cell') return location.code;
  if (level === 'centre') return centre;
  const pavilion = chain.find((c) => /-P\d$/.test(c)) ?? location.code;
  if (level === 'pavilion') return pavilion;
  return chain.find((c) => /-P\d-[A-Z]$/.test(c)) ?? pavilion;
}

describe(`placement invariants under random moves (${isPostgresRun() ? 'PostgreSQL' : 'PGlite'})`, () => {
  const db = useTestDatabase();

  it('never puts two non-associated people together without an audited override, and never fills a cell beyond its maximum', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ pairs, commands }) => {
        run += 1;
        const centre = `Q${run}`;
        await buildHousingCentre(db.db, centre);
        const people = Array.from({ length: PEOPLE }, (_, i) => `${centre}-X${i}`);
        for (const [i, id] of people.entries()) await admitInto(db.db, id, centre, { risk: i % 2 ? 'low' : 'high' });
        const records: string[] = [];
        for (const p of pairs) {
          const opened = await openNonAssociation(db.db, officer, {
            personA: people[p.a] as string,
            personB: people[p.b] as string,
            roleA: 'other',
            roleB: 'other',
            reason: 'threat',
            level: p.level,
            comment: 'Amenazas entre ambos, prueba de propiedades',
          });
          records.push(opened.id);
        }
        for (const c of commands) {
          try {
            if (c.kind === 'move') {
              // A director overrides whatever may be overridden; an officer cannot.
              await moveToCell(
                db.db,
                c.asDirector ? director : officer,
                {
                  person: people[c.person] as string,
                  cell: `${centre}-${c.cell}`,
                  reasonCode: 'security',
                  comment: 'Prueba',
                  override: c.asDirector ? { reason: 'Autorizado por el director en la prueba' } : null,
                },
                { override: c.asDirector },
              );
            } else if (records[c.pair]) {
              await setNonAssociationStatus(db.db, officer, { id: records[c.pair] as string, status: 'closed', reason: 'Cierre por prueba de propiedades' });
            }
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
          }
          // No cell ever holds more than its maximum.
          const over = await db.raw(`
            select s.location, count(*)::int as n, l.max_capacity
            from stays s join locations l on l.code = s.location
            where s.valid_to is null and s.centre = $1
            group by s.location, l.max_capacity having count(*) > l.max_capacity`, [centre]);
          expect(over).toEqual([]);
        }
        // Every open non-association that holds both people at its level was overridden, and audited.
        const open = await db.raw(`select id, person_a, person_b, level from non_associations where status = 'open' and person_a like $1`, [`${centre}-%`]);
        const where = await whereIs(db, people);
        for (const na of open) {
          const a = where.get(na.person_a as string);
          const b = where.get(na.person_b as string);
          if (!a || !b) continue;
          const level = na.level as NonAssociationLevel;
          if (container(a, level, centre) !== container(b, level, centre)) continue;
          const overrides = await db.raw(
            `select m.id from cell_moves m
             where m.overridden and m.person in ($1, $2)
               and exists (select 1 from jsonb_array_elements(m.blocking) f where f->'params'->>'nonAssociation' = $3)`,
            [na.person_a, na.person_b, na.id],
          );
          expect(overrides.length, `non-association ${String(na.id)} breached without an override`).toBeGreaterThan(0);
          const audited = await db.raw(`select 1 from audit_log where action = 'placement.overridden' and subject_id in ($1, $2)`, [na.person_a, na.person_b]);
          expect(audited.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 12 },
    );
  }, 300_000);
});
