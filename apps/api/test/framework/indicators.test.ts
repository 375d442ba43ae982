import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { IndicatorNode, IndicatorTree } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { SEED_YEAR } from '../helpers/constants.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { checked } from '../validation/error-shape.ts';

type Issue = { path: string; message: string };
const issuesOf = (r: LightMyRequestResponse) => (r.json() as { error: { details?: { issues?: Issue[] } } }).error.details?.issues ?? [];
const codeOf = (r: LightMyRequestResponse) => (r.json() as { error?: { code: string } }).error?.code;
const flatten = (nodes: IndicatorNode[]): IndicatorNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

describe('indicator tree and weights', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const perf = checked(t.as('perf'));

  const tree = async (yearId: string) => {
    const res = await perf({ method: 'GET', url: '/api/indicators', query: { yearId } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as IndicatorTree;
  };
  const create = (body: Record<string, unknown>) => perf({ method: 'POST', url: '/api/indicators', payload: { yearId: seeded.yearId, ...body } });
  /** Everything a refused request must leave alone: the rows under the parent and the audit log's length. */
  const snapshot = async (parentId: string | null, yearId = seeded.yearId) => ({
    rows: await db.indicator.findMany({ where: { yearId, parentId }, orderBy: { code: 'asc' } }),
    audit: await db.auditEvent.count({ where: { outcome: 'SUCCESS' } }),
  });
  /** A fresh first-level indicator of the seed year, to hang children on. */
  const freshParent = () => fx.indicator();

  describe('the demo year', () => {
    it('follows the Sichuan measures: 职能职责 60 / 行政效能 15 / 服务质量 15 / 自身建设 10, every set at 100 %', async () => {
      const tr = await tree(seeded.yearId);
      expect(tr.roots.map((r) => [r.name, r.weightPercent, r.level])).toEqual([
        ['职能职责', '60.00', 1],
        ['行政效能', '15.00', 1],
        ['服务质量', '15.00', 1],
        ['自身建设', '10.00', 1],
      ]);
      expect(tr.valid).toBe(true);
      expect(tr.problems).toEqual([]);
      expect(tr.sets[0]).toMatchObject({ parentId: null, sumBp: 10_000, sumPercent: '100.00', diffPercent: '0.00', valid: true, count: 4 });
      const all = flatten(tr.roots);
      expect(all.length).toBe(tr.count);
      expect(all.every((n) => n.level === (n.parentId ? all.find((p) => p.id === n.parentId)!.level + 1 : 1))).toBe(true);
      expect(all.some((n) => n.level === 3)).toBe(true);
      expect(tr.roots[0]!.targetTypeName).toBe('职能绩效');
      // Exact decimals survive the round trip: 37.50 + 33.75 + 28.75.
      const duties = all.find((n) => n.name === '职责任务')!;
      expect(duties.children.map((c) => c.weightPercent)).toEqual(['37.50', '33.75', '28.75']);
    });

    it('an unknown year has an empty, valid tree', async () => {
      const tr = await tree('00000000-0000-4000-8000-000000000000');
      expect(tr).toMatchObject({ roots: [], sets: [], problems: [], valid: true, count: 0 });
    });
  });

  describe('weights through the API', () => {
    it('24.25 + 25.75 + 50 is exactly 100 %: the set turns valid once the last sibling is in', async () => {
      const parent = await freshParent();
      const ids: string[] = [];
      for (const [i, weight] of ['24.25', '25.75', '50'].entries()) {
        const res = await create({ parentId: parent.id, code: `W1-${i}`, name: `权重${i}`, weight });
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({ level: 2, parentId: parent.id, weightBp: [2425, 2575, 5000][i], weightPercent: ['24.25', '25.75', '50.00'][i] });
        ids.push(res.json().id);
        const set = (await tree(seeded.yearId)).sets.find((s) => s.parentId === parent.id)!;
        expect(set.valid).toBe(i === 2);
      }
      const set = (await tree(seeded.yearId)).sets.find((s) => s.parentId === parent.id)!;
      expect(set).toMatchObject({ sumBp: 10_000, sumPercent: '100.00', count: 3, valid: true, parentName: parent.name });
    });

    it('a set short of 100 % is listed as a problem with its parent and its sum', async () => {
      const parent = await freshParent();
      await create({ parentId: parent.id, code: 'P1-a', name: '甲', weight: '33.33' });
      await create({ parentId: parent.id, code: 'P1-b', name: '乙', weight: '33.33' });
      await create({ parentId: parent.id, code: 'P1-c', name: '丙', weight: '33.33' });
      const tr = await tree(seeded.yearId);
      const problem = tr.problems.find((p) => p.parentId === parent.id);
      expect(problem).toMatchObject({ parentName: parent.name, sumBp: 9999, sumPercent: '99.99', diffPercent: '-0.01', valid: false });
      expect(tr.valid).toBe(false);
    });

    it('rebalancing to 33.33 × 3 is refused with a path on every weight, and nothing is written', async () => {
      const parent = await freshParent();
      const kids = await Promise.all([0, 1, 2].map(() => fx.indicator({ parent, weightBp: 2000 })));
      const before = await snapshot(parent.id);
      const res = await perf({
        method: 'PUT',
        url: '/api/indicators/weights',
        payload: { yearId: seeded.yearId, parentId: parent.id, weights: kids.map((k) => ({ id: k.id, weight: '33.33', version: 1 })) },
      });
      expect(res.statusCode).toBe(400);
      expect(codeOf(res)).toBe('VALIDATION_FAILED');
      expect(issuesOf(res).map((i) => i.path)).toEqual(['weights.0.weight', 'weights.1.weight', 'weights.2.weight']);
      expect(issuesOf(res)[0]!.message).toContain('99.99');
      expect(await snapshot(parent.id)).toEqual(before);
    });

    it('more than two decimals is refused, on create, update and rebalance, with the field path', async () => {
      const parent = await freshParent();
      const before = await snapshot(parent.id);
      const created = await create({ parentId: parent.id, code: 'D3', name: '三位小数', weight: '24.255' });
      expect(created.statusCode).toBe(400);
      expect(issuesOf(created)).toEqual([expect.objectContaining({ path: 'weight', message: expect.stringContaining('两位小数') })]);
      expect(await snapshot(parent.id)).toEqual(before);

      const [a, b] = await Promise.all([fx.indicator({ parent, weightBp: 5000 }), fx.indicator({ parent, weightBp: 5000 })]);
      const patched = await perf({
        method: 'PATCH',
        url: `/api/indicators/${a.id}`,
        payload: { code: a.code, name: a.name, weight: '50.001', sortOrder: 0, version: 1 },
      });
      expect(patched.statusCode).toBe(400);
      expect(issuesOf(patched).map((i) => i.path)).toEqual(['weight']);

      const beforeRebalance = await snapshot(parent.id);
      const rebalanced = await perf({
        method: 'PUT',
        url: '/api/indicators/weights',
        payload: {
          yearId: seeded.yearId,
          parentId: parent.id,
          weights: [
            { id: a.id, weight: '49.995', version: 1 },
            { id: b.id, weight: '50.005', version: 1 },
          ],
        },
      });
      expect(rebalanced.statusCode).toBe(400);
      expect(issuesOf(rebalanced).map((i) => i.path)).toEqual(['weights.0.weight', 'weights.1.weight']);
      expect(issuesOf(rebalanced)[0]!.message).toContain('两位小数');
      expect(await snapshot(parent.id)).toEqual(beforeRebalance);
    });

    it('a weight must be more than 0 and at most 100, and a number', async () => {
      for (const weight of ['0', '0.00', '100.01', '-5', '1e2', 'abc', '']) {
        const res = await create({ code: `BAD${fx.next()}`, name: '坏权重', weight });
        expect(res.statusCode, weight).toBe(400);
        expect(
          issuesOf(res).map((i) => i.path),
          weight,
        ).toEqual(['weight']);
      }
      const asNumber = await create({ code: `NUM${fx.next()}`, name: '数字权重', weight: 24.25 });
      expect(asNumber.statusCode).toBe(400);
    });

    it('depth 4 is refused: a third-level indicator takes no children, and nothing is written', async () => {
      const l1 = await freshParent();
      const l2 = await fx.indicator({ parent: l1 });
      const l3 = await create({ parentId: l2.id, code: `L3-${fx.next()}`, name: '三级', weight: '100' });
      expect(l3.statusCode, l3.body).toBe(201);
      expect(l3.json().level).toBe(3);
      const before = await snapshot(l3.json().id);
      const l4 = await create({ parentId: l3.json().id, code: `L4-${fx.next()}`, name: '四级', weight: '100' });
      expect(l4.statusCode).toBe(400);
      expect(issuesOf(l4)).toEqual([{ path: 'parentId', message: expect.stringContaining('最多 3 级'), key: 'weights.tooDeep', params: { max: 3 } }]);
      expect(await snapshot(l3.json().id)).toEqual(before);
    });

    it('only a first-level indicator names a target type', async () => {
      const types = await db.targetType.findMany();
      const parent = await freshParent();
      const child = await create({ parentId: parent.id, code: `TT${fx.next()}`, name: '二级', weight: '100', targetTypeId: types[0]!.id });
      expect(child.statusCode).toBe(400);
      expect(issuesOf(child).map((i) => i.path)).toEqual(['targetTypeId']);
      const root = await create({ code: `TT${fx.next()}`, name: '一级', weight: '10', targetTypeId: types[0]!.id });
      expect(root.statusCode).toBe(201);
      expect(root.json()).toMatchObject({ targetTypeId: types[0]!.id, targetTypeName: types[0]!.name });
      const unknown = await create({ code: `TT${fx.next()}`, name: '一级', weight: '10', targetTypeId: '00000000-0000-4000-8000-000000000000' });
      expect(unknown.statusCode).toBe(400);
      expect(issuesOf(unknown).map((i) => i.path)).toEqual(['targetTypeId']);
    });

    it('a parent from another year is refused', async () => {
      const other = await fx.year();
      const foreign = await fx.indicator({ yearId: other.id });
      const res = await create({ parentId: foreign.id, code: `X${fx.next()}`, name: '跨年', weight: '10' });
      expect(res.statusCode).toBe(400);
      expect(issuesOf(res).map((i) => i.path)).toEqual(['parentId']);
    });

    it('codes are unique per year, not across years', async () => {
      const code = `DUP${fx.next()}`;
      expect((await create({ code, name: '甲', weight: '10' })).statusCode).toBe(201);
      const dup = await create({ code, name: '乙', weight: '10' });
      expect(dup.statusCode).toBe(409);
      expect(issuesOf(dup).map((i) => i.path)).toEqual(['code']);
      const other = await fx.year();
      expect((await create({ yearId: other.id, code, name: '丙', weight: '10' })).statusCode).toBe(201);
    });

    it('unknown fields are refused, not written', async () => {
      const res = await create({ code: `UF${fx.next()}`, name: '多余字段', weight: '10', level: 1, weightBp: 10 });
      expect(res.statusCode).toBe(400);
      expect(
        issuesOf(res)
          .map((i) => i.path)
          .sort(),
      ).toEqual(['level', 'weightBp']);
    });

    it("a closed year's framework cannot change", async () => {
      const closed = await db.year.findUniqueOrThrow({ where: { year: SEED_YEAR - 1 } });
      expect(closed.status).toBe('CLOSED');
      const res = await create({ yearId: closed.id, code: `CL${fx.next()}`, name: '结束年度', weight: '10' });
      expect(res.statusCode).toBe(409);
      expect(codeOf(res)).toBe('INVALID_STATE');
      const leaf = await db.indicator.findFirstOrThrow({ where: { yearId: closed.id, children: { none: {} } } });
      const del = await perf({ method: 'DELETE', url: `/api/indicators/${leaf.id}`, query: { version: String(leaf.version) } });
      expect(del.statusCode).toBe(409);
      expect(await db.indicator.findUnique({ where: { id: leaf.id } })).not.toBeNull();
    });
  });

  describe('single edits', () => {
    it('a PATCH may leave the set invalid; the tree reports the parent and the sum; the change is audited', async () => {
      const parent = await freshParent();
      const [a] = await Promise.all([fx.indicator({ parent, weightBp: 6000 }), fx.indicator({ parent, weightBp: 4000 })]);
      const res = await perf({
        method: 'PATCH',
        url: `/api/indicators/${a!.id}`,
        payload: { code: a!.code, name: '改名了', weight: '50', sortOrder: 1, version: 1 },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ name: '改名了', weightPercent: '50.00', version: 2 });
      const problem = (await tree(seeded.yearId)).problems.find((p) => p.parentId === parent.id);
      expect(problem).toMatchObject({ sumPercent: '90.00', diffPercent: '-10.00', valid: false });
      const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: a!.id, action: 'indicators.update' } });
      expect(event.before).toEqual({ name: a!.name, weightPercent: '60.00', sortOrder: a!.sortOrder });
      expect(event.after).toEqual({ name: '改名了', weightPercent: '50.00', sortOrder: 1 });
    });

    it('a stale version gets 409 VERSION_CONFLICT and writes nothing', async () => {
      const i = await fx.indicator();
      const body = (name: string) => ({ code: i.code, name, weight: '10', sortOrder: 0, version: 1 });
      expect((await perf({ method: 'PATCH', url: `/api/indicators/${i.id}`, payload: body('第一次') })).statusCode).toBe(200);
      const second = await perf({ method: 'PATCH', url: `/api/indicators/${i.id}`, payload: body('第二次') });
      expect(second.statusCode).toBe(409);
      expect(codeOf(second)).toBe('VERSION_CONFLICT');
      expect(await db.indicator.findUniqueOrThrow({ where: { id: i.id } })).toMatchObject({ name: '第一次', version: 2 });
      expect(await db.auditEvent.count({ where: { objectId: i.id, outcome: 'SUCCESS' } })).toBe(1);
    });
  });

  describe('rebalancing a sibling set', () => {
    it('sets the whole set at once, audits each changed weight, and returns the valid tree', async () => {
      const parent = await freshParent();
      const kids = await Promise.all([3000, 3000, 3000].map((w) => fx.indicator({ parent, weightBp: w })));
      const res = await perf({
        method: 'PUT',
        url: '/api/indicators/weights',
        payload: {
          yearId: seeded.yearId,
          parentId: parent.id,
          weights: [
            { id: kids[0]!.id, weight: '24.25', version: 1 },
            { id: kids[1]!.id, weight: '25.75', version: 1 },
            { id: kids[2]!.id, weight: '50', version: 1 },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      const tr = res.json() as IndicatorTree;
      expect(tr.sets.find((s) => s.parentId === parent.id)).toMatchObject({ sumPercent: '100.00', valid: true });
      const rows = await db.indicator.findMany({ where: { parentId: parent.id } });
      expect(Object.fromEntries(rows.map((r) => [r.id, [r.weightBp, r.version]]))).toEqual({
        [kids[0]!.id]: [2425, 2],
        [kids[1]!.id]: [2575, 2],
        [kids[2]!.id]: [5000, 2],
      });
      const events = await db.auditEvent.findMany({ where: { action: 'indicators.rebalance', objectId: { in: kids.map((k) => k.id) } } });
      expect(events).toHaveLength(3);
      expect(events.find((e) => e.objectId === kids[0]!.id)).toMatchObject({ before: { weightPercent: '30.00' }, after: { weightPercent: '24.25' } });
    });

    it('the first level of a year is a set too (parentId null)', async () => {
      const y = await fx.year();
      const [a, b] = await Promise.all([fx.indicator({ yearId: y.id, weightBp: 7000 }), fx.indicator({ yearId: y.id, weightBp: 7000 })]);
      expect((await tree(y.id)).problems).toMatchObject([{ parentId: null, sumPercent: '140.00', diffPercent: '40.00' }]);
      const res = await perf({
        method: 'PUT',
        url: '/api/indicators/weights',
        payload: {
          yearId: y.id,
          parentId: null,
          weights: [
            { id: a.id, weight: '70', version: 1 },
            { id: b.id, weight: '30', version: 1 },
          ],
        },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().valid).toBe(true);
      // The unchanged weight is not rewritten.
      expect((await db.indicator.findUniqueOrThrow({ where: { id: a.id } })).version).toBe(1);
      expect((await db.indicator.findUniqueOrThrow({ where: { id: b.id } })).weightBp).toBe(3000);
    });

    it('one stale version refuses the whole set: no weight changes', async () => {
      const parent = await freshParent();
      const kids = await Promise.all([5000, 5000].map((w) => fx.indicator({ parent, weightBp: w })));
      await db.indicator.update({ where: { id: kids[1]!.id }, data: { version: 2 } }); // someone else saved it meanwhile
      const before = await snapshot(parent.id);
      const res = await perf({
        method: 'PUT',
        url: '/api/indicators/weights',
        payload: {
          yearId: seeded.yearId,
          parentId: parent.id,
          weights: [
            { id: kids[0]!.id, weight: '60', version: 1 },
            { id: kids[1]!.id, weight: '40', version: 1 },
          ],
        },
      });
      expect(res.statusCode).toBe(409);
      expect(codeOf(res)).toBe('VERSION_CONFLICT');
      expect(await snapshot(parent.id)).toEqual(before);
    });

    it('the whole set, only the set, each sibling once', async () => {
      const parent = await freshParent();
      const kids = await Promise.all([4000, 3000, 3000].map((w) => fx.indicator({ parent, weightBp: w })));
      const stranger = await fx.indicator({ weightBp: 100 });
      const put = (weights: { id: string; weight: string; version: number }[]) =>
        perf({ method: 'PUT', url: '/api/indicators/weights', payload: { yearId: seeded.yearId, parentId: parent.id, weights } });
      const before = await snapshot(parent.id);

      const partial = await put([
        { id: kids[0]!.id, weight: '50', version: 1 },
        { id: kids[1]!.id, weight: '50', version: 1 },
      ]);
      expect(partial.statusCode).toBe(400);
      expect(issuesOf(partial)).toEqual([
        { path: 'weights', message: expect.stringContaining('还缺少 1 个'), key: 'framework.siblingsMissing', params: expect.objectContaining({ count: 1 }) },
      ]);

      const foreign = await put([
        { id: kids[0]!.id, weight: '40', version: 1 },
        { id: kids[1]!.id, weight: '30', version: 1 },
        { id: stranger.id, weight: '30', version: 1 },
      ]);
      expect(foreign.statusCode).toBe(400);
      expect(issuesOf(foreign).map((i) => i.path)).toEqual(['weights.2.id', 'weights']);

      const twice = await put([
        { id: kids[0]!.id, weight: '40', version: 1 },
        { id: kids[0]!.id, weight: '30', version: 1 },
        { id: kids[2]!.id, weight: '30', version: 1 },
      ]);
      expect(twice.statusCode).toBe(400);
      expect(issuesOf(twice).map((i) => i.path)).toEqual(['weights.1.id']);

      const empty = await put([]);
      expect(empty.statusCode).toBe(400);
      expect(await snapshot(parent.id)).toEqual(before);
    });
  });

  describe('delete', () => {
    it('refuses an indicator that has children, and deletes a leaf (audited)', async () => {
      const parent = await freshParent();
      const leaf = await fx.indicator({ parent });
      const refused = await perf({ method: 'DELETE', url: `/api/indicators/${parent.id}`, query: { version: '1' } });
      expect(refused.statusCode).toBe(409);
      expect(codeOf(refused)).toBe('INVALID_STATE');
      expect(refused.json().error.message).toContain('1 个下级指标');
      expect(await db.indicator.count({ where: { id: { in: [parent.id, leaf.id] } } })).toBe(2);

      expect((await perf({ method: 'DELETE', url: `/api/indicators/${leaf.id}`, query: { version: '1' } })).statusCode).toBe(200);
      expect(await db.indicator.findUnique({ where: { id: leaf.id } })).toBeNull();
      const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: leaf.id, action: 'indicators.delete' } });
      expect(event.before).toMatchObject({ code: leaf.code, name: leaf.name, weightPercent: '10.00' });
      expect(event.after).toBeNull();
      // Now a leaf itself, the parent goes too.
      expect((await perf({ method: 'DELETE', url: `/api/indicators/${parent.id}`, query: { version: '1' } })).statusCode).toBe(200);
    });

    it('a stale version gets 409 and deletes nothing; an unknown id 404', async () => {
      const i = await fx.indicator();
      await db.indicator.update({ where: { id: i.id }, data: { version: 2 } });
      const res = await perf({ method: 'DELETE', url: `/api/indicators/${i.id}`, query: { version: '1' } });
      expect(res.statusCode).toBe(409);
      expect(codeOf(res)).toBe('VERSION_CONFLICT');
      expect(await db.indicator.findUnique({ where: { id: i.id } })).not.toBeNull();
      const gone = await perf({ method: 'DELETE', url: '/api/indicators/00000000-0000-4000-8000-000000000000', query: { version: '1' } });
      expect(gone.statusCode).toBe(404);
    });
  });

  describe('who', () => {
    it('business roles read the tree, a functional department cannot change it, the auditor cannot read it', async () => {
      for (const user of ['leader', 'deputy', 'safety', 'unit.chengdu', 'staff.chengdu']) {
        const res = await t.as(user)({ method: 'GET', url: '/api/indicators', query: { yearId: seeded.yearId } });
        expect(res.statusCode, user).toBe(200);
        expect((res.json() as IndicatorTree).roots.length, user).toBeGreaterThanOrEqual(4);
      }
      expect((await t.as('auditor')({ method: 'GET', url: '/api/indicators', query: { yearId: seeded.yearId } })).statusCode).toBe(403);
      const i = await fx.indicator();
      const res = await t.as('safety')({
        method: 'PATCH',
        url: `/api/indicators/${i.id}`,
        payload: { code: i.code, name: '越权', weight: '10', sortOrder: 0, version: 1 },
      });
      expect(res.statusCode).toBe(403);
      expect((await db.indicator.findUniqueOrThrow({ where: { id: i.id } })).name).toBe(i.name);
    });
  });
});
