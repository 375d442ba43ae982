import { expect } from 'vitest';
import type { TestApp } from '../helpers/app.ts';
import type { createResultsWorld } from './world.ts';

type World = Awaited<ReturnType<typeof createResultsWorld>>;

/** Summarises the world's 年终, waives its two missing inputs and publishes version 1; returns the bulletin id. */
export async function publishWorld(t: TestApp, w: World, opts: { unitsSeeOthers?: boolean } = {}): Promise<{ bulletinId: string; resultSetId: string }> {
  const perf = t.as('perf');
  const run = await perf({ method: 'POST', url: '/api/assessment/summary-runs', payload: { periodId: w.annual.id, categoryIds: [w.city.id, w.direct.id] } });
  expect(run.statusCode, run.body).toBe(201);
  await t.app.deps.summaryRuns.drain();
  const resultSetId = run.json().resultSetId as string;
  for (const [code, key] of [
    ['CITY-ZG', `target:${w.targets.zgB.id}:ANNUAL`],
    ['DU-GGJ', 'import:public'],
  ] as const) {
    const res = await perf({
      method: 'POST',
      url: `/api/assessment/result-sets/${resultSetId}/waivers`,
      payload: { unitId: w.seeded.unitId(code), key, reason: '按规定不计' },
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  const set = await t.db.resultSet.findUniqueOrThrow({ where: { id: resultSetId } });
  const published = await perf({
    method: 'POST',
    url: `/api/assessment/result-sets/${resultSetId}/publish`,
    payload: {
      version: set.version,
      title: '关于2026年度目标绩效考核结果的通报',
      docNo: '川交绩〔2026〕8号',
      preface: '各单位：\n现将考核结果通报如下。',
      ...opts,
    },
  });
  expect(published.statusCode, published.body).toBe(201);
  return { bulletinId: published.json().bulletinId, resultSetId };
}
