import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { checked } from './error-shape.ts';

const statuses = (rs: LightMyRequestResponse[]) => rs.map((r) => r.statusCode).sort();
const codeOf = (r: LightMyRequestResponse) => (r.json() as { error?: { code: string } }).error?.code;

describe('optimistic concurrency: a stale version gets 409 and writes nothing', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const admin = checked(t.as('admin'));
  const perf = checked(t.as('perf'));
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  const DY = seeded.unitId('CITY-DY');
  const GLJ = seeded.unitId('DU-GLJ');

  const unitBody = (name: string, version: number) => ({ name, kind: 'DIRECT_UNIT', parentId: seeded.rootUnitId, sortOrder: 5, version });
  const auditCount = (objectId: string) => db.auditEvent.count({ where: { objectId, outcome: 'SUCCESS' } });

  describe('sequential: the second write with the same version', () => {
    it("unit: 409 VERSION_CONFLICT, the name stays the first update's", async () => {
      const u = await fx.unit();
      const first = await admin({ method: 'PATCH', url: `/api/units/${u.id}`, payload: unitBody('第一次修改', 1) });
      expect(first.statusCode).toBe(200);
      expect(first.json().version).toBe(2);
      const second = await admin({ method: 'PATCH', url: `/api/units/${u.id}`, payload: unitBody('第二次修改', 1) });
      expect(second.statusCode).toBe(409);
      expect(codeOf(second)).toBe('VERSION_CONFLICT');
      const row = await db.unit.findUniqueOrThrow({ where: { id: u.id } });
      expect(row).toMatchObject({ name: '第一次修改', version: 2 });
      expect(await auditCount(u.id)).toBe(1);
    });

    it("account access: 409, roles, unit and portfolio stay the first write's", async () => {
      const a = await fx.account();
      const first = await admin({
        method: 'PUT',
        url: `/api/accounts/${a.id}/access`,
        payload: { access: { roles: ['LEADER_DEPUTY'], unitId: null, portfolioUnitIds: [CD, MY] }, version: 1 },
      });
      expect(first.statusCode, first.body).toBe(200);
      const second = await admin({
        method: 'PUT',
        url: `/api/accounts/${a.id}/access`,
        payload: { access: { roles: ['UNIT_ADMIN'], unitId: DY }, version: 1 },
      });
      expect(second.statusCode).toBe(409);
      expect(codeOf(second)).toBe('VERSION_CONFLICT');
      const row = await db.account.findUniqueOrThrow({ where: { id: a.id }, include: { portfolioUnits: true } });
      expect(row.roles).toEqual(['LEADER_DEPUTY']);
      expect(row.unitId).toBeNull();
      expect(row.portfolioUnits.map((p) => p.unitId).sort()).toEqual([CD, MY].sort());
      expect(row.version).toBe(2);
      expect(await auditCount(a.id)).toBe(1);
    });

    it('person transfer: 409, the person stays where the first transfer put them, one open assignment', async () => {
      const p = await fx.person('CITY-CD');
      const first = await admin({ method: 'POST', url: `/api/persons/${p.id}/transfer`, payload: { toUnitId: MY, date: '2026-03-01', version: 1 } });
      expect(first.statusCode, first.body).toBe(200);
      const second = await admin({ method: 'POST', url: `/api/persons/${p.id}/transfer`, payload: { toUnitId: DY, date: '2026-03-02', version: 1 } });
      expect(second.statusCode).toBe(409);
      expect(codeOf(second)).toBe('VERSION_CONFLICT');
      const row = await db.person.findUniqueOrThrow({ where: { id: p.id }, include: { assignments: true } });
      expect(row.unitId).toBe(MY);
      expect(row.version).toBe(2);
      expect(row.assignments.length).toBe(2);
      expect(row.assignments.filter((a) => !a.endDate).map((a) => a.unitId)).toEqual([MY]);
      expect(await auditCount(p.id)).toBe(1);
    });

    it('announcement, category, year and setting: the stale write is refused', async () => {
      const ann = await fx.announcement('DRAFT');
      const annBody = (title: string) => ({ title, body: '正文', pinned: false, version: 1 });
      expect((await admin({ method: 'PATCH', url: `/api/announcements/${ann.id}`, payload: annBody('第一') })).statusCode).toBe(200);
      expect(codeOf(await admin({ method: 'PATCH', url: `/api/announcements/${ann.id}`, payload: annBody('第二') }))).toBe('VERSION_CONFLICT');
      expect((await db.announcement.findUniqueOrThrow({ where: { id: ann.id } })).title).toBe('第一');

      const cat = await fx.category();
      const catBody = (name: string) => ({ code: cat.code, name, targetTypeIds: [], version: 1 });
      expect((await perf({ method: 'PATCH', url: `/api/categories/${cat.id}`, payload: catBody('第一') })).statusCode).toBe(200);
      expect(codeOf(await perf({ method: 'PATCH', url: `/api/categories/${cat.id}`, payload: catBody('第二') }))).toBe('VERSION_CONFLICT');
      expect((await db.assessmentCategory.findUniqueOrThrow({ where: { id: cat.id } })).name).toBe('第一');

      const y = await fx.year();
      expect((await admin({ method: 'PATCH', url: `/api/years/${y.id}`, payload: { name: '第一', status: 'ACTIVE', version: 1 } })).statusCode).toBe(200);
      expect(codeOf(await admin({ method: 'PATCH', url: `/api/years/${y.id}`, payload: { name: '第二', status: 'CLOSED', version: 1 } }))).toBe(
        'VERSION_CONFLICT',
      );
      expect(await db.year.findUniqueOrThrow({ where: { id: y.id } })).toMatchObject({ name: '第一', status: 'ACTIVE' });

      const url = '/api/settings/report.dueDay';
      expect((await admin({ method: 'PUT', url, payload: { value: 7, version: 0 } })).statusCode).toBe(200);
      expect(codeOf(await admin({ method: 'PUT', url, payload: { value: 9, version: 0 } }))).toBe('VERSION_CONFLICT');
      expect((await db.setting.findUniqueOrThrow({ where: { key: 'report.dueDay' } })).value).toBe(7);
    });

    it('deleting with a stale version is refused and the row stays', async () => {
      const ann = await fx.announcement('DRAFT');
      expect((await admin({ method: 'PATCH', url: `/api/announcements/${ann.id}`, payload: { title: '改', body: '正文', version: 1 } })).statusCode).toBe(200);
      const del = await admin({ method: 'DELETE', url: `/api/announcements/${ann.id}`, query: { version: '1' } });
      expect(codeOf(del)).toBe('VERSION_CONFLICT');
      expect(await db.announcement.findUnique({ where: { id: ann.id } })).not.toBeNull();
    });
  });

  describe('concurrent: two writes with the same version at once', () => {
    /** Runs both requests together, several rounds, and expects exactly one 200 and one 409 VERSION_CONFLICT each time. */
    async function race(
      rounds: number,
      setup: () => Promise<{ a: () => Promise<LightMyRequestResponse>; b: () => Promise<LightMyRequestResponse>; check: (winner: 'a' | 'b') => Promise<void> }>,
    ) {
      for (let i = 0; i < rounds; i++) {
        const { a, b, check } = await setup();
        const [ra, rb] = await Promise.all([a(), b()]);
        expect(statuses([ra, rb]), `round ${i}: ${ra.body.slice(0, 200)} | ${rb.body.slice(0, 200)}`).toEqual([200, 409]);
        const loser = ra.statusCode === 409 ? ra : rb;
        expect(codeOf(loser), `round ${i}: ${loser.body}`).toBe('VERSION_CONFLICT');
        await check(ra.statusCode === 200 ? 'a' : 'b');
      }
    }

    it('unit update', async () => {
      await race(5, async () => {
        const u = await fx.unit();
        return {
          a: () => admin({ method: 'PATCH', url: `/api/units/${u.id}`, payload: unitBody('甲', 1) }),
          b: () => admin({ method: 'PATCH', url: `/api/units/${u.id}`, payload: unitBody('乙', 1) }),
          check: async (w) => {
            expect(await db.unit.findUniqueOrThrow({ where: { id: u.id } })).toMatchObject({ name: w === 'a' ? '甲' : '乙', version: 2 });
            expect(await auditCount(u.id)).toBe(1);
          },
        };
      });
    });

    it('account access of a deputy (portfolio rows rewritten)', async () => {
      await race(5, async () => {
        const a = await fx.account({ roles: ['LEADER_DEPUTY'], unitId: null, portfolioUnitIds: [CD] });
        const put = (ids: string[]) => () =>
          admin({ method: 'PUT', url: `/api/accounts/${a.id}/access`, payload: { access: { roles: ['LEADER_DEPUTY'], portfolioUnitIds: ids }, version: 1 } });
        return {
          a: put([MY, DY]),
          b: put([MY, GLJ]),
          check: async (w) => {
            const row = await db.account.findUniqueOrThrow({ where: { id: a.id }, include: { portfolioUnits: true } });
            expect(row.portfolioUnits.map((p) => p.unitId).sort()).toEqual((w === 'a' ? [MY, DY] : [MY, GLJ]).sort());
            expect(row.version).toBe(2);
          },
        };
      });
    });

    it('person transfer', async () => {
      await race(5, async () => {
        const p = await fx.person('CITY-CD');
        const transfer = (to: string) => () =>
          admin({ method: 'POST', url: `/api/persons/${p.id}/transfer`, payload: { toUnitId: to, date: '2026-03-01', version: 1 } });
        return {
          a: transfer(MY),
          b: transfer(DY),
          check: async (w) => {
            const row = await db.person.findUniqueOrThrow({ where: { id: p.id }, include: { assignments: true } });
            expect(row.unitId).toBe(w === 'a' ? MY : DY);
            expect(row.assignments.length).toBe(2);
            expect(row.assignments.filter((x) => !x.endDate).length).toBe(1);
          },
        };
      });
    });

    it('announcement publish and withdraw-free update racing', async () => {
      await race(5, async () => {
        const ann = await fx.announcement('DRAFT');
        return {
          a: () => admin({ method: 'POST', url: `/api/announcements/${ann.id}/publish`, payload: { version: 1 } }),
          b: () => admin({ method: 'PATCH', url: `/api/announcements/${ann.id}`, payload: { title: '改', body: '改', version: 1 } }),
          check: async (w) => {
            const row = await db.announcement.findUniqueOrThrow({ where: { id: ann.id } });
            expect(row.version).toBe(2);
            if (w === 'a') expect(row).toMatchObject({ status: 'PUBLISHED', title: ann.title });
            else expect(row).toMatchObject({ status: 'DRAFT', title: '改' });
          },
        };
      });
    });

    it('the first write of a setting', async () => {
      const keys = ['warning.yellowLagPoints', 'warning.redLagPoints', 'warning.overdueRedDays', 'appeal.windowWorkingDays'];
      let i = 0;
      await race(keys.length, async () => {
        const key = keys[i++]!;
        const put = (value: number) => () => admin({ method: 'PUT', url: `/api/settings/${key}`, payload: { value, version: 0 } });
        return {
          a: put(11),
          b: put(12),
          check: async (w) => {
            expect(await db.setting.findUniqueOrThrow({ where: { key } })).toMatchObject({ value: w === 'a' ? 11 : 12, version: 1 });
          },
        };
      });
    });

    it('the same account disabled twice at once', async () => {
      await race(3, async () => {
        const a = await fx.account();
        const disable = () => admin({ method: 'POST', url: `/api/accounts/${a.id}/disable`, payload: { version: 1 } });
        return {
          a: disable,
          b: disable,
          check: async () => {
            expect(await db.account.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'DISABLED', version: 2 });
            expect(await auditCount(a.id)).toBe(1);
          },
        };
      });
    });
  });
});
