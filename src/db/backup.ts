import { spawn } from 'node:child_process';
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../kernel/errors.ts';
import './errors.ts';
import { createPglite, isPostgresUrl, redactUrl, type Engine } from './engine.ts';
import { acquireDirectoryLock } from './lock.ts';

/**
 * Backups that bring everything back — users, the audit log, every history, the cells' status —
 * as opposed to the CSV export, which is an interchange format. On the embedded engine a backup
 * is a consistent copy of the data folder (PGlite's own dump, gzip tar), taken while no server
 * holds the folder; on PostgreSQL it is `pg_dump`'s custom format, taken from a running server.
 */

/** What a backup file holds, from its first bytes. */
export type BackupKind = 'pglite' | 'postgresql';

export interface BackupResult {
  engine: Engine;
  file: string;
  bytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b];
const PG_DUMP_MAGIC = 'PGDMP';

export function backupKindOf(file: string): BackupKind | null {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    const read = readSync(fd, head, 0, head.length, 0);
    if (read >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1]) return 'pglite';
    if (read >= 5 && head.toString('latin1') === PG_DUMP_MAGIC) return 'postgresql';
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Flushes the finished `temporary` file to disk, then gives it the name `file` durably. */
function publishDurably(temporary: string, file: string): void {
  flush(temporary, 'r+');
  renameSync(temporary, file);
  flush(path.dirname(path.resolve(file)), 'r');
}

function flush(target: string, flags: 'r' | 'r+'): void {
  const fd = openSync(target, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes `data` to `file` through a temporary file, flushed to disk before it takes the name. */
function writeDurably(file: string, data: Uint8Array): void {
  const temporary = `${file}.partial`;
  writeFileSync(temporary, data);
  publishDurably(temporary, file);
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => reject(new AppError('BACKUP_TOOL_FAILED', { tool: command, detail: error.message })));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new AppError('BACKUP_TOOL_FAILED', { tool: command, detail: stderr.trim().split('\n').slice(-3).join(' ') }));
    });
  });
}

/** Backs up the database at `target` (a folder or a postgres:// URL) into `file`. */
export async function backupDatabase(target: string, file: string): Promise<BackupResult> {
  if (existsSync(file)) throw new AppError('BACKUP_FILE_EXISTS', { file }, 'file');
  if (isPostgresUrl(target)) {
    const temporary = `${file}.partial`;
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${temporary}`, `--dbname=${target}`]);
    publishDurably(temporary, file);
    return { engine: 'postgresql', file, bytes: statSync(file).size };
  }
  const dir = path.resolve(target);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new AppError('BACKUP_NO_DATABASE', { target: dir }, 'db');
  const lock = acquireDirectoryLock(dir);
  try {
    const client = await createPglite({ dataDir: dir });
    try {
      const dump = await client.dumpDataDir('gzip');
      writeDurably(file, new Uint8Array(await dump.arrayBuffer()));
    } finally {
      await client.close();
    }
  } finally {
    lock.release();
  }
  return { engine: 'pglite', file, bytes: statSync(file).size };
}

async function isEmptyPostgres(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    return (result.rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores `file` into `target`, which must be empty: a folder that does not exist yet (or is
 * empty) on the embedded engine, a database without tables on PostgreSQL. Nothing is overwritten.
 */
export async function restoreDatabase(file: string, target: string): Promise<{ engine: Engine }> {
  if (!existsSync(file)) throw new AppError('BACKUP_FILE_MISSING', { file }, 'file');
  const kind = backupKindOf(file);
  const wanted: BackupKind = isPostgresUrl(target) ? 'postgresql' : 'pglite';
  if (kind === null) throw new AppError('BACKUP_FILE_UNKNOWN', { file }, 'file');
  if (kind !== wanted) throw new AppError('BACKUP_ENGINE_MISMATCH', { file, kind, wanted }, 'file');
  if (wanted === 'postgresql') {
    if (!(await isEmptyPostgres(target))) throw new AppError('BACKUP_TARGET_NOT_EMPTY', { target: redactUrl(target) }, 'db');
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${target}`, file]);
    return { engine: 'postgresql' };
  }
  const dir = path.resolve(target);
  if (existsSync(dir) && readdirSync(dir).length > 0) throw new AppError('BACKUP_TARGET_NOT_EMPTY', { target: dir }, 'db');
  try {
    const client = await createPglite({ dataDir: dir, loadDataDir: new Blob([readFileSync(file)]) });
    await client.close();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { engine: 'pglite' };
}
