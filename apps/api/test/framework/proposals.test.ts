import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { FrameworkProposal } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { checked } from '../validation/error-shape.ts';

const codeOf = (r: LightMyRequestResponse) => (r.json() as { error?: { code: string } }).error?.code;

/**
 * 指标修改提议 (decision 0029): 安监处 (safety) drafts changes to the 安全生产 subtree, the office accepts (the tree changes,
 * through the rules of a direct edit) or rejects (the tree stays); nobody else edits the framework.
 */
describe('framework proposals', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const perf = checked(t.as('perf'));
  const safety = checked(t.as('safety'));
  const admin = checked(t.as('admin'));
  const safetyType = (await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } })).id;

  /** A first-level 安全生产 indicator of the demo year, with a child, written directly. */
  const safetyRoot = async () => {
    const root = await db.indicator.update({ where: { id: (await fx.indicator({ weightBp: 500 })).id }, data: { targetTypeId: safetyType } });
    const child = await fx.indicator({ parent: root, weightBp: 10000 });
    return { root, child };
  };
  const propose = (payload: Record<string, unknown>, as = safety) => as({ method: 'POST', url: '/api/framework-proposals', payload });
  const accept = (p: FrameworkProposal, as = perf) => as({ method: 'POST', url: `/api/framework-proposals/${p.id}/accept`, payload: { version: p.version } });
  const reject = (p: FrameworkProposal, reason: string) =>
    perf({ method: 'POST', url: `/api/framework-proposals/${p.id}/reject`, payload: { version: p.version, reason } });
  const list = async (as = perf) =>
    (await as({ method: 'GET', url: '/api/framework-proposals', query: { yearId: seeded.yearId } })).json() as FrameworkProposal[];

  it('the administrator no longer edits the yearly framework; the office does', async () => {
    const i = await fx.indicator();
    const body = { code: i.code, name: '管理员改名', weight: '10', sortOrder: 0, version: 1 };
    expect((await admin({ method: 'PATCH', url: `/api/indicators/${i.id}`, payload: body })).statusCode).toBe(403);
    expect(
      (await admin({ method: 'POST', url: '/api/indicators', payload: { yearId: seeded.yearId, code: 'ADM-1', name: '管理员指标', weight: '5' } })).statusCode,
    ).toBe(403);
    expect((await perf({ method: 'PATCH', url: `/api/indicators/${i.id}`, payload: body })).statusCode).toBe(200);
  });

  it('a department proposes a new indicator under its type; the office is told; accepting adds it to the tree', async () => {
    const { root } = await safetyRoot();
    const res = await propose({
      kind: 'CREATE',
      yearId: seeded.yearId,
      parentId: root.id,
      code: 'SAF-NEW',
      name: '隐患排查治理',
      weight: '40',
      note: '新增年度重点',
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json() as FrameworkProposal;
    expect(p).toMatchObject({
      kind: 'CREATE',
      status: 'PENDING',
      targetTypeId: safetyType,
      targetTypeName: '安全生产',
      parentName: root.name,
      before: null,
      after: { code: 'SAF-NEW', name: '隐患排查治理', weightPercent: '40.00' },
    });
    // Not in the tree until accepted.
    expect(await db.indicator.findUnique({ where: { yearId_code: { yearId: seeded.yearId, code: 'SAF-NEW' } } })).toBeNull();
    expect(await db.notification.count({ where: { accountId: seeded.accountId('perf'), kind: 'FRAMEWORK_PROPOSED' } })).toBeGreaterThan(0);

    const ok = await accept(p);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'ACCEPTED', version: 2, decidedByName: expect.any(String) });
    const added = await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: 'SAF-NEW' } } });
    expect(added).toMatchObject({ parentId: root.id, level: 2, weightBp: 4000, name: '隐患排查治理', targetTypeId: null });
    expect(await db.indicator.count({ where: { parentId: root.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: 'indicators.create', objectId: added.id } })).toBe(1);
    const told = await db.notification.findFirstOrThrow({ where: { accountId: seeded.accountId('safety'), kind: 'FRAMEWORK_PROPOSAL_DECIDED' } });
    expect(told.title).toBe('指标修改提议已采纳：新增指标“隐患排查治理”');
  });

  it('the department reads its own proposals; the office all of them', async () => {
    const mine = await list(safety);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((p) => p.targetTypeId === safetyType)).toBe(true);
    expect((await list(checked(t.as('integrity')))).length).toBe(0);
    expect((await list()).length).toBeGreaterThanOrEqual(mine.length);
  });

  it("a department cannot propose under another type's subtree (403) nor a new first-level indicator without its type (400)", async () => {
    const functional = await db.indicator.findFirstOrThrow({ where: { yearId: seeded.yearId, level: 1, targetType: { code: 'FUNCTIONAL' } } });
    const under = await propose({ kind: 'CREATE', yearId: seeded.yearId, parentId: functional.id, code: 'SAF-X', name: '越权指标', weight: '5' });
    expect(under.statusCode).toBe(403);
    const edit = await propose({
      kind: 'UPDATE',
      indicatorId: functional.id,
      indicatorVersion: functional.version,
      code: functional.code,
      name: '改名',
      weight: '60',
    });
    expect(edit.statusCode).toBe(403);
    const integrityType = (await db.targetType.findUniqueOrThrow({ where: { code: 'INTEGRITY' } })).id;
    const otherRoot = await propose({ kind: 'CREATE', yearId: seeded.yearId, targetTypeId: integrityType, code: 'SAF-Y', name: '越权一级', weight: '5' });
    expect(otherRoot.statusCode).toBe(403);
    const noType = await propose({ kind: 'CREATE', yearId: seeded.yearId, code: 'SAF-Z', name: '无类型', weight: '5' });
    expect(noType.statusCode).toBe(400);
    expect(await db.frameworkProposal.count({ where: { proposedById: seeded.accountId('safety'), after: { path: ['code'], equals: 'SAF-X' } } })).toBe(0);
  });

  it('rejecting needs a reason, keeps the tree and tells the department', async () => {
    const { child } = await safetyRoot();
    const p = (await propose({ kind: 'DELETE', indicatorId: child.id, indicatorVersion: child.version })).json() as FrameworkProposal;
    expect(p).toMatchObject({ kind: 'DELETE', before: { name: child.name } });
    const noReason = await perf({ method: 'POST', url: `/api/framework-proposals/${p.id}/reject`, payload: { version: p.version, reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const res = await reject(p, '该指标今年仍需考核');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'REJECTED', decisionReason: '该指标今年仍需考核' });
    expect(await db.indicator.findUnique({ where: { id: child.id } })).not.toBeNull();
    const notice = await db.notification.findFirstOrThrow({
      where: { accountId: seeded.accountId('safety'), kind: 'FRAMEWORK_PROPOSAL_DECIDED', title: { contains: '退回' } },
    });
    expect(notice).toMatchObject({ title: `指标修改提议已退回：删除指标“${child.name}”`, body: '该指标今年仍需考核' });
    // Decided once: accepting it afterwards is refused.
    const late = await accept(res.json() as FrameworkProposal);
    expect(late.statusCode).toBe(409);
    expect(codeOf(late)).toBe('INVALID_STATE');
  });

  it('a stale proposal version gets 409; two decisions at once give one success', async () => {
    const { child } = await safetyRoot();
    const p = (
      await propose({ kind: 'UPDATE', indicatorId: child.id, indicatorVersion: 1, code: child.code, name: '改后名称', weight: '100' })
    ).json() as FrameworkProposal;
    const [a, b] = await Promise.all([accept(p), reject(p, '并发退回')]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const stale = await accept({ ...p, version: 7 });
    expect(stale.statusCode).toBe(409);
  });

  it('accepting an update whose indicator changed since is refused (409) and changes nothing; an update applies the proposed values', async () => {
    const { child } = await safetyRoot();
    const p = (
      await propose({ kind: 'UPDATE', indicatorId: child.id, indicatorVersion: 1, code: child.code, name: '部门改名', weight: '100' })
    ).json() as FrameworkProposal;
    expect(p).toMatchObject({ before: { name: child.name, weightPercent: '100.00' }, after: { name: '部门改名' } });
    await perf({
      method: 'PATCH',
      url: `/api/indicators/${child.id}`,
      payload: { code: child.code, name: '办里先改', weight: '100', sortOrder: 0, version: 1 },
    });
    const refused = await accept(p);
    expect(refused.statusCode).toBe(409);
    expect(codeOf(refused)).toBe('INVALID_STATE');
    expect(await db.frameworkProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: 'PENDING', version: 1 });
    expect(await db.indicator.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ name: '办里先改' });

    const fresh = await db.indicator.findUniqueOrThrow({ where: { id: child.id } });
    const q = (
      await propose({ kind: 'UPDATE', indicatorId: child.id, indicatorVersion: fresh.version, code: child.code, name: '部门再改', weight: '100' })
    ).json() as FrameworkProposal;
    expect((await accept(q)).statusCode).toBe(200);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: child.id } })).toMatchObject({ name: '部门再改', version: fresh.version + 1 });
  });

  it('a proposal made on a stale indicator version is refused with 409', async () => {
    const { child } = await safetyRoot();
    const res = await propose({ kind: 'DELETE', indicatorId: child.id, indicatorVersion: child.version + 3 });
    expect(res.statusCode).toBe(409);
    expect(codeOf(res)).toBe('VERSION_CONFLICT');
  });

  it('accepting applies the same rules as a direct edit: a delete of an indicator with children is refused, nothing changes', async () => {
    const { root } = await safetyRoot();
    const p = (await propose({ kind: 'DELETE', indicatorId: root.id, indicatorVersion: root.version })).json() as FrameworkProposal;
    const res = await accept(p);
    expect(res.statusCode).toBe(409);
    expect(codeOf(res)).toBe('INVALID_STATE');
    expect(await db.indicator.findUnique({ where: { id: root.id } })).not.toBeNull();
    expect(await db.frameworkProposal.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({ status: 'PENDING' });
  });

  it('a new first-level indicator of its own type is accepted with that type; the department may withdraw a pending one', async () => {
    const p = (
      await propose({ kind: 'CREATE', yearId: seeded.yearId, targetTypeId: safetyType, code: 'SAF-ROOT', name: '安全生产', weight: '10' })
    ).json() as FrameworkProposal;
    expect((await accept(p)).statusCode).toBe(200);
    expect(await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: 'SAF-ROOT' } } })).toMatchObject({
      level: 1,
      targetTypeId: safetyType,
    });

    const w = (
      await propose({ kind: 'CREATE', yearId: seeded.yearId, targetTypeId: safetyType, code: 'SAF-W', name: '撤回的', weight: '5' })
    ).json() as FrameworkProposal;
    const other = await checked(t.as('integrity'))({ method: 'POST', url: `/api/framework-proposals/${w.id}/withdraw`, payload: { version: 1 } });
    expect(other.statusCode).toBe(403);
    const mine = await safety({ method: 'POST', url: `/api/framework-proposals/${w.id}/withdraw`, payload: { version: 1 } });
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json()).toMatchObject({ status: 'WITHDRAWN' });
  });
});
