#!/usr/bin/env node
// Runs the API tier and/or the end-to-end tier pinned at several instants of the year, the spec files in a shuffled
// order, to show that no test leans on the calendar or on another test's data (decision 0013). Slow: a minute or two
// per API run and several minutes per e2e run; `pnpm test` keeps a cheap form of it (the API tier at year end).
//
//   node tools/calendar-check.mjs [--tier api|e2e|both] [--dates ISO,ISO,…] [--workers N] [--seed N]
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const DEFAULT_DATES = [
  '2026-01-01T10:00:00+08:00', // the year's first day: nothing has fallen due yet
  '2026-04-05T16:00:00+08:00', // a report due day (次月 5 日)
  '2026-06-30T16:00:00+08:00', // the last day of a quarter (and of the half year)
  '2026-12-31T15:00:00+08:00', // the year's last day
];

const { values } = parseArgs({
  options: {
    tier: { type: 'string', default: 'both' },
    dates: { type: 'string', default: DEFAULT_DATES.join(',') },
    workers: { type: 'string', default: '1' },
    seed: { type: 'string', default: String(Date.now() % 100_000) },
  },
});
const dates = values.dates
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean);
const root = new URL('..', import.meta.url).pathname;
const e2eDir = join(root, 'e2e');

/** A small seeded generator, so a failing order can be run again with the same --seed. */
function shuffled(items, seed) {
  let s = seed >>> 0 || 1;
  const next = () => (s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function run(label, command, args, env) {
  const started = Date.now();
  console.log(`\n=== ${label}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = Math.round((Date.now() - started) / 1000);
  return { label, ok: r.status === 0, seconds };
}

const results = [];
if (values.tier !== 'api') results.push(run('build the web app', 'npx', ['turbo', 'run', 'build', '--filter=@jx/web'], {}));
const copies = [];
const cleanUp = () => copies.splice(0).forEach((f) => rmSync(f, { force: true }));
process.on('exit', cleanUp);
process.on('SIGINT', () => process.exit(130));

for (const [i, date] of dates.entries()) {
  if (values.tier === 'api' || values.tier === 'both') {
    results.push(run(`API tier at ${date}`, 'npx', ['vitest', 'run', '--project', 'api'], { TEST_NOW: date }));
  }
  if (values.tier === 'e2e' || values.tier === 'both') {
    // Playwright runs files in name order: copies named in a shuffled order run in that order (same folder, so their
    // imports still resolve), and only they match.
    const specs = readdirSync(e2eDir).filter((f) => f.endsWith('.spec.ts') && !f.startsWith('calendar-'));
    const order = shuffled(specs, Number(values.seed) + i);
    order.forEach((f, n) => {
      const copy = join(e2eDir, `calendar-${String(n).padStart(2, '0')}-${f}`);
      copyFileSync(join(e2eDir, f), copy);
      copies.push(copy);
    });
    console.log(`\norder (seed ${Number(values.seed) + i}): ${order.join(' → ')}`);
    results.push(
      run(`e2e tier at ${date}, ${values.workers} worker(s)`, 'npx', ['playwright', 'test'], {
        E2E_NOW: date,
        E2E_WORKERS: values.workers,
        E2E_TEST_MATCH: '**/calendar-*.spec.ts',
        CI: '1',
      }),
    );
    cleanUp();
  }
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${String(r.seconds).padStart(5)} s  ${r.label}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
