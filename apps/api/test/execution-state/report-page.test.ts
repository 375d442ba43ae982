import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { actorOf } from '../helpers/actor.ts';
import { reportPageSql } from '../../src/modules/execution/reports/report-page-sql.ts';
import { reportInclude, toReportDto } from '../../src/modules/execution/reports/report.mapper.ts';
import { targetReadWhere } from '../../src/modules/targets/target.policy.ts';

describe('进展报告 list page in one statement', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);

  it('gives every account the page read through the target policy, field for field, for each filter, order and page', async () => {
    // A quantitative report's value as the list has always shown it (no trailing zeros).
    const report = await db.progressReport.findFirstOrThrow({ where: { target: { unit: { code: 'CITY-CD' } } }, orderBy: { submittedAt: 'desc' } });
    await db.progressReport.update({ where: { id: report.id }, data: { actualValue: '5.4600' } });
    // A target moved to another unit and type after it was reported on: its reports are listed and scoped with it.
    const moved = await db.progressReport.findFirstOrThrow({ where: { target: { unit: { code: 'CITY-CD' } } }, orderBy: { submittedAt: 'desc' }, skip: 1 });
    const otherType = await db.targetType.findFirstOrThrow({ where: { code: { not: 'SAFETY' } }, orderBy: { code: 'asc' } });
    await db.target.update({ where: { id: moved.targetId }, data: { unitId: seeded.unitId('CITY-MY'), targetTypeId: otherType.id } });
    expect(await db.progressReport.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({
      unitId: seeded.unitId('CITY-MY'),
      targetTypeId: otherType.id,
    });
    const someTarget = await db.progressReport.findFirstOrThrow({ where: { target: { unit: { code: 'CITY-MY' } } }, select: { targetId: true } });
    const accounts = await db.account.findMany({ where: { status: 'ACTIVE' }, select: { username: true } });
    const filters = [
      { order: 'desc' as const, page: 1, pageSize: 20 },
      { order: 'asc' as const, page: 3, pageSize: 7 },
      { yearId: seeded.yearId, order: 'desc' as const, page: 1, pageSize: 50 },
      { yearId: seeded.yearId, unitId: seeded.unitId('CITY-CD'), order: 'desc' as const, page: 1, pageSize: 10 },
      { yearId: seeded.yearId, late: 'true' as const, order: 'desc' as const, page: 2, pageSize: 10 },
      { yearId: seeded.yearId, late: 'false' as const, periodKey: 'M03', order: 'asc' as const, page: 1, pageSize: 10 },
      { targetId: someTarget.targetId, order: 'desc' as const, page: 1, pageSize: 20 },
    ];
    let compared = 0;
    let valued = 0;
    for (const { username } of accounts) {
      const actor = await actorOf(db, username);
      for (const f of filters) {
        const sql = await reportPageSql(db, actor, f);
        if (!sql) continue;
        const rows = await db.progressReport.findMany({
          where: {
            AND: [
              { target: targetReadWhere(actor) },
              f.yearId ? { target: { yearId: f.yearId } } : {},
              f.unitId ? { target: { unitId: f.unitId } } : {},
              f.targetId ? { targetId: f.targetId } : {},
              f.periodKey ? { periodKey: f.periodKey } : {},
              f.late ? { late: f.late === 'true' } : {},
            ],
          },
          include: reportInclude,
          orderBy: [{ submittedAt: f.order }, { id: 'asc' }],
          skip: (f.page - 1) * f.pageSize,
          take: f.pageSize,
        });
        const names = new Map(
          (await db.account.findMany({ where: { id: { in: rows.map((r) => r.reportedById) } }, select: { id: true, displayName: true } })).map((a) => [
            a.id,
            a.displayName,
          ]),
        );
        expect(sql, `${username} ${JSON.stringify(f)}`).toEqual(rows.map((r) => toReportDto(r, names)));
        compared += sql.length;
        valued += sql.filter((r) => r.actualValue === '5.46').length;
      }
    }
    expect(compared).toBeGreaterThan(200);
    expect(valued, 'the changed report was on a compared page').toBeGreaterThan(0);
  });
});
