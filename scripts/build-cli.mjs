#!/usr/bin/env node
// Compiles the `custodia` command (src/cli/main.ts and everything it imports) into one JavaScript
// file, dist/cli/custodia.mjs, with esbuild. Run by `npm install` through the `prepare` script.
// bin/custodia.mjs runs it while it is newer than every source file it was built from (listed in
// dist/cli/sources.json), and the TypeScript sources through tsx otherwise: a command then starts
// in about 0.8 s instead of 2.
// The packages stay outside the file (imported from node_modules as usual). The file sits two
// folders below the project, like the sources, so the paths they resolve from import.meta.url
// (../../drizzle, ../../web/dist) reach the same folders.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = path.join(root, 'src', 'cli', 'main.ts');
const outfile = path.join(root, 'dist', 'cli', 'custodia.mjs');

if (!existsSync(entry)) {
  console.log('build-cli: no hay fuentes (src/); se omite. / no sources (src/); skipped.');
  process.exit(0);
}

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  console.log('build-cli: esbuild no está instalado; la orden se ejecuta desde las fuentes. / esbuild is not installed; the command runs from the sources.');
  process.exit(0);
}

try {
  mkdirSync(path.dirname(outfile), { recursive: true });
  // Written beside and renamed: a command started meanwhile never reads half a file.
  const partial = path.join(root, 'dist', `.cli-${process.pid}`, 'custodia.mjs');
  const { metafile } = await build({
    metafile: true,
    entryPoints: [entry],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  renameSync(`${partial}.map`, `${outfile}.map`);
  // The project's files it was built from (the packages stay outside it), for bin/custodia.mjs.
  const sources = Object.keys(metafile.inputs).filter((file) => !file.includes('node_modules'));
  writeFileSync(path.join(path.dirname(outfile), 'sources.json'), `${JSON.stringify(sources)}\n`);
  renameSync(partial, outfile);
  rmSync(path.dirname(partial), { recursive: true, force: true });
  console.log(`build-cli: orden compilada en / command compiled to ${path.relative(process.cwd(), outfile) || outfile}`);
} catch (error) {
  console.error('build-cli: error al compilar la orden / the command failed to compile');
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
