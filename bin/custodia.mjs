#!/usr/bin/env node
// The `custodia` command. It runs the compiled file (dist/cli/custodia.mjs, built by
// `npm install`; see scripts/build-cli.mjs) while none of the source files it was built from is
// newer than it, and the TypeScript sources through tsx's loader otherwise, so an edited source
// is never run stale.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const compiled = `${root}dist/cli/custodia.mjs`;

/** Whether the compiled command exists and is newer than every file it was built from. */
function compiledIsFresh() {
  try {
    const builtAt = statSync(compiled).mtimeMs;
    const sources = JSON.parse(readFileSync(`${root}dist/cli/sources.json`, 'utf8'));
    return sources.every((file) => statSync(`${root}${file}`).mtimeMs <= builtAt);
  } catch {
    // Not built, or a source gone: run the sources.
    return false;
  }
}

if (compiledIsFresh()) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
