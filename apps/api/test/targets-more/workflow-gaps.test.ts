import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '@jx/db';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

// Target workflow gaps: 撤销修订 (cancel a revision in progress), 批量发布, deleting a never-published target, a clear
// message when an indicator still carries targets, and the 站内消息 a submitted target sends to its reviewers.
describe('targets: cancel revision, bulk publish, delete, indicator in use, submit notice', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const frame = await fx.frameworkYear();
  const frameYear = (await db.year.findUniqueOrThrow({ where: { id: frame.yearId } })).year;
  const target = (status: TargetStatus, opts: { unitCode?: string; typeCode?: string } = {}) =>
    fx.target({ status, yearId: frame.yearId, indicatorId: frame.leafId, ...opts });
  const row = (id: string) =>
    db.target.findUnique({
      where: { id },
      include: { milestones: { orderBy: { period: 'asc' } }, responsibles: true, revisions: { orderBy: { revisionNo: 'asc' } } },
    });
  const post = (user: string, url: string, payload: object) => t.as(user)({ method: 'POST', url, payload });
  const code = (res: { json(): unknown }) => (res.json() as { error: { code: string } }).error.code;
  const message = (res: { json(): unknown }) => (res.json() as { error: { message: string } }).error.message;

  /** A published target with a revision in progress whose working copy has been edited (title, plan). */
  async function underRevision(status: 'DRAFT' | 'SUBMITTED' | 'RETURNED' = 'DRAFT') {
    const tg = await target('PUBLISHED');
    const revise = await post('unit.chengdu', `/api/targets/${tg.id}/revise`, { version: 1, reason: '年中调整' });
    expect(revise.statusCode, revise.body).toBe(200);
    const detail = revise.json();
    const edit = await t.as('unit.chengdu')({
      method: 'PATCH',
      url: `/api/targets/${tg.id}`,
      payload: {
        indicatorId: frame.leafId,
        title: `${tg.title}（修订稿）`,
        content: '调整后的内容',
        measures: detail.measures,
        deadline: `${frameYear}-12-31`,
        expectedResult: detail.expectedResult,
        maxScore: '6',
        milestones: detail.milestones,
        version: 2,
        responsibles: detail.responsibles.map((r: { personId: string; share: string }) => ({ personId: r.personId, share: r.share })),
      },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    let version = 3;
    if (status !== 'DRAFT') {
      expect((await post('unit.chengdu', `/api/targets/${tg.id}/submit`, { version })).statusCode).toBe(200);
      version++;
    }
    if (status === 'RETURNED') {
      expect((await post('safety', `/api/targets/${tg.id}/return`, { version, reason: '请补充措施' })).statusCode).toBe(200);
      version++;
    }
    return { tg, version };
  }

  describe('撤销修订', () => {
    for (const status of ['DRAFT', 'SUBMITTED', 'RETURNED'] as const) {
      it(`a ${status} revision is dropped: the target is PUBLISHED again with the content in force, audited`, async () => {
        const { tg, version } = await underRevision(status);
        const inForce = (await row(tg.id))!.revisions[0]!.snapshot as { title: string; maxScore: string; content: string };
        const res = await post('unit.chengdu', `/api/targets/${tg.id}/cancel-revision`, { version });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({
          status: 'PUBLISHED',
          title: tg.title,
          maxScore: '5.00',
          publishedRevisionNo: 1,
          version: version + 1,
          returnReason: null,
        });
        const after = (await row(tg.id))!;
        expect(after.title).toBe(inForce.title);
        expect(after.content).toBe(inForce.content);
        expect(after.revisions.map((r) => [r.revisionNo, r.status])).toEqual([[1, 'PUBLISHED']]);
        const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: tg.id, action: 'targets.cancelRevision' } });
        expect(event.before).toMatchObject({ title: `${tg.title}（修订稿）`, status: status });
        expect(event.after).toMatchObject({ title: tg.title, status: 'PUBLISHED' });
        // A new revision can be started afterwards (revision 2 again).
        const again = await post('unit.chengdu', `/api/targets/${tg.id}/revise`, { version: version + 1, reason: '再次调整' });
        expect(again.statusCode, again.body).toBe(200);
        expect(again.json().revisions.map((r: { revisionNo: number }) => r.revisionNo)).toEqual([1, 2]);
      });
    }

    it('is refused for a published target without revision, an approved revision, a never-published draft, a stale version and another unit', async () => {
      const published = await target('PUBLISHED');
      const r1 = await post('unit.chengdu', `/api/targets/${published.id}/cancel-revision`, { version: 1 });
      expect([r1.statusCode, code(r1)]).toEqual([409, 'INVALID_STATE']);

      const draft = await target('DRAFT');
      const r2 = await post('unit.chengdu', `/api/targets/${draft.id}/cancel-revision`, { version: 1 });
      expect([r2.statusCode, code(r2)]).toEqual([409, 'INVALID_STATE']);
      expect(message(r2)).toContain('尚未发布过');

      const { tg, version } = await underRevision('SUBMITTED');
      expect((await post('safety', `/api/targets/${tg.id}/approve`, { version })).statusCode).toBe(200);
      const r3 = await post('unit.chengdu', `/api/targets/${tg.id}/cancel-revision`, { version: version + 1 });
      expect([r3.statusCode, code(r3)]).toEqual([409, 'INVALID_STATE']);

      const other = await underRevision('DRAFT');
      const before = await row(other.tg.id);
      const stale = await post('unit.chengdu', `/api/targets/${other.tg.id}/cancel-revision`, { version: other.version - 1 });
      expect([stale.statusCode, code(stale)]).toEqual([409, 'VERSION_CONFLICT']);
      const foreign = await post('unit.mianyang', `/api/targets/${other.tg.id}/cancel-revision`, { version: other.version });
      expect(foreign.statusCode).toBe(403);
      expect(await row(other.tg.id)).toEqual(before);
    });
  });

  describe('批量发布', () => {
    it('publishes each approved item on its own; a stale and a wrong-state item fail with their reason', async () => {
      const a = await target('APPROVED');
      const b = await target('APPROVED');
      const stale = await target('APPROVED');
      const draft = await target('DRAFT');
      const res = await post('perf', '/api/targets/bulk-publish', {
        items: [
          { id: a.id, version: 1 },
          { id: b.id, version: 1 },
          { id: stale.id, version: 7 },
          { id: draft.id, version: 1 },
        ],
      });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ succeeded: 2, failed: 2 });
      expect(body.results.map((r: { ok: boolean; status: string | null; error: { code: string } | null }) => [r.ok, r.status, r.error?.code ?? null])).toEqual([
        [true, 'PUBLISHED', null],
        [true, 'PUBLISHED', null],
        [false, null, 'VERSION_CONFLICT'],
        [false, null, 'INVALID_STATE'],
      ]);
      for (const id of [a.id, b.id]) {
        const r = (await row(id))!;
        expect([r.status, r.publishedRevisionNo, r.revisions.length]).toEqual(['PUBLISHED', 1, 1]);
      }
      expect((await row(stale.id))!.status).toBe('APPROVED');
      expect(await db.auditEvent.count({ where: { objectId: { in: [a.id, b.id] }, action: 'targets.publish' } })).toBe(2);
    });

    it('is for the performance office only', async () => {
      const a = await target('APPROVED');
      const res = await post('safety', '/api/targets/bulk-publish', { items: [{ id: a.id, version: 1 }] });
      expect(res.statusCode).toBe(403);
      expect((await row(a.id))!.status).toBe('APPROVED');
    });
  });

  describe('删除目标', () => {
    it('the unit deletes its own never-published draft and returned targets; the before image is audited', async () => {
      for (const status of ['DRAFT', 'RETURNED'] as const) {
        const tg = await target(status);
        const res = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=1` });
        expect(res.statusCode, res.body).toBe(200);
        expect(await row(tg.id)).toBeNull();
        expect(await db.targetMilestone.count({ where: { targetId: tg.id } })).toBe(0);
        const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: tg.id, action: 'targets.delete' } });
        expect(event.before).toMatchObject({ title: tg.title, status });
        expect(event.after).toBeNull();
      }
    });

    it('refuses submitted, approved, published and revised targets (409), a stale version (409) and other units (403)', async () => {
      for (const status of ['SUBMITTED', 'APPROVED', 'PUBLISHED'] as const) {
        const tg = await target(status);
        const res = await t.as('perf')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=1` });
        expect([res.statusCode, code(res)], status).toEqual([409, 'INVALID_STATE']);
        expect(await row(tg.id)).not.toBeNull();
      }
      const { tg, version } = await underRevision('DRAFT');
      const revised = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=${version}` });
      expect([revised.statusCode, code(revised)]).toEqual([409, 'INVALID_STATE']);
      expect(message(revised)).toContain('撤销修订');

      const draft = await target('DRAFT');
      const stale = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${draft.id}?version=2` });
      expect([stale.statusCode, code(stale)]).toEqual([409, 'VERSION_CONFLICT']);
      const foreign = await t.as('unit.mianyang')({ method: 'DELETE', url: `/api/targets/${draft.id}?version=1` });
      expect(foreign.statusCode).toBe(403);
      const otherType = await t.as('integrity')({ method: 'DELETE', url: `/api/targets/${draft.id}?version=1` });
      expect(otherType.statusCode).toBe(403);
      expect(await row(draft.id)).not.toBeNull();
    });

    it('a target handed down by a department is deleted by that department, not by the unit', async () => {
      const tg = await target('DRAFT');
      await db.target.update({ where: { id: tg.id }, data: { origin: 'ASSIGNED' } });
      const byUnit = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=1` });
      expect(byUnit.statusCode).toBe(403);
      expect(message(byUnit)).toContain('下达');
      const byDept = await t.as('safety')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=1` });
      expect(byDept.statusCode, byDept.body).toBe(200);
    });

    it('a target carrying a comment is kept with a clear 409', async () => {
      const tg = await target('DRAFT');
      await db.comment.create({ data: { targetId: tg.id, authorId: seeded.accountId('leader'), body: '请抓紧' } });
      const res = await t.as('unit.chengdu')({ method: 'DELETE', url: `/api/targets/${tg.id}?version=1` });
      expect([res.statusCode, code(res), message(res)]).toEqual([409, 'CONFLICT', '该目标已有 1 条点评，不能删除']);
      expect(await row(tg.id)).not.toBeNull();
    });
  });

  it('deleting an indicator that carries targets says how many, 409 INVALID_STATE, and deletes nothing', async () => {
    const own = await fx.frameworkYear();
    const leaf = await db.indicator.findUniqueOrThrow({ where: { id: own.leafId } });
    await fx.target({ status: 'DRAFT', yearId: own.yearId, indicatorId: leaf.id });
    await fx.target({ status: 'PUBLISHED', yearId: own.yearId, indicatorId: leaf.id });
    const res = await t.as('perf')({ method: 'DELETE', url: `/api/indicators/${leaf.id}?version=${leaf.version}` });
    expect([res.statusCode, code(res), message(res)]).toEqual([409, 'INVALID_STATE', '该指标下已有 2 个目标，不能删除']);
    expect(await db.indicator.count({ where: { id: leaf.id } })).toBe(1);
  });

  it('a submitted target notifies its reviewers — the owning department and the office — but not the submitter or other departments', async () => {
    const tg = await target('DRAFT');
    const res = await post('unit.chengdu', `/api/targets/${tg.id}/submit`, { version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    const notes = await db.notification.findMany({ where: { link: `/targets/${tg.id}` } });
    const to = new Set(notes.map((n) => n.accountId));
    expect(to.has(seeded.accountId('safety'))).toBe(true);
    expect(to.has(seeded.accountId('perf'))).toBe(true);
    expect(to.has(seeded.accountId('integrity'))).toBe(false);
    expect(to.has(seeded.accountId('unit.chengdu'))).toBe(false);
    expect(notes.every((n) => n.kind === 'TARGET_SUBMITTED' && n.title === `目标待审核：${tg.title}` && n.body === '成都市交通运输局提交，请审核')).toBe(true);

    // The office submitting a target does not notify itself.
    const own = await target('DRAFT');
    await post('perf', `/api/targets/${own.id}/submit`, { version: 1 });
    const ownNotes = await db.notification.findMany({ where: { link: `/targets/${own.id}` } });
    expect(ownNotes.map((n) => n.accountId)).toEqual([seeded.accountId('safety')]);
  });
});
