import pg from 'pg';
import { createPrismaClient, type PrismaClient, type QueryEvent } from '@jx/db';
import { FakeClock } from '../../src/lib/clock.ts';
import { benchApp } from './bench-app.ts';
import { BENCH_PASSWORD } from './generate-execution.ts';

/** A sequential scan reading this many rows or more is flagged: below it, a scan is what PostgreSQL should pick. */
const LARGE_SCAN_ROWS = 1_000;

/** The most rows one sequential scan of the plan read (rows it returned plus rows its filter removed). */
function largestSeqScan(lines: readonly string[]): number {
  let largest = 0;
  lines.forEach((line, i) => {
    if (!line.includes('Seq Scan on')) return;
    let read = Number(/actual rows=([\d.]+)/.exec(line)?.[1] ?? 0);
    for (const next of lines.slice(i + 1)) {
      if (next.includes('->')) break;
      read += Number(/Rows Removed by Filter: (\d+)/.exec(next)?.[1] ?? 0);
    }
    largest = Math.max(largest, Math.round(read));
  });
  return largest;
}

/** The requests whose statements are explained: the analysis endpoints and the first page of each list, as the leader. */
const HOT = (yearId: string, unitId: string) =>
  [
    ['预警中心', `/api/warnings?yearId=${yearId}&pageSize=20`, 'bench.leader'],
    ['预警中心（分管领导）', `/api/warnings?yearId=${yearId}&pageSize=20`, 'bench.deputy'],
    ['统计分析 按单位', `/api/statistics/overview?yearId=${yearId}&groupBy=unit`, 'bench.leader'],
    ['目标列表 首页', `/api/targets?yearId=${yearId}&pageSize=20`, 'bench.leader'],
    ['目标列表 按单位', `/api/targets?yearId=${yearId}&unitId=${unitId}&pageSize=20`, 'bench.leader'],
    ['进展报告列表', `/api/reports?yearId=${yearId}&pageSize=20`, 'bench.leader'],
    ['督办列表', `/api/supervision-orders?yearId=${yearId}&pageSize=20`, 'bench.leader'],
    ['月度走势', `/api/statistics/trend?yearId=${yearId}`, 'bench.leader'],
    ['进度偏差热力图', `/api/statistics/heatmap?yearId=${yearId}`, 'bench.leader'],
    ['领导首页动态', `/api/statistics/activity?yearId=${yearId}`, 'bench.leader'],
    ['本期待报送', `/api/reports/pending?yearId=${yearId}`, 'bench.unit0'],
    ['首页待办队列（目标绩效办）', `/api/home/queue?yearId=${yearId}`, 'bench.office'],
    ['首页待办队列（职能部门）', `/api/home/queue?yearId=${yearId}`, 'bench.safety'],
    ['考核排名', `/api/statistics/rankings?yearId=${yearId}`, 'bench.leader'],
    ['最新排名（分管领导）', `/api/statistics/rankings/latest?yearId=${yearId}`, 'bench.deputy'],
    ['单位考核成绩', `/api/statistics/units/${unitId}/results`, 'bench.unit0'],
    ['专项工作督查', `/api/statistics/special-tasks?yearId=${yearId}`, 'bench.leader'],
    ['完成进度 截至月末', `/api/statistics/completion?yearId=${yearId}&groupBy=category&month=6`, 'bench.leader'],
  ] as const;

/**
 * EXPLAIN (ANALYZE) of the statements each hot request sends, as the app sends them (captured from the client's query
 * events), slowest first; prints the two slowest per request and flags sequential scans that read many rows.
 */
export async function explainHotQueries(_db: PrismaClient, url: string, x: { yearId: string; unitId: string; now: Date }) {
  let captured: QueryEvent[] = [];
  const db = createPrismaClient(url, {}, (e) => captured.push(e));
  const app = await benchApp(db, new FakeClock(x.now));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tokens = new Map<string, string>();
    console.log('\n热点查询的执行计划（EXPLAIN ANALYZE，按耗时取每个请求最慢的两条）');
    for (const [name, path, username] of HOT(x.yearId, x.unitId)) {
      if (!tokens.has(username)) {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: BENCH_PASSWORD } });
        tokens.set(username, res.json().accessToken);
      }
      await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${tokens.get(username)}` } }); // warm
      captured = [];
      await app.inject({ method: 'GET', url: path, headers: { authorization: `Bearer ${tokens.get(username)}` } });
      const slowest = captured
        // Reads only (a WITH … SELECT too): EXPLAIN ANALYZE runs the statement.
        .filter((q) => /^\s*(SELECT|WITH)\b/i.test(q.query) && !/\b(INSERT|UPDATE|DELETE)\b/i.test(q.query))
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 2);
      for (const q of slowest) {
        const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${q.query}`, JSON.parse(q.params) as unknown[]);
        const lines = plan.rows.map((r) => r['QUERY PLAN']);
        const scanned = largestSeqScan(lines);
        console.log(
          `\n— ${name}（${username}）${q.duration} ms${scanned >= LARGE_SCAN_ROWS ? `  ⚠ 顺序扫描 ${scanned} 行` : ''}\n  ${q.query.slice(0, 300).replace(/\s+/g, ' ')}${q.query.length > 300 ? '…' : ''}`,
        );
        for (const l of lines) console.log(`    ${l}`);
      }
    }
  } finally {
    await client.end();
    await app.close();
    await db.$disconnect();
  }
}
