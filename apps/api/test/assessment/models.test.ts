import { describe, expect, it } from 'vitest';
import { ScoringModelSchema, summarise } from '@jx/scoring';
import { gatherScoringInputs } from '../../src/modules/assessment/scoring-inputs.ts';
import { createTestApp } from '../helpers/app.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { loadSeeded } from '../helpers/seeded.ts';

/** 绩效模型: stored per year for categories, validated by the engine's schema with errors named by node, versioned. */
describe('scoring models', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  // The seed scores 厅机关处室, 厅直单位 and 市州 with its models; 三大公司 and a new category have none.
  const first = await db.assessmentCategory.findUniqueOrThrow({ where: { id: seeded.categoryId('ENTERPRISE') } });
  const second = await createFixtures(db, seeded).category();
  const seededModels = await db.scoringModel.count({ where: { yearId: seeded.yearId } });

  /** 白莲镇-like: 指标考核 80 + 公众评议 20 (领导评价 30 + 民意调查 70), 察访核验 capped at 3. */
  const definition = (publicPoints: [number, number] = [30, 70]) => ({
    name: '厅直单位年终考核',
    root: {
      kind: 'weighted',
      label: '综合得分',
      children: [
        { points: 80, node: { kind: 'indicators', label: '指标考核' } },
        {
          points: 20,
          node: {
            kind: 'weighted',
            label: '公众评议',
            children: [
              { points: publicPoints[0], node: { kind: 'rating', label: '领导评价', group: 'LEADER_MAIN', scale: 'level3' } },
              { points: publicPoints[1], node: { kind: 'imported', label: '民意调查', key: 'survey' } },
            ],
          },
        },
      ],
    },
    scales: {
      level3: [
        { level: '好', percent: 100 },
        { level: '较好', percent: 80 },
        { level: '差', percent: 50 },
      ],
    },
    deductionCategories: [{ category: '察访核验', cap: 3 }],
    grades: [{ grade: '优', min: 90 }, { grade: '良', min: 85 }, { grade: '一般', min: 75 }, { grade: '差' }],
  });
  const create = (body: Record<string, unknown>) => perf({ method: 'POST', url: '/api/assessment/models', payload: { yearId: seeded.yearId, ...body } });

  it('a model that fails the engine’s rules is refused, each problem named by its node and path', async () => {
    const res = await create({ name: '模型', categoryIds: [first.id], definition: definition([30, 69.99]) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.issues).toEqual([
      expect.objectContaining({
        path: 'definition.root.children.1.node.children',
        message: '公众评议：各组成部分分值之和应为 100，当前为 99.99',
        key: 'models.invalidAt',
        params: { nodeLabel: '公众评议', detail: '各组成部分分值之和应为 100，当前为 99.99' },
      }),
    ]);
    expect(await db.scoringModel.count({ where: { yearId: seeded.yearId } })).toBe(seededModels);
  });

  it('create → version 1; save → version 2, the first kept; a stale save is 409', async () => {
    const created = await create({ name: '厅直单位模型', categoryIds: [first.id], definition: definition(), note: '初稿' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: '厅直单位模型',
      categoryIds: [first.id],
      currentVersionNo: 1,
      definition: { name: '厅直单位年终考核' },
      version: 1,
    });
    const id = created.json().id;
    const changed = { ...definition(), bonusCap: 5 };
    const saved = await perf({
      method: 'PUT',
      url: `/api/assessment/models/${id}`,
      payload: { name: '厅直单位模型', categoryIds: [first.id], definition: changed, note: '加分上限 5', version: 1 },
    });
    expect(saved.json()).toMatchObject({ currentVersionNo: 2, definition: { bonusCap: 5 }, version: 2 });
    const stale = await perf({
      method: 'PUT',
      url: `/api/assessment/models/${id}`,
      payload: { name: 'x', categoryIds: [first.id], definition: changed, version: 1 },
    });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const versions = (await perf({ method: 'GET', url: `/api/assessment/models/${id}/versions` })).json().items;
    expect(versions.map((v: { versionNo: number; note: string }) => [v.versionNo, v.note])).toEqual([
      [2, '加分上限 5'],
      [1, '初稿'],
    ]);
    expect(versions[1].definition.bonusCap).toBeUndefined();
  });

  it('a category is scored by one model at most', async () => {
    const other = await create({ name: '另一模型', categoryIds: [second.id, first.id], definition: definition() });
    expect(other.statusCode).toBe(409);
    expect(other.json().error).toMatchObject({ key: 'models.categoryTaken', params: { categoryName: first.name, modelName: '厅直单位模型' } });
    expect((await create({ name: '市州模型', categoryIds: [second.id], definition: definition() })).statusCode).toBe(201);
    const listed = (await t.as('leader')({ method: 'GET', url: `/api/assessment/models?yearId=${seeded.yearId}` })).json().items;
    expect(listed.map((m: { name: string }) => m.name)).toEqual(expect.arrayContaining(['厅直单位模型', '市州模型']));
    expect(listed).toHaveLength(seededModels + 2);
  });

  it('the seeded models are valid, and each scores its categories’ 半年 inputs without an engine error', async () => {
    const models = await db.scoringModel.findMany({
      where: { yearId: seeded.yearId },
      include: { categories: true, versions: true },
      orderBy: { name: 'asc' },
    });
    const h1 = await db.assessmentPeriod.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'H1' } });
    const seededOnes = models.filter((m) => m.versions[0]?.note === '依据参考方案建立');
    expect(seededOnes.map((m) => [m.name, m.categories.length])).toEqual([
      ['厅机关处室绩效评估（江苏办法）', 1],
      ['厅直单位和市州绩效考评（四川办法）', 2],
    ]);
    for (const m of seededOnes) {
      const model = ScoringModelSchema.parse(m.versions[0]!.definition);
      for (const { categoryId } of m.categories) {
        const result = summarise(model, await gatherScoringInputs(db, { periodId: h1.id, categoryId, model }));
        expect(result.units.length).toBeGreaterThan(0);
      }
    }
  });
});
