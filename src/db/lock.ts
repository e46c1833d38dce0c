import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../kernel/errors.ts';

/**
 * An embedded database is owned by one process: two processes writing one PGlite folder would
 * corrupt it. The lock is a file holding the owner's pid; a lock left by a dead process is taken over.
 */
export interface DirectoryLock {
  release(): void;
}

const LOCK_FILE = 'custodia.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDirectoryLock(dir: string): DirectoryLock {
  const file = path.join(dir, LOCK_FILE);
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number.parseInt(readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
      throw new AppError('DB_LOCKED', { dir, pid: owner });
    }
    writeFileSync(file, String(process.pid));
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      rmSync(file, { force: true });
    },
  };
}
