import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { DEPUTY_PORTFOLIO_CODES, loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';

type PersonRow = { id: string; unitId: string | null; name: string; status: string };
type Page<T> = { items: T[]; total: number };

describe('data scope', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  const ZG = seeded.unitId('CITY-ZG');
  const portfolio = DEPUTY_PORTFOLIO_CODES.map((c) => seeded.unitId(c));

  /** Every page of GET /api/persons for a user (page size 100, the maximum). */
  async function allPersons(username: string, query: Record<string, string> = {}): Promise<Page<PersonRow>> {
    const items: PersonRow[] = [];
    for (let page = 1; ; page++) {
      const res = await t.as(username)({ method: 'GET', url: '/api/persons', query: { ...query, pageSize: '100', page: String(page) } });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as Page<PersonRow>;
      items.push(...body.items);
      if (body.items.length < 100) {
        expect(items.length, 'rows across the pages').toBe(body.total);
        return { items, total: body.total };
      }
    }
  }

  async function deniedFor(username: string, requestId: string) {
    return db.auditEvent.count({ where: { requestId, outcome: 'DENIED', actorUsername: username } });
  }

  describe('persons', () => {
    it('a unit administrator lists only the persons of its own unit, and all of them', async () => {
      const { items, total } = await allPersons('unit.chengdu');
      expect(total).toBe(await db.person.count({ where: { unitId: CD } }));
      expect(total).toBeGreaterThanOrEqual(8);
      expect(items.filter((p) => p.unitId !== CD)).toEqual([]);
    });

    it('a unitId filter naming another unit narrows to nothing instead of widening the scope', async () => {
      expect(await db.person.count({ where: { unitId: MY } })).toBeGreaterThan(0);
      for (const status of [undefined, 'ACTIVE', 'DEPARTED']) {
        const res = await t.as('unit.chengdu')({ method: 'GET', url: '/api/persons', query: { unitId: MY, pageSize: '100', ...(status ? { status } : {}) } });
        expect(res.statusCode).toBe(200);
        expect(res.json()).toEqual({ items: [], total: 0 });
      }
    });

    it('a name search does not reach into another unit', async () => {
      const mianyangPerson = await db.person.findFirstOrThrow({ where: { unitId: MY } });
      const res = await t.as('unit.chengdu')({ method: 'GET', url: '/api/persons', query: { q: mianyangPerson.staffNo } });
      expect(res.json()).toEqual({ items: [], total: 0 });
      // The same search by someone who may see 绵阳 finds the person, so the search itself works.
      const mine = await t.as('unit.mianyang')({ method: 'GET', url: '/api/persons', query: { q: mianyangPerson.staffNo } });
      expect((mine.json() as Page<PersonRow>).items.map((p) => p.id)).toEqual([mianyangPerson.id]);
    });

    it('sorting and paging never bring another unit in', async () => {
      for (const sort of ['name', 'staffNo', 'unitName', 'updatedAt']) {
        for (const order of ['asc', 'desc']) {
          const res = await t.as('unit.chengdu')({ method: 'GET', url: '/api/persons', query: { sort, order, pageSize: '3', page: '2' } });
          expect(res.statusCode, `${sort} ${order}`).toBe(200);
          const body = res.json() as Page<PersonRow>;
          expect(body.items.length).toBe(3);
          expect(
            body.items.every((p) => p.unitId === CD),
            `${sort} ${order}`,
          ).toBe(true);
        }
      }
    });

    it('a unit administrator cannot open a person of another unit (403, audited), but can open its own', async () => {
      const mianyangPerson = await seeded.personIn('CITY-MY');
      const res = await t.as('unit.chengdu')({ method: 'GET', url: `/api/persons/${mianyangPerson}` });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
      expect(res.body).not.toContain((await db.person.findUniqueOrThrow({ where: { id: mianyangPerson } })).name);
      expect(await deniedFor('unit.chengdu', String(res.headers['x-request-id']))).toBe(1);

      const own = await t.as('unit.chengdu')({ method: 'GET', url: `/api/persons/${await seeded.personIn('CITY-CD')}` });
      expect(own.statusCode).toBe(200);
      expect(own.json().unitId).toBe(CD);
    });

    it("a person who left 绵阳 stays 绵阳's: 成都 cannot open the record, 绵阳 can", async () => {
      const p = await fx.person('CITY-MY');
      const res = await t.as('admin')({ method: 'POST', url: `/api/persons/${p.id}/depart`, payload: { date: '2026-03-01', version: 1 } });
      expect(res.statusCode).toBe(200);
      expect((await t.as('unit.chengdu')({ method: 'GET', url: `/api/persons/${p.id}` })).statusCode).toBe(403);
      expect((await t.as('unit.mianyang')({ method: 'GET', url: `/api/persons/${p.id}` })).statusCode).toBe(200);
    });

    it('the deputy sees exactly the persons of its portfolio units', async () => {
      const { items, total } = await allPersons('deputy');
      expect(total).toBe(await db.person.count({ where: { unitId: { in: portfolio } } }));
      expect(items.filter((p) => !portfolio.includes(p.unitId!))).toEqual([]);
      // Every portfolio unit shows up: the scope is not narrower than the portfolio either.
      expect(new Set(items.map((p) => p.unitId))).toEqual(new Set(portfolio));

      const outside = await seeded.personIn('CITY-ZG');
      expect((await t.as('deputy')({ method: 'GET', url: `/api/persons/${outside}` })).statusCode).toBe(403);
      expect((await t.as('deputy')({ method: 'GET', url: '/api/persons', query: { unitId: ZG } })).json()).toEqual({ items: [], total: 0 });
      expect((await t.as('deputy')({ method: 'GET', url: `/api/persons/${await seeded.personIn('DU-GLJ')}` })).statusCode).toBe(200);
    });

    it('the main leader and the performance office see everyone, departed persons included', async () => {
      const all = await db.person.count();
      expect(await db.person.count({ where: { status: 'DEPARTED' } })).toBeGreaterThan(0);
      for (const username of ['leader', 'perf']) {
        const { items, total } = await allPersons(username);
        expect(total, username).toBe(all);
        expect(new Set(items.map((p) => p.id)).size).toBe(all);
        expect((await t.as(username)({ method: 'GET', url: `/api/persons/${await seeded.personIn('CITY-ZG')}` })).statusCode).toBe(200);
      }
    });
  });

  describe('assessed units', () => {
    type AssessedRow = { unitId: string; yearId: string };
    const list = async (username: string, query: Record<string, string> = {}) => {
      const res = await t.as(username)({ method: 'GET', url: '/api/assessed-units', query: { yearId: seeded.yearId, ...query } });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as AssessedRow[];
    };

    it('a unit role sees exactly its own unit', async () => {
      for (const username of ['unit.chengdu', 'staff.chengdu']) {
        const rows = await list(username);
        expect(
          rows.map((r) => r.unitId),
          username,
        ).toEqual([CD]);
      }
      expect((await list('unit.mianyang')).map((r) => r.unitId)).toEqual([MY]);
    });

    it("a category filter narrows a unit role's list but never widens it", async () => {
      expect(await list('unit.chengdu', { categoryId: seeded.categoryId('HQ') })).toEqual([]);
      expect((await list('unit.chengdu', { categoryId: seeded.categoryId('CITY') })).map((r) => r.unitId)).toEqual([CD]);
    });

    it('the deputy sees only its portfolio units', async () => {
      const rows = await list('deputy');
      expect(new Set(rows.map((r) => r.unitId))).toEqual(new Set(portfolio));
      expect(rows.length).toBe(portfolio.length);
    });

    it('the performance office sees every assessed unit of the year', async () => {
      const rows = await list('perf');
      expect(rows.length).toBe(await db.assessedUnit.count({ where: { yearId: seeded.yearId } }));
      expect(rows.length).toBeGreaterThan(40);
      expect(rows.every((r) => r.yearId === seeded.yearId)).toBe(true);
    });
  });

  describe('announcements', () => {
    type AnnouncementRow = { id: string; status: string };

    it('a reader never gets a draft or a withdrawn announcement, whatever the status filter says', async () => {
      const withdrawn = await fx.announcement('WITHDRAWN');
      const draft = await fx.announcement('DRAFT');
      const published = await db.announcement.count({ where: { status: 'PUBLISHED' } });
      expect(await db.announcement.count({ where: { status: { not: 'PUBLISHED' } } })).toBeGreaterThanOrEqual(3);

      for (const username of ['leader', 'deputy', 'safety', 'perf', 'auditor', 'unit.chengdu', 'staff.chengdu']) {
        for (const status of [undefined, 'DRAFT', 'WITHDRAWN', 'PUBLISHED']) {
          const res = await t.as(username)({ method: 'GET', url: '/api/announcements', query: { pageSize: '100', ...(status ? { status } : {}) } });
          expect(res.statusCode, `${username} status=${status}`).toBe(200);
          const body = res.json() as Page<AnnouncementRow>;
          expect(
            body.items.filter((a) => a.status !== 'PUBLISHED'),
            `${username} status=${status}`,
          ).toEqual([]);
          expect(body.total, `${username} status=${status}`).toBe(published);
          expect(body.items.map((a) => a.id)).not.toContain(withdrawn.id);
          expect(body.items.map((a) => a.id)).not.toContain(draft.id);
        }
      }
    });

    it('a search does not reach drafts either', async () => {
      const draft = await fx.announcement('DRAFT');
      const res = await t.as('unit.chengdu')({ method: 'GET', url: '/api/announcements', query: { q: draft.title, status: 'DRAFT' } });
      expect(res.json()).toEqual({ items: [], total: 0 });
    });

    it('the administrator does see drafts and withdrawn ones (so the filter above has something to hide)', async () => {
      for (const status of ['DRAFT', 'WITHDRAWN'] as const) {
        const res = await t.as('admin')({ method: 'GET', url: '/api/announcements', query: { status, pageSize: '100' } });
        const body = res.json() as Page<AnnouncementRow>;
        expect(body.total).toBe(await db.announcement.count({ where: { status } }));
        expect(body.total).toBeGreaterThan(0);
        expect(body.items.every((a) => a.status === status)).toBe(true);
      }
    });
  });
});
