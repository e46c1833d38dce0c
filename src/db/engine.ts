import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDirectoryLock, type DirectoryLock } from './lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
/** The database as the modules see it, whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** An open transaction. */
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or a transaction. */
export type Queryable = Database | Transaction;

export type Engine = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Database;
  engine: Engine;
  /** The folder or URL (without password) the database lives at. */
  location: string;
  /** Applies every migration not yet applied. Safe to call at every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 7284001;

export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/** Removes the password from a connection URL, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(invalid URL)';
  }
}

/**
 * Opens the database at `target`: a `postgres://` URL for PostgreSQL, anything else is the
 * folder of an embedded (PGlite) database, created if missing and locked to this process.
 */
export async function openDatabase(target: string): Promise<DatabaseHandle> {
  if (isPostgresUrl(target)) return openPostgres(target);
  const dir = path.resolve(target);
  mkdirSync(dir, { recursive: true });
  const lock = acquireDirectoryLock(dir);
  try {
    const client = await createPglite({ dataDir: dir });
    return wrapPglite(client, dir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** A PGlite instance with the extensions the migrations use (a folder, a loaded dump, or memory). */
export function createPglite(options: { dataDir?: string; loadDataDir?: Blob } = {}): Promise<PGlite> {
  return PGlite.create({ ...options, extensions: { pg_trgm } });
}

/** Wraps an open PGlite client (a folder, or in memory for tests). */
export function wrapPglite(client: PGlite, location: string, lock?: DirectoryLock): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    engine: 'pglite',
    location,
    async migrate() {
      await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER });
    },
    async close() {
      await client.close();
      lock?.release();
    },
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  let closing = false;
  // An idle connection that the server drops (restart, failover) emits an error on the pool;
  // unhandled, it would end the process. The pool replaces the connection on next use.
  pool.on('error', (error) => {
    if (!closing) process.stderr.write(`PostgreSQL: idle connection lost: ${error.message}\n`);
  });
  // Fail now, with a clear message, rather than at the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return {
    db,
    engine: 'postgresql',
    location: redactUrl(url),
    async migrate() {
      // Two servers starting together must not both migrate: one session holds an advisory
      // lock and runs the migrations on that same connection.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    async close() {
      closing = true;
      await pool.end();
    },
  };
}

interface JournalEntry {
  idx: number;
  tag: string;
}

let journal: JournalEntry[] | undefined;

/** The migrations shipped with this build; read once. */
function readJournal(): JournalEntry[] {
  if (journal) return journal;
  const file = path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json');
  journal = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries : [];
  return journal;
}

export interface MigrationStatus {
  applied: number;
  available: number;
  /** The tag of the last applied migration, e.g. `0001_audit_immutable`; null on an empty database. */
  version: string | null;
}

export async function migrationStatus(db: Queryable): Promise<MigrationStatus> {
  const journal = readJournal();
  const exists = (await db.execute(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  )) as { rows: { present: boolean }[] };
  let applied = 0;
  if (exists.rows[0]?.present) {
    const counted = (await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`)) as {
      rows: { n: number }[];
    };
    applied = counted.rows[0]?.n ?? 0;
  }
  return {
    applied,
    available: journal.length,
    version: applied > 0 ? (journal[applied - 1]?.tag ?? null) : null,
  };
}
