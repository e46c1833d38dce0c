import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The same server, another database (default: the maintenance database `postgres`). */
export function serverUrl(url: string, database = 'postgres'): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A database name for this run: the configured database's name plus a suffix. */
export function scratchName(url: string, suffix: string): string {
  const base = decodeURIComponent(new URL(url).pathname.slice(1)) || 'custodia';
  return `${base}_${suffix}_${randomBytes(4).toString('hex')}`.toLowerCase().slice(0, 63);
}

async function onServer<T>(server: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseFromTemplate(server: string, name: string, template: string): Promise<void> {
  await onServer(server, async (client) => {
    // Two files copying the template at once can collide; the copy is quick, so try again.
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`create database "${name}" template "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
      }
    }
  });
}

export async function createEmptyDatabase(server: string, name: string): Promise<void> {
  await onServer(server, (client) => client.query(`create database "${name}"`));
}

export async function dropDatabase(server: string, name: string): Promise<void> {
  await onServer(server, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
