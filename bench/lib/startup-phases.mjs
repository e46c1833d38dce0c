#!/usr/bin/env node
// Runs startup-phases.ts through tsx's loader, as bin/custodia.mjs runs the CLI.
import { register } from 'tsx/esm/api';

register();
await import('./startup-phases.ts');
