import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeReceipt, QuotaReceipt, UnitReceipt } from '@jx/scoring';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, startEmbeddedPostgres } from '@jx/db';
import { ScoringModelSchema, summarise } from '@jx/scoring';
import { runSummaryNow } from '../src/modules/results/run-now.ts';
import { gatherScoringInputs } from '../src/modules/assessment/scoring-inputs.ts';
import { generateProvince } from './generate.ts';
import { sqlIndicatorSums } from './sql-sums.ts';

// `pnpm bench`: the province-scale batch summary (issue 11). Aims: the whole summary under 2 s, within 3× of the SQL.

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => Promise<unknown>, runs = 3) {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return median(out);
}
const indicatorsScore = (node: NodeReceipt): number | null => {
  if (node.kind === 'indicators') return node.score;
  if (node.kind === 'weighted')
    for (const c of node.children) {
      const s = indicatorsScore(c.node);
      if (s !== null) return s;
    }
  return null;
};

const dir = await mkdtemp(join(tmpdir(), 'jx-bench-'));
const pg = await startEmbeddedPostgres({ dataDir: dir, fast: true, persistent: false });
let failed: boolean;
try {
  await ensureDatabase(pg.serverUrl, 'bench');
  const url = databaseUrl(pg.serverUrl, 'bench');
  await applyMigrations(url);
  const db = createPrismaClient(url);
  const started = performance.now();
  const p = await generateProvince(db);
  console.log(`generated the province in ${Math.round(performance.now() - started)} ms`);
  const clock = { now: () => new Date('2026-12-31T02:00:00Z') };
  let lastRunId = '';
  const service = await time(async () => {
    const run = await runSummaryNow(db, clock, { periodId: p.annualId, categoryIds: p.categoryIds, requestedById: p.officeId });
    if (run.status !== 'SUCCEEDED') throw new Error(`汇总失败：${run.error}`);
    lastRunId = run.id;
  });
  const sql = await time(() => sqlIndicatorSums(db, { yearId: p.yearId, periodId: p.annualId, categoryIds: p.categoryIds }));
  // Where the service's time goes: reading the inputs, and the engine (the rest is storing rows and receipts).
  const model = ScoringModelSchema.parse((await db.scoringModelVersion.findFirstOrThrow({ select: { definition: true } })).definition);
  const inputs = await Promise.all(p.categoryIds.map((categoryId) => gatherScoringInputs(db, { periodId: p.annualId, categoryId, model })));
  const gather = await time(() => Promise.all(p.categoryIds.map((categoryId) => gatherScoringInputs(db, { periodId: p.annualId, categoryId, model }))));
  const gatherSerial = await time(async () => {
    for (const categoryId of p.categoryIds) await gatherScoringInputs(db, { periodId: p.annualId, categoryId, model });
  });
  const compute = await time(async () => inputs.forEach((input) => summarise(model, input)));
  const sums = new Map((await sqlIndicatorSums(db, { yearId: p.yearId, periodId: p.annualId, categoryIds: p.categoryIds })).map((r) => [r.unitId, r.score]));
  const units = await db.resultUnit.findMany({
    where: { resultSet: { periodId: p.annualId } },
    select: { unitId: true, receipt: true, missingCount: true, grade: true },
  });
  const disagree = units.filter((u) => Math.abs((indicatorsScore((u.receipt as unknown as UnitReceipt).tree) ?? NaN) - (sums.get(u.unitId) ?? NaN)) > 1e-6);
  const quotas = await db.resultCategory.findMany({ where: { resultSet: { periodId: p.annualId } }, select: { quotas: true } });
  const demoted = quotas.flatMap((c) => c.quotas as unknown as QuotaReceipt[]).reduce((n, q) => n + q.demoted.length, 0);
  failed = disagree.length > 0 || units.length !== p.counts.units;
  const ratio = service / sql;
  console.table({
    units: p.counts.units,
    targets: p.counts.targets,
    records: p.counts.records,
    ratings: p.counts.ratings,
    adjustments: p.counts.adjustments,
    'quota demotions': demoted,
    'units with missing inputs (expect 0)': units.filter((u) => u.missingCount > 0).length,
    grades: [...new Set(units.map((u) => u.grade))].map((g) => `${g} ${units.filter((u) => u.grade === g).length}`).join(' · '),
    'service: batch summary of 4 categories (median ms)': Math.round(service),
    '  of which gathering the inputs': Math.round(gatherSerial),
    '  of which the engine': Math.round(compute),
    '  of which storing and the rest': Math.max(0, Math.round(service - gatherSerial - compute)),
    '(gathering the 4 categories in parallel)': Math.round(gather),
    'SQL: weighted indicator sums (median ms)': Math.round(sql * 10) / 10,
    'ratio service / SQL': Math.round(ratio * 10) / 10,
    'aim < 2000 ms holds': service < 2000 ? 'yes' : 'no',
    'aim ratio ≤ 3 holds': ratio <= 3 ? 'yes' : 'no',
  });
  console.log(
    `SQL matches engine: ${failed ? `no (${disagree.length} of ${units.length} units differ)` : `yes (all ${units.length} units)`}; last run ${lastRunId}`,
  );
  await db.$disconnect();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
