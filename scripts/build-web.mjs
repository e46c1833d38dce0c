#!/usr/bin/env node
// Builds the web app (web/ → web/dist) with Vite. Run by `npm install` through the `prepare` script.
// Where the web sources are absent (a trimmed copy of the package), it says so and does nothing.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../web/', import.meta.url));
const configFile = path.join(webDir, 'vite.config.ts');

if (!existsSync(configFile) || !existsSync(path.join(webDir, 'index.html'))) {
  console.log('build-web: no hay fuentes de la aplicación web (web/); se omite. / no web sources (web/); skipped.');
  process.exit(0);
}

let build;
try {
  ({ build } = await import('vite'));
} catch {
  console.log('build-web: Vite no está instalado; se omite (el servidor la construirá al arrancar). / Vite is not installed; skipped (the server builds it on start).');
  process.exit(0);
}

try {
  await build({ configFile, logLevel: 'warn' });
  console.log(`build-web: aplicación web construida en / web app built in ${path.relative(process.cwd(), path.join(webDir, 'dist')) || '.'}`);
} catch (error) {
  console.error('build-web: error al construir la aplicación web / the web app failed to build');
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
