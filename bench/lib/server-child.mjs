#!/usr/bin/env node
// Starts Custodia for a benchmark, loading the TypeScript sources through tsx exactly as
// bin/custodia.mjs does. Prints one line `READY {"url":…,"mode":…,"engine":…}` on stdout.
import { register } from 'tsx/esm/api';

register();
await import('./server-child.ts');
