// Every module's error codes, as the server and the CLI load them through the modules' index.ts,
// so a unit test of one file can read the message of a code another module owns.
import { readdirSync, existsSync } from 'node:fs';

await import(new URL('../../src/db/errors.ts', import.meta.url).href);
const modules = new URL('../../src/modules/', import.meta.url);
for (const name of readdirSync(modules)) {
  const file = new URL(`${name}/errors.ts`, modules);
  if (existsSync(file)) await import(file.href);
}
