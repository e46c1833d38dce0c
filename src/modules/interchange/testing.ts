import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, expect } from 'vitest';
import type { Database } from '../../db/engine.ts';
import { useTestApp, type TestApp } from '../../server/testing.ts';
import { SYSTEM_ACTOR } from '../audit/index.ts';
import { importBundle } from './import-bundle.ts';
import { readBundle } from './read-bundle.ts';

/** The small fixture estate (Litoral and Machala, a few people in custody), as a folder of CSV files. */
export const SMALL_ESTATE = path.join(import.meta.dirname, 'fixtures', 'estate-small');

/** Incidents, people involved, a death and finds on top of the small fixture estate (its people, its centres). */
export const SMALL_INCIDENTS = path.join(import.meta.dirname, 'fixtures', 'incidents-small');

/** The files of fixture folders, by name (a later folder's file replaces an earlier one's). */
export function filesOf(...dirs: string[]): Record<string, string> {
  return Object.fromEntries(dirs.flatMap((dir) => readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), 'utf8')])));
}

/** The rows of each file of the small fixture estate, as an import or an export counts them. */
export const SMALL_ESTATE_COUNTS = {
  'centres.csv': 2,
  'locations.csv': 13,
  'persons.csv': 5,
  'custody.csv': 4,
  'groups.csv': 4,
  'group_relations.csv': 2,
  'memberships.csv': 4,
  'non_associations.csv': 1,
  'movements.csv': 4,
};

/** Imports the small fixture estate into `db` as the system, failing the test on any import error. */
export async function importSmallEstate(db: Database): Promise<void> {
  const parsed = readBundle(SMALL_ESTATE, { language: 'en' });
  const outcome = await importBundle(db, { actor: SYSTEM_ACTOR }, parsed.bundle, parsed, { dryRun: false, language: 'en' });
  expect(outcome.errors).toEqual([]);
}

/** A fresh test app for each test of the enclosing `describe`, with the small fixture estate imported. */
export function useSmallEstateApp(): TestApp {
  const t = useTestApp({}, 'test');
  beforeEach(() => importSmallEstate(t.db.db));
  return t;
}
