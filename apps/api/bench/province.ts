import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NodeReceipt, UnitReceipt } from '@jx/scoring';
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
  console.log(
    `生成：${p.counts.units} 个单位、${p.counts.targets} 个目标、${p.counts.records} 条考核记录、${p.counts.ratings} 条评价（${Math.round(performance.now() - started)} ms）`,
  );
  const clock = { now: () => new Date('2026-12-31T02:00:00Z') };
  let lastRunId = '';
  const service = await time(async () => {
    const run = await runSummaryNow(db, clock, { periodId: p.annualId, categoryIds: p.categoryIds, requestedById: p.officeId });
    if (run.status !== 'SUCCEEDED') throw new Error(`汇总失败：${run.error}`);
    lastRunId = run.id;
  });
  const sql = await time(() => sqlIndicatorSums(db, p.yearId, p.annualId));
  // Where the service's time goes: reading the inputs, and the engine (the rest is storing rows and receipts).
  const model = ScoringModelSchema.parse((await db.scoringModelVersion.findFirstOrThrow({ select: { definition: true } })).definition);
  const inputs = await Promise.all(p.categoryIds.map((categoryId) => gatherScoringInputs(db, { periodId: p.annualId, categoryId, model })));
  const gather = await time(() => Promise.all(p.categoryIds.map((categoryId) => gatherScoringInputs(db, { periodId: p.annualId, categoryId, model }))));
  const gatherSerial = await time(async () => {
    for (const categoryId of p.categoryIds) await gatherScoringInputs(db, { periodId: p.annualId, categoryId, model });
  });
  const compute = await time(async () => inputs.forEach((input) => summarise(model, input)));
  const sums = new Map((await sqlIndicatorSums(db, p.yearId, p.annualId)).map((r) => [r.unitId, r.score]));
  const units = await db.resultUnit.findMany({ where: { resultSet: { periodId: p.annualId } }, select: { unitId: true, receipt: true } });
  const disagree = units.filter((u) => Math.abs((indicatorsScore((u.receipt as unknown as UnitReceipt).tree) ?? NaN) - (sums.get(u.unitId) ?? NaN)) > 1e-6);
  failed = disagree.length > 0 || units.length !== p.counts.units;
  console.table({
    '批量汇总（采集 + 计算 + 保存，4 个类别）': { 毫秒: Math.round(service) },
    '  其中 采集（4 个类别依次）': { 毫秒: Math.round(gatherSerial) },
    '  其中 计算（引擎，4 个类别）': { 毫秒: Math.round(compute) },
    '  其中 保存与其余': { 毫秒: Math.max(0, Math.round(service - gatherSerial - compute)) },
    '采集（4 个类别并行）': { 毫秒: Math.round(gather) },
    '手写 SQL（指标加权得分）': { 毫秒: Math.round(sql * 10) / 10 },
  });
  console.log(
    `比值：${(service / sql).toFixed(1)} 倍；目标：< 2000 ms ${service < 2000 ? '达到' : '未达到'}，≤ 3 倍 ${service / sql <= 3 ? '达到' : '未达到'}`,
  );
  console.log(`SQL 与引擎一致：${failed ? `否（${disagree.length} 个单位不一致）` : `是（${units.length} 个单位）`}；最后一次汇总 ${lastRunId}`);
  await db.$disconnect();
} finally {
  await pg.stop();
  await rm(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
