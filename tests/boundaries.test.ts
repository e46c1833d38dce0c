import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

// The module boundaries of .dependency-cruiser.cjs, tried on a small tree with one planted
// violation per rule: a rule that no longer catches its violation fails here.
const require = createRequire(import.meta.url);
const config = require('../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] };

const PLANTED: Record<string, string> = {
  'src/db/engine.ts': 'export const db = 1;\n',
  'src/server/app.ts': 'export const app = 1;\n',
  'src/kernel/clock.ts': 'export const clock = 1;\n',
  'src/modules/alpha/index.ts': "export { rule } from './placement-rules.ts';\n",
  'src/modules/alpha/repository.ts': 'export const rows = 1;\n',
  'src/modules/alpha/testing.ts': 'export const factory = 1;\n',
  'src/modules/alpha/internal.ts': 'export const internal = 1;\n',
  // pure-domain: a pure rule file reads the database
  'src/modules/alpha/placement-rules.ts': "import { db } from '../../db/engine.ts';\nexport const rule = db;\n",
  // pure-domain-no-node: the movement planner imports Node
  'src/modules/alpha/plan-movements.ts': "import { readFileSync } from 'node:fs';\nexport const plan = readFileSync;\n",
  // pure-domain (signals): a signal reads a repository
  'src/modules/alpha/signals/vacuum.ts': "import { rows } from '../repository.ts';\nexport const signal = rows;\n",
  // schemas-browser-safe: a schemas file imports server code
  'src/modules/alpha/schemas.ts': "import { app } from '../../server/app.ts';\nexport const schema = app;\n",
  // kernel-browser-safe: the kernel imports Node
  'src/kernel/hash.ts': "import { createHash } from 'node:crypto';\nexport const hash = createHash;\n",
  // web-reads-kernel-and-schemas: the web imports a repository
  'web/src/page.ts': "import { rows } from '../../src/modules/alpha/repository.ts';\nimport { clock } from '../../src/kernel/clock.ts';\nexport const page = [rows, clock];\n",
  // module-through-index: another module reaches inside alpha
  'src/modules/beta/use-alpha.ts': "import { internal } from '../alpha/internal.ts';\nexport const use = internal;\n",
  // schemas-through-schemas: a use case reaches another module's schemas.ts (only schemas.ts may)
  'src/modules/beta/use-schema.ts': "import { schema } from '../alpha/schemas.ts';\nexport const use = schema;\n",
  // allowed: one module's shapes reuse another's
  'src/modules/beta/schemas.ts': "import { schema } from '../alpha/schemas.ts';\nexport const reused = schema;\n",
  // testing-helpers-only-in-tests: production code uses a test factory
  'src/modules/beta/seed.ts': "import { factory } from '../alpha/testing.ts';\nexport const seed = factory;\n",
};

const root = mkdtempSync(path.join(tmpdir(), 'custodia-boundaries-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function violations(): Promise<{ rule: string; from: string; to: string }[]> {
  for (const [file, text] of Object.entries(PLANTED)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(['src', 'web/src'], { ruleSet: { forbidden: config.forbidden }, validate: true, tsPreCompilationDeps: true });
    const output = result.output as { summary: { violations: { rule: { name: string }; from: string; to: string }[] } };
    return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  } finally {
    process.chdir(cwd);
  }
}

describe('module boundaries', () => {
  it('catch one planted violation of each rule, and flag nothing that is allowed', async () => {
    const found = await violations();
    const pairs = found.map((v) => `${v.rule}: ${v.from} → ${v.to}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'pure-domain: src/modules/alpha/placement-rules.ts → src/db/engine.ts',
        'pure-domain-no-node: src/modules/alpha/plan-movements.ts → fs',
        'pure-domain: src/modules/alpha/signals/vacuum.ts → src/modules/alpha/repository.ts',
        'schemas-browser-safe: src/modules/alpha/schemas.ts → src/server/app.ts',
        'kernel-browser-safe: src/kernel/hash.ts → crypto',
        'web-reads-kernel-and-schemas: web/src/page.ts → src/modules/alpha/repository.ts',
        'module-through-index: src/modules/beta/use-alpha.ts → src/modules/alpha/internal.ts',
        'testing-helpers-only-in-tests: src/modules/beta/seed.ts → src/modules/alpha/testing.ts',
        'schemas-through-schemas: src/modules/beta/use-schema.ts → src/modules/alpha/schemas.ts',
      ]),
    );
    // The web may read the kernel; alpha's index may re-export its own files; beta's schemas may reuse alpha's.
    expect(pairs.filter((p) => p.includes('src/kernel/clock.ts') || p.includes('alpha/index.ts') || p.includes('beta/schemas.ts'))).toEqual([]);
  });
});
