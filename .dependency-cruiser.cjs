/**
 * Custodia's module boundaries, checked in CI (`npm run lint`).
 * - A module is used by others only through its index.ts.
 * - The kernel depends on nothing of ours; the database layer knows no module but their tables.
 * - Inside a module, only routes.ts speaks HTTP, and policy.ts is pure.
 */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: 'Modules import each other only through index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'outside-through-index',
      comment: 'Server and CLI use modules only through index.ts; the server mounts their routes.ts.',
      severity: 'error',
      from: { path: '^src/(server|cli)/', pathNot: ['^src/server/app\\.ts$', '\\.test\\.ts$'] },
      to: { path: '^src/modules/[^/]+/', pathNot: '^src/modules/[^/]+/index\\.ts$' },
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
      comment: 'Domain code never imports HTTP; in a module only routes.ts, *-routes.ts and schemas.ts may.',
      severity: 'error',
      from: { path: '^src/modules/', pathNot: ['[/-]routes\\.ts$', '/schemas\\.ts$', '\\.test\\.ts$'] },
      to: { path: ['^src/server/', 'node_modules/(fastify|@fastify)'] },
    },
    {
      name: 'policy-is-pure',
      severity: 'error',
      from: { path: '/policy\\.ts$' },
      to: { path: ['^src/db/', 'node_modules/(drizzle-orm|pg|@electric-sql|fastify)'] },
    },
    {
      name: 'no-modules-from-modules-cli',
      comment: 'Modules do not call the command line.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: '^src/cli/' },
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
    exclude: { path: 'src/.*\\.test\\.ts$' },
  },
};
