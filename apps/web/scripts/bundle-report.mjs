// Prints the JS a browser downloads after `vite build`, gzip-compressed: the largest chunks, what index.html loads before
// any page, then one row per page route (every lazy page of src/routes.tsx, and the login page) with what that page
// needs before it renders: index.html's chunks, for a signed-in page the shell (AuthenticatedApp and the zh-CN
// catalogue), then the page's own chunk with everything it imports statically. "later" is what that code fetches
// afterwards with import() (echarts). 1 kB = 1000 bytes, as vite reports.
// Usage: node scripts/bundle-report.mjs [distDir]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The most the login page may load before it renders (issue 12). */
const LOGIN_AIM_KB = 250;
/** What every signed-in page loads first: the shell's module and the catalogue the router loads with it (zh-CN). */
const SHELL = ['AuthenticatedApp', 'zh-CN'];

const src = new URL('../src/', import.meta.url);
const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;
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

/** The chunk rolldown named after a lazily imported module (`HomePage` → `HomePage-<hash>.js`); exactly one. */
function chunkOf(moduleName) {
  const found = [...chunks.keys()].filter((f) => new RegExp(`^${moduleName}-[\\w-]{8}\\.js$`).test(f));
  if (found.length !== 1) throw new Error(`expected one chunk for ${moduleName}, found ${found.length}: ${found.join(' ')}`);
  return found[0];
}

/** Every page route of src/routes.tsx: its path and the module its `lazy(() => import(…))` loads. */
function pageRoutes() {
  const table = readFileSync(new URL('routes.tsx', src), 'utf8');
  return [...table.matchAll(/path:\s*'([^']+)'[\s\S]*?import\('\.\/pages\/(?:[\w-]+\/)*([\w-]+)'\)/g)].map((m) => ({ path: m[1], module: m[2] }));
}

const sum = (files) => [...files].reduce((t, f) => ({ raw: t.raw + chunks.get(f).raw, gzip: t.gzip + chunks.get(f).gzip }), { raw: 0, gzip: 0 });
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const pad = (s, n) => String(s).padStart(n);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = closure([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
const shell = new Set([...initial, ...closure(SHELL.map(chunkOf))]);

/** What a page loads on top of `before`, and what its code fetches later. */
function pageLoad(module, before) {
  const loaded = new Set([...before, ...closure([chunkOf(module)])]);
  const own = [...loaded].filter((f) => !before.has(f));
  const later = [...closure(own.flatMap(dynamicImports))].filter((f) => !loaded.has(f));
  return { own: sum(own), total: sum(loaded), later: sum(later) };
}

console.log('Largest chunks');
[...chunks.values()]
  .sort((a, b) => b.gzip - a.gzip)
  .slice(0, 8)
  .forEach((c) => console.log(`  ${c.file.padEnd(40)}${pad(kB(c.raw), 10)}${pad(kB(c.gzip), 10)} gzip`));

const login = pageLoad('LoginPage', initial);
const summary = (label, bytes, note = '') => console.log(`${label.padEnd(52)}${pad(kB(bytes), 10)} gzip${note}`);
console.log('');
summary(`Before any page (index.html, ${initial.size} chunks)`, sum(initial).gzip);
summary('Login page: all it needs to render', login.total.gzip, ` (aim ≤ ${LOGIN_AIM_KB} kB)`);
summary(`Shell of signed-in pages (${SHELL.join(', ')})`, sum(shell).gzip - sum(initial).gzip);
console.log('');

const rows = [{ path: '/login', module: 'LoginPage', ...login }, ...pageRoutes().map(({ path, module }) => ({ path, module, ...pageLoad(module, shell) }))];
const header = ['route', 'page module', 'page', 'total', 'later'];
const widths = [46, 26, 10, 10, 10];
const row = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : pad(c, widths[i]))).join('');
console.log(row(header));
console.log('-'.repeat(widths.reduce((a, b) => a + b)));
for (const r of rows) console.log(row([r.path, r.module, kB(r.own.gzip), kB(r.total.gzip), r.later.gzip ? kB(r.later.gzip) : '']));
console.log('\npage: its own chunks; total: all it needs to render (gzip); later: fetched afterwards by its import()');
