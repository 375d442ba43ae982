import { describe, expect, it } from 'vitest';
import type { TargetStatus } from '@jx/db';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

// The target state machine: every legal transition, and every illegal one (wrong state → 409, stale version → 409,
// wrong role or scope → 403), each checked for no write and the audit trail.
describe('targets: workflow', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const frame = await fx.frameworkYear();

  const row = (id: string) => db.target.findUnique({ where: { id }, include: { milestones: true, responsibles: true, revisions: true } });
  const target = (status: TargetStatus, opts: { unitCode?: string; typeCode?: string } = {}) =>
    fx.target({ status, yearId: frame.yearId, indicatorId: frame.leafId, ...opts });

  type Action = 'submit' | 'approve' | 'return' | 'publish' | 'revise';
  const bodyOf = (action: Action, version: number) => (action === 'return' || action === 'revise' ? { version, reason: '测试原因' } : { version });
  const call = (user: string, action: Action, id: string, version = 1) =>
    t.as(user)({ method: 'POST', url: `/api/targets/${id}/${action}`, payload: bodyOf(action, version) });

  const LEGAL: [Action, TargetStatus, TargetStatus, string][] = [
    ['submit', 'DRAFT', 'SUBMITTED', 'unit.chengdu'],
    ['submit', 'RETURNED', 'SUBMITTED', 'unit.chengdu'],
    ['approve', 'SUBMITTED', 'APPROVED', 'safety'],
    ['return', 'SUBMITTED', 'RETURNED', 'safety'],
    ['return', 'APPROVED', 'RETURNED', 'perf'],
    ['publish', 'APPROVED', 'PUBLISHED', 'perf'],
    ['revise', 'PUBLISHED', 'DRAFT', 'unit.chengdu'],
  ];

  for (const [action, from, to, user] of LEGAL) {
    it(`${action}: ${from} → ${to} by ${user}, audited with the reason`, async () => {
      const tg = await target(from);
      const res = await call(user, action, tg.id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: to, version: 2 });
      const after = await row(tg.id);
      expect(after!.status).toBe(to);
      const event = await db.auditEvent.findFirstOrThrow({ where: { objectId: tg.id, action: `targets.${action}` } });
      expect(event.outcome).toBe('SUCCESS');
      if (action === 'return' || action === 'revise') {
        expect(event.reason).toBe('测试原因');
      }
      if (action === 'return') expect(after!.returnReason).toBe('测试原因');
    });
  }

  const ALL: TargetStatus[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED', 'PUBLISHED'];
  const actor: Record<Action, string> = { submit: 'unit.chengdu', approve: 'safety', return: 'safety', publish: 'perf', revise: 'perf' };
  for (const action of ['submit', 'approve', 'return', 'publish', 'revise'] as Action[]) {
    const legalFrom = LEGAL.filter((l) => l[0] === action).map((l) => l[1]);
    for (const from of ALL.filter((s) => !legalFrom.includes(s))) {
      it(`${action} from ${from} is 409 INVALID_STATE and writes nothing`, async () => {
        const tg = await target(from);
        const before = await row(tg.id);
        const res = await call(actor[action], action, tg.id);
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().error.code).toBe('INVALID_STATE');
        expect(await row(tg.id)).toEqual(before);
      });
    }
  }

  it('a stale version is 409 VERSION_CONFLICT for every transition, with no write', async () => {
    for (const [action, from, , user] of LEGAL) {
      const tg = await target(from);
      const before = await row(tg.id);
      const res = await call(user, action, tg.id, 7);
      expect(res.statusCode, `${action} ${res.body}`).toBe(409);
      expect(res.json().error.code).toBe('VERSION_CONFLICT');
      expect(await row(tg.id)).toEqual(before);
    }
  });

  it('editing: only DRAFT or RETURNED targets; anything else is 409 with no write', async () => {
    const leaf = frame.leafId;
    const person = await seeded.personIn('CITY-CD');
    const body = (title: string) => ({
      indicatorId: leaf,
      title,
      content: '内容',
      measures: '措施',
      deadline: '2031-12-31',
      expectedResult: '效果',
      maxScore: '4.5',
      milestones: [
        { period: 'M06', plannedPercent: 50 },
        { period: 'M12', plannedPercent: 100 },
      ],
      responsibles: [{ personId: person, share: '100' }],
      version: 1,
    });
    const year = await db.year.findUniqueOrThrow({ where: { id: frame.yearId } });
    for (const status of ALL) {
      const tg = await target(status);
      const b = body(`改名${status}`);
      b.deadline = `${year.year}-12-31`;
      const before = await row(tg.id);
      const res = await t.as('unit.chengdu')({ method: 'PATCH', url: `/api/targets/${tg.id}`, payload: b });
      if (status === 'DRAFT' || status === 'RETURNED') {
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json()).toMatchObject({
          title: `改名${status}`,
          maxScore: '4.50',
          version: 2,
          milestones: [
            { period: 'M06', plannedPercent: 50 },
            { period: 'M12', plannedPercent: 100 },
          ],
        });
      } else {
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().error.code).toBe('INVALID_STATE');
        expect(await row(tg.id)).toEqual(before);
      }
    }
  });

  describe('wrong role or scope → 403, audited, no write', () => {
    const cases: [string, Action, TargetStatus, { unitCode?: string; typeCode?: string }][] = [
      // a unit acting on another unit's target
      ['unit.mianyang', 'submit', 'DRAFT', {}],
      ['unit.mianyang', 'revise', 'PUBLISHED', {}],
      // a unit may not review or publish, even its own
      ['unit.chengdu', 'approve', 'SUBMITTED', {}],
      ['unit.chengdu', 'return', 'SUBMITTED', {}],
      ['unit.chengdu', 'publish', 'APPROVED', {}],
      // FUNC_DEPT on a type it does not own (安监处 and 廉政建设)
      ['safety', 'approve', 'SUBMITTED', { typeCode: 'INTEGRITY' }],
      ['safety', 'return', 'APPROVED', { typeCode: 'INTEGRITY' }],
      ['safety', 'submit', 'DRAFT', { typeCode: 'INTEGRITY' }],
      ['integrity', 'approve', 'SUBMITTED', { typeCode: 'SAFETY' }],
      // FUNC_DEPT may not publish, even its own type
      ['safety', 'publish', 'APPROVED', {}],
      // readers
      ['leader', 'approve', 'SUBMITTED', {}],
      ['deputy', 'submit', 'DRAFT', {}],
      ['staff.chengdu', 'submit', 'DRAFT', {}],
      ['admin', 'approve', 'SUBMITTED', {}],
      ['auditor', 'publish', 'APPROVED', {}],
    ];
    for (const [user, action, status, opts] of cases) {
      it(`${user} ${action} (${status}, ${opts.typeCode ?? 'SAFETY'}, ${opts.unitCode ?? 'CITY-CD'})`, async () => {
        const tg = await target(status, opts);
        const before = await row(tg.id);
        const res = await call(user, action, tg.id);
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
        expect(await row(tg.id)).toEqual(before);
        const requestId = String(res.headers['x-request-id']);
        expect(await db.auditEvent.count({ where: { requestId, outcome: 'DENIED' } })).toBe(1);
        expect(await db.auditEvent.count({ where: { requestId, outcome: 'SUCCESS' } })).toBe(0);
      });
    }

    it('a unit cannot edit another unit’s target, nor create one for it', async () => {
      const tg = await target('DRAFT');
      const before = await row(tg.id);
      const person = await seeded.personIn('CITY-MY');
      const type = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
      const content = {
        indicatorId: frame.leafId,
        title: '越权',
        content: '内容',
        measures: '措施',
        deadline: '2031-12-31',
        expectedResult: '效果',
        maxScore: '3',
        milestones: [{ period: 'M12', plannedPercent: 100 }],
        responsibles: [{ personId: person, share: '100' }],
      };
      const edit = await t.as('unit.mianyang')({ method: 'PATCH', url: `/api/targets/${tg.id}`, payload: { ...content, version: 1 } });
      expect(edit.statusCode).toBe(403);
      expect(await row(tg.id)).toEqual(before);
      const create = await t.as('unit.mianyang')({
        method: 'POST',
        url: '/api/targets',
        payload: { ...content, yearId: frame.yearId, unitId: seeded.unitId('CITY-CD'), targetTypeId: type.id },
      });
      expect(create.statusCode).toBe(403);
      expect(await db.target.count({ where: { title: '越权' } })).toBe(0);
    });
  });

  it('concurrent approve and return of the same target: exactly one wins, the other is 409', async () => {
    for (let round = 0; round < 5; round++) {
      const tg = await target('SUBMITTED');
      const [a, r] = await Promise.all([call('perf', 'approve', tg.id), call('safety', 'return', tg.id)]);
      const codes = [a.statusCode, r.statusCode].sort();
      expect(codes, `${a.body} ${r.body}`).toEqual([200, 409]);
      const after = await row(tg.id);
      expect(after!.version).toBe(2);
      expect(after!.status).toBe(a.statusCode === 200 ? 'APPROVED' : 'RETURNED');
      expect(await db.auditEvent.count({ where: { objectId: tg.id, outcome: 'SUCCESS' } })).toBe(1);
    }
  });

  it('bulk approve: each item on its own — a stale, a foreign and a wrong-state item fail, the others pass', async () => {
    const [ok1, ok2, stale, foreign, wrong] = await Promise.all([
      target('SUBMITTED'),
      target('SUBMITTED'),
      target('SUBMITTED'),
      target('SUBMITTED', { typeCode: 'INTEGRITY' }),
      target('DRAFT'),
    ]);
    const res = await t.as('safety')({
      method: 'POST',
      url: '/api/targets/bulk-approve',
      payload: { items: [ok1, stale, ok2, foreign, wrong].map((x) => ({ id: x.id, version: x.id === stale.id ? 9 : 1 })) },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.succeeded).toBe(2);
    expect(body.failed).toBe(3);
    const byId = Object.fromEntries(body.results.map((r: { id: string }) => [r.id, r]));
    expect(byId[ok1.id]).toMatchObject({ ok: true, status: 'APPROVED', version: 2 });
    expect(byId[ok2.id]).toMatchObject({ ok: true, status: 'APPROVED' });
    expect(byId[stale.id]).toMatchObject({ ok: false, error: { code: 'VERSION_CONFLICT' } });
    expect(byId[foreign.id]).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(byId[wrong.id]).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect((await row(stale.id))!.status).toBe('SUBMITTED');
    expect((await row(foreign.id))!.status).toBe('SUBMITTED');
    expect(await db.auditEvent.count({ where: { objectId: foreign.id, outcome: 'DENIED' } })).toBe(1);
  });

  it('bulk return carries the reason to every item', async () => {
    const items = await Promise.all([target('SUBMITTED'), target('APPROVED')]);
    const res = await t.as('perf')({
      method: 'POST',
      url: '/api/targets/bulk-return',
      payload: { items: items.map((x) => ({ id: x.id, version: 1 })), reason: '统一退回完善' },
    });
    expect(res.json().succeeded).toBe(2);
    for (const x of items) expect((await row(x.id))!.returnReason).toBe('统一退回完善');
  });

  it('publishing is refused while the year’s indicator weights are not whole', async () => {
    const tg = await fx.target({ status: 'APPROVED', yearId: frame.yearId, indicatorId: frame.leafId });
    const extra = await fx.indicator({ yearId: frame.yearId, weightBp: 500 });
    const res = await call('perf', 'publish', tg.id);
    expect(res.statusCode).toBe(409);
    expect((await row(tg.id))!.status).toBe('APPROVED');
    await db.indicator.delete({ where: { id: extra.id } });
    expect((await call('perf', 'publish', tg.id)).statusCode).toBe(200);
  });
});
