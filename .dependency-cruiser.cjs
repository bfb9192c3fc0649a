// The layering of docs/ARCHITECTURE.md as rules: `npm test` runs them (scripts/check-layers.mjs) and fails on a
// forbidden import, naming the rule. It sees runtime imports only (Babel strips type-only ones); Biome's restricted
// imports in biome.json cover type imports for the domain, documents and web rules.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment:
        'src/domain holds the rules as pure functions: no database, server, documents, web, seed, nor I/O packages.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        path: [
          '^src/(db|server|documents|seed|cli|main|config)',
          '^web/',
          '^node_modules/(kysely|pg|better-sqlite3|hono|@hono|docx|pdfmake|sanitize-html|htmlparser2|react)',
          '^(fs|node:fs|net|node:net|http|node:http|child_process|node:child_process)$',
        ],
      },
    },
    {
      name: 'db-knows-no-feature',
      comment: 'src/db is the connection, schema, migrations and dialect helpers: it imports no feature.',
      severity: 'error',
      from: { path: '^src/db/' },
      to: { path: ['^src/(server|documents|seed)/', '^web/'] },
    },
    {
      name: 'documents-read-no-database',
      comment: 'src/documents builds documents from plain data the features hand it; it never queries.',
      severity: 'error',
      from: { path: '^src/documents/' },
      to: {
        path: ['^src/(db|server|seed)/', '^web/', '^node_modules/(kysely|pg|better-sqlite3)/'],
      },
    },
    {
      name: 'web-shares-only-the-domain',
      comment:
        'The web client shares the pure rules of src/domain with the server; it never imports server, db or documents code (its API types are generated: npm run api:types).',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^src/', pathNot: '^src/domain/' },
    },
    {
      name: 'server-knows-no-web',
      comment: 'Server code never imports the web client.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^web/' },
    },
    {
      name: 'features-meet-through-index',
      comment:
        "A feature uses another feature only through that feature's public index.ts (its services, document data and types), never its store.ts or other internals. app.ts mounts each feature's routes.ts.",
      severity: 'error',
      from: { path: '^src/server/features/([^/]+)/' },
      to: {
        path: '^src/server/features/([^/]+)/',
        pathNot: ['^src/server/features/$1/', '^src/server/features/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'outside-features-through-index',
      comment:
        "Code outside the features (auth, authz, seed, cli) uses a feature only through its index.ts; app.ts alone mounts each feature's routes.ts.",
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/server/features/', '^src/server/app\\.ts$'] },
      to: {
        path: '^src/server/features/[^/]+/',
        pathNot: '^src/server/features/[^/]+/index\\.ts$',
      },
    },
    {
      name: 'shared-services-below-features',
      comment:
        'The audit log, the register of issued reports and the notifications (with their e-mail outbox) sit below the features: every feature calls them inside its own transaction, so they import no feature.',
      severity: 'error',
      from: { path: '^src/server/(audit|issuing|notifications)/' },
      to: { path: '^src/server/features/' },
    },
    {
      name: 'jobs-serve-no-http',
      comment:
        'src/jobs runs scheduled work (the e-mail outbox) in the server or a separate worker: it uses services below the features and features through their index.ts, never the HTTP layer.',
      severity: 'error',
      from: { path: '^src/jobs/' },
      to: { path: ['^src/server/(app|http/)', '^src/server/[^/]+/routes\\.ts$', '^node_modules/(hono|@hono)/'] },
    },
    {
      name: 'queries-live-in-stores',
      comment:
        'Query builders (and kysely values such as sql) are used only in store.ts files, src/db, migrations, seed and bench; services import kysely types only.',
      severity: 'error',
      from: {
        path: '^src/server/',
        pathNot: '(^|/)store\\.ts$',
      },
      to: { path: '^node_modules/kysely/' },
    },
    {
      name: 'no-circular-features',
      comment:
        'Features depend on each other in one direction only (documents on the records they render, never the reverse).',
      severity: 'error',
      from: { path: '^src/server/features/([^/]+)/' },
      to: { circular: true, viaSomeNot: '^src/server/features/$1/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing package.',
      severity: 'error',
      from: {},
      // Vite plugins' virtual modules (virtual:pwa-register) exist only in the build.
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '\\.d\\.ts$'] },
    // dependency-cruiser parses TypeScript with the TypeScript 5 compiler API, which TypeScript 7 no longer
    // has: Babel strips the types instead (import type / type specifiers only, so every runtime import stays).
    // It still accepts .ts/.tsx files only when it finds a TypeScript parser, which @swc/core (a dev
    // dependency for this alone) stands for; scripts/check-layers.mjs fails if it read fewer files than exist.
    babelConfig: { fileName: 'lint/depcruise-babel.json' },
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
  },
};
