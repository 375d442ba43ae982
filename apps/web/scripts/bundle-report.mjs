// Prints the JS a browser downloads after `vite build`: the largest chunks, what index.html loads before any page,
// and what each named page loads on top of it (its lazy chunk plus everything that chunk imports statically, then
// what that code fetches later with import(), e.g. echarts).
// Usage: node scripts/bundle-report.mjs [distDir] [PageName ...]   (default pages: LoginPage HomePage TargetDetailPage)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const [distArg, ...pageArgs] = process.argv.slice(2);
const dist = distArg ?? new URL('../dist', import.meta.url).pathname;
const pages = pageArgs.length > 0 ? pageArgs : ['LoginPage', 'HomePage', 'TargetDetailPage'];
const assets = join(dist, 'assets');

const chunks = new Map(
  readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((file) => {
      const code = readFileSync(join(assets, file));
      return [file, { file, code: code.toString(), raw: code.length, gzip: gzipSync(code).length }];
    }),
);

/** The chunks a chunk imports statically (`import … from "./x.js"` / `import "./x.js"`), which load with it. */
const staticImports = (file) => importsOf(file, /(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g);
/** The chunks a chunk fetches later with `import("./x.js")` (lazy pages, echarts). */
const dynamicImports = (file) => importsOf(file, /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g);

function importsOf(file, pattern) {
  return [...chunks.get(file).code.matchAll(pattern)].map((m) => m[1]).filter((f) => chunks.has(f));
}

function closure(roots) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    staticImports(file).forEach(visit);
  };
  roots.forEach(visit);
  return seen;
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`.padStart(10); // 1 kB = 1000 bytes, as vite reports
const total = (files) => [...files].reduce((t, f) => ({ raw: t.raw + chunks.get(f).raw, gzip: t.gzip + chunks.get(f).gzip }), { raw: 0, gzip: 0 });
const line = (label, { raw, gzip }) => console.log(`${label.padEnd(48)}${kB(raw)}${kB(gzip)} gzip`);

console.log('Largest chunks');
[...chunks.values()]
  .sort((a, b) => b.raw - a.raw)
  .slice(0, 10)
  .forEach((c) => line(`  ${c.file}`, c));

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entryFiles = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const initial = closure(entryFiles);
console.log('\nLoaded before any page (index.html)');
line(`  ${initial.size} chunks`, total(initial));

for (const page of pages) {
  const pageChunk = [...chunks.keys()].find((f) => f.startsWith(`${page}-`));
  if (!pageChunk) {
    console.log(`  ${page}: no chunk named ${page}-*.js`);
    continue;
  }
  const loaded = new Set([...initial, ...closure([pageChunk])]);
  const extra = [...loaded].filter((f) => !initial.has(f));
  line(`  + ${page} (${extra.length} more chunks) = total`, total(loaded));
  const later = [...closure(extra.flatMap(dynamicImports))].filter((f) => !loaded.has(f));
  if (later.length > 0) line(`      then fetched by its import() (${later.length})`, total(later));
}
