#!/usr/bin/env node
// The `custodia` command. It runs the compiled file (dist/cli/custodia.mjs, built by
// `npm install`; see scripts/build-cli.mjs) while no source file is newer than it, and the
// TypeScript sources through tsx's loader otherwise, so an edited source is never run stale.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/cli/custodia.mjs', import.meta.url));
const sources = fileURLToPath(new URL('../src/', import.meta.url));

function compiledAt() {
  try {
    return statSync(compiled).mtimeMs;
  } catch {
    return null;
  }
}

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(`${file}/`));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

const builtAt = compiledAt();
if (builtAt !== null && newestSource(sources) <= builtAt) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
