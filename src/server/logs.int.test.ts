import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../db/testing/index.ts';
import { reportFailure } from '../cli/context.ts';
import { buildApp, loggerOptions } from './app.ts';
import { loadConfig } from './config.ts';
import { createServices } from './services.ts';

// Personal data a failing write may carry: it must never reach a log line or the terminal.
const NAME = 'Zoila Esperanza Quiñónez';
const ID_NUMBER = '0912345678';
const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$aGFzaGhhc2hoYXNo';

describe('logs of failures', () => {
  const db = useTestDatabase();

  /** A real failed query carrying personal values, as the database answers it. */
  async function failedQuery(): Promise<unknown> {
    try {
      await db.db.execute(sql`select ${NAME}::int, ${ID_NUMBER}::int, ${HASH}::text`);
    } catch (error) {
      return error;
    }
    throw new Error('the query should have failed');
  }

  it('an internal error is logged with codes and frames, without the values of the failed query', async () => {
    const error = await failedQuery();
    expect(String((error as Error).message) + String((error as { cause?: Error }).cause?.message)).toContain(NAME);
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' });
    const app = await buildApp(createServices(db, config), { webRoot: null, logger: { ...(loggerOptions('info') as object), stream } });
    // Public, so the anonymous request reaches the handler (other API routes answer 401 first).
    app.get('/api/v1/test/failing-write', { config: { public: true } }, async () => {
      throw error;
    });
    const response = await app.inject({ method: 'GET', url: `/api/v1/test/failing-write?name=${encodeURIComponent(NAME)}` });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json().error.code).toBe('INTERNAL');
    const log = lines.join('');
    expect(log).toContain('internal error');
    expect(log).toContain('22P02');
    for (const secret of [NAME, 'Zoila', ID_NUMBER, HASH]) expect(log).not.toContain(secret);
    expect(response.body).not.toContain(NAME);
  });

  it('the command line reports an unexpected failure without its values', async () => {
    const error = await failedQuery();
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      expect(reportFailure(error, 'en')).toBe(1);
    } finally {
      spy.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('22P02');
    for (const secret of [NAME, ID_NUMBER, HASH]) expect(text).not.toContain(secret);
  });
});
