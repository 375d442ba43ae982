import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';

/**
 * A 责任人 (UNIT_STAFF) reads the targets decomposed to its own person — and their reports, documents and orders —
 * and nothing else of its unit: not in lists, counts, exports, the warning centre or the responsibility letter
 * (decision 0007).
 */
describe('责任人 (UNIT_STAFF): the targets decomposed to them, nowhere more', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const CD = seeded.unitId('CITY-CD');
  const staff = t.as('staff.chengdu');
  const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;
  const colleague = await fx.person('CITY-CD');
  // One target of the staff member, one of a colleague in the same unit; each with a report, a document and an order.
  const mine = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
  const theirs = await fx.target({ status: 'PUBLISHED', personId: colleague.id });
  const reportOf = (id: string) => fx.report(id, { periodKey: 'M01', actualPercent: 8 });
  const [myReport, theirReport] = await Promise.all([reportOf(mine.id), reportOf(theirs.id)]);
  const [myOrder, theirOrder] = await Promise.all([fx.order(mine.id), fx.order(theirs.id)]);
  const document = (targetId: string) =>
    db.document.create({
      data: {
        seriesId: crypto.randomUUID(),
        versionNo: 1,
        targetId,
        fileName: '方案.docx',
        storedName: `${crypto.randomUUID()}.docx`,
        sha256: 'x',
        sizeBytes: 1,
        html: '<p>方案</p>',
        text: '方案',
        warnings: [],
        uploadedById: seeded.accountId('unit.chengdu'),
      },
    });
  const [myDoc, theirDoc] = await Promise.all([document(mine.id), document(theirs.id)]);
  const decomposedToMe = { unitId: CD, responsibles: { some: { personId: staffPerson } } };

  it('the target list and its count hold exactly the targets decomposed to them', async () => {
    const res = await staff({ method: 'GET', url: '/api/targets', query: { pageSize: '100' } });
    const ids = res.json().items.map((x: { id: string }) => x.id);
    expect(res.json().total).toBe(await db.target.count({ where: decomposedToMe }));
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });

  it('a colleague’s target, its reports, documents and comments are 403; their own are 200', async () => {
    for (const url of [
      `/api/targets/${theirs.id}`,
      `/api/targets/${theirs.id}/reports`,
      `/api/reports/${theirReport.id}`,
      `/api/targets/${theirs.id}/documents`,
      `/api/documents/${theirDoc.id}`,
      `/api/targets/${theirs.id}/comments`,
    ]) {
      expect((await staff({ method: 'GET', url })).statusCode, url).toBe(403);
    }
    for (const url of [
      `/api/targets/${mine.id}`,
      `/api/targets/${mine.id}/reports`,
      `/api/reports/${myReport.id}`,
      `/api/targets/${mine.id}/documents`,
      `/api/documents/${myDoc.id}`,
      `/api/targets/${mine.id}/comments`,
    ]) {
      expect((await staff({ method: 'GET', url })).statusCode, url).toBe(200);
    }
  });

  it('the report, order and warning lists (and their counts) leave the colleague’s target out', async () => {
    const reports = (await staff({ method: 'GET', url: '/api/reports', query: { pageSize: '100' } })).json();
    expect(reports.items.map((r: { id: string }) => r.id)).toContain(myReport.id);
    expect(reports.items.map((r: { id: string }) => r.id)).not.toContain(theirReport.id);
    expect(reports.total).toBe(await db.progressReport.count({ where: { target: decomposedToMe } }));

    const orders = (await staff({ method: 'GET', url: '/api/supervision-orders', query: { pageSize: '100' } })).json();
    expect(orders.items.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([myOrder.id]));
    expect(orders.items.map((o: { id: string }) => o.id)).not.toContain(theirOrder.id);
    expect(orders.counts.OPEN + orders.counts.RESPONDED + orders.counts.CLOSED).toBe(await db.supervisionOrder.count({ where: { target: decomposedToMe } }));

    const warnings = (await staff({ method: 'GET', url: '/api/warnings', query: { pageSize: '100' } })).json();
    const warned = warnings.items.map((w: { targetId: string }) => w.targetId);
    expect(warned).toContain(mine.id);
    expect(warned).not.toContain(theirs.id);
  });

  it('exports hold the same rows as the lists', async () => {
    for (const [url, column] of [
      ['/api/targets/export', '目标名称'],
      ['/api/reports/export', '目标名称'],
    ] as const) {
      const res = await staff({ method: 'GET', url, query: { yearId: seeded.yearId } });
      expect(res.statusCode, url).toBe(200);
      const [header, ...rows] = sheetValues((await readXlsx(res.rawPayload)).worksheets[0]!);
      const titles = rows.map((r) => r[header!.indexOf(column)]);
      expect(titles, url).toContain(mine.title);
      expect(titles, url).not.toContain(theirs.title);
    }
  });

  it('the responsibility letter holds only the targets decomposed to them, and says so', async () => {
    const res = await staff({ method: 'GET', url: '/api/targets/responsibility-letter', query: { yearId: seeded.yearId, unitId: CD } });
    expect(res.statusCode).toBe(200);
    const { value: text } = await mammoth.extractRawText({ buffer: res.rawPayload });
    expect(text).toContain(mine.title);
    expect(text).not.toContain(theirs.title);
    expect(text).toMatch(/本责任书仅含分解给.+的目标/);
  });
});
