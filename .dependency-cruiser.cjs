/**
 * Custodia's module boundaries, checked in CI (`npm run lint`).
 * - A module is used by others only through its index.ts.
 * - The kernel depends on nothing of ours; the database layer knows no module but their tables.
 * - Inside a module, only routes.ts speaks HTTP, and policy.ts is pure.
 * - The domain's pure functions (placement rules, custody transitions, the movement planner, the
 *   roll arithmetic, the early-warning signals) import no database, HTTP or Node code.
 * - schemas.ts files are browser-safe (zod, the kernel and other schemas.ts): the web app validates with them.
 * - The web app imports only the kernel and the modules' schemas.ts from the server's code.
 * Test files are checked too.
 */
const PURE_DOMAIN = '^src/modules/[^/]+/((placement-rules|transitions|plan-movements|roll-arithmetic)\\.ts$|signals/)';
const SERVER_ONLY = ['^src/(db|server|cli)/', '^src/modules/[^/]+/(schema|repository)\\.ts$', 'node_modules/(drizzle-orm|pg|@electric-sql|fastify|@fastify)'];
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: 'Modules import each other only through index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/(index|testing|schemas)\\.ts$'] },
    },
    {
      name: 'schemas-through-schemas',
      comment: "Another module's shapes are reused from its schemas.ts, by schemas.ts files only.",
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/', pathNot: '^src/modules/[^/]+/schemas\\.ts$' },
      to: { path: '^src/modules/([^/]+)/schemas\\.ts$', pathNot: '^src/modules/$1/' },
    },
    {
      name: 'testing-helpers-only-in-tests',
      comment: "A module's testing.ts (factories for tests), and the command line's, are used by test files and other testing helpers only.",
      severity: 'error',
      from: { pathNot: ['\\.test\\.ts$', '/testing(\\.ts$|/)', '^tests/', '^bench/'] },
      to: { path: ['^src/modules/[^/]+/testing\\.ts$', '^src/cli/testing\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      comment: 'Server and CLI use modules only through index.ts (and their shapes through schemas.ts); the server mounts their routes.ts.',
      severity: 'error',
      from: { path: '^src/(server|cli)/', pathNot: ['^src/server/app\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(index|schemas)\\.ts$' },
    },
    {
      name: 'app-mounts-routes',
      comment: 'The app composes modules through index.ts and mounts their routes.ts, nothing else.',
      severity: 'error',
      from: { path: '^src/server/app\\.ts$' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/(index|routes|[a-z]+-routes)\\.ts$' },
    },
    {
      name: 'db-knows-only-tables',
      severity: 'error',
      from: { path: '^src/db/', pathNot: '^src/db/testing/' },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/schema\\.ts$' },
    },
    {
      name: 'kernel-is-self-contained',
      severity: 'error',
      from: { path: '^src/kernel/', pathNot: '\\.test\\.ts$' },
      to: { path: '^src/(server|modules|db|cli)/' },
    },
    {
      name: 'only-routes-speak-http',
      comment: 'Domain code never imports HTTP; in a module only routes.ts, *-routes.ts and schemas.ts may (and tests and their testing.ts helpers).',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: ['[/-]routes\\.ts$', '/schemas\\.ts$', '\\.test\\.ts$', '/testing\\.ts$'] },
      to: { path: ['^src/server/', 'node_modules/(fastify|@fastify)'] },
    },
    {
      name: 'policy-is-pure',
      severity: 'error',
      from: { path: '/policy\\.ts$' },
      to: { path: ['^src/db/', 'node_modules/(drizzle-orm|pg|@electric-sql|fastify)'] },
    },
    {
      name: 'pure-domain',
      comment: 'The pure domain functions take facts and return results: no database, HTTP or Node code.',
      severity: 'error',
      from: { path: PURE_DOMAIN, pathNot: '\\.test\\.ts$' },
      to: { path: SERVER_ONLY },
    },
    {
      name: 'pure-domain-no-node',
      severity: 'error',
      from: { path: PURE_DOMAIN, pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'schemas-browser-safe',
      comment: "A module's schemas.ts is read by the web app: zod and the kernel only.",
      severity: 'error',
      from: { path: '^src/modules/[^/]+/schemas\\.ts$' },
      to: { pathNot: ['^src/kernel/', '^src/modules/[^/]+/schemas\\.ts$', 'node_modules/zod/'] },
    },
    {
      name: 'kernel-browser-safe',
      comment: 'The kernel is shared with the web app: no Node code.',
      severity: 'error',
      from: { path: '^src/kernel/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-reads-kernel-and-schemas',
      comment: "The web app uses the server's code only through the kernel and the modules' schemas.ts.",
      severity: 'error',
      from: { path: '^web/src/' },
      to: { path: '^src/', pathNot: ['^src/kernel/', '^src/modules/[^/]+/schemas\\.ts$'] },
    },
    {
      name: 'no-modules-from-modules-cli',
      comment: 'Modules do not call the command line (their tests may run it as a user would, through src/cli/testing.ts).',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/cli/', pathNot: '^src/cli/testing\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
