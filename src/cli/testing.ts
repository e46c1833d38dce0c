import { execFile } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** Helpers for tests that run the `custodia` command line (test files only). */

const run = promisify(execFile);

/** The `custodia` command as a user runs it. */
export const CUSTODIA_BIN = path.resolve(import.meta.dirname, '../../bin/custodia.mjs');

/** What a run of the command gave: its exit code and output. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `custodia args…` in a process of its own, pointed with `--db` at `db` when given, in
 * English and with a clean environment (no DATABASE_URL or language of the shell running the
 * tests) plus `env`. A failing command gives its exit code; it never throws.
 */
export async function runCustodia(args: string[], options: { db?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CUSTODIA_BIN, ...args, ...(options.db === undefined ? [] : ['--db', options.db])], {
      env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), CUSTODIA_ADMIN_PASSWORD: 'cli-admin-password', CUSTODIA_LANG: 'en', ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as CliResult;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
