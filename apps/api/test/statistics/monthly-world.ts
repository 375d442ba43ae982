import type { Db } from '../../src/lib/db.ts';
import type { createFixtures } from '../helpers/fixtures.ts';
import type { loadSeeded } from '../helpers/seeded.ts';

type Seeded = Awaited<ReturnType<typeof loadSeeded>>;
type Fixtures = ReturnType<typeof createFixtures>;

/**
 * Two targets in force in a unit of their own, with hand-picked plans and reports (the monthly analysis fixtures):
 *   A plans 30 % by March, 60 % by June, 100 % by December, and reported 20 % (M03) and 70 % (M06);
 *   B plans 50 % by June and 100 % by December, and reported 40 % (M06).
 */
export async function twoTargetUnit(db: Db, fx: Fixtures, seeded: Seeded, unitData: { code: string; name: string; deadlineOfA?: string }) {
  const cd = await db.unit.findUniqueOrThrow({ where: { id: seeded.unitId('CITY-CD') } });
  const unit = await db.unit.create({ data: { code: unitData.code, name: unitData.name, kind: cd.kind, parentId: cd.parentId } });
  const a = await fx.target({
    status: 'PUBLISHED',
    deadline: unitData.deadlineOfA,
    milestones: [
      { period: 'M03', plannedPercent: 30 },
      { period: 'M06', plannedPercent: 60 },
      { period: 'M12', plannedPercent: 100 },
    ],
  });
  const b = await fx.target({
    status: 'PUBLISHED',
    milestones: [
      { period: 'M06', plannedPercent: 50 },
      { period: 'M12', plannedPercent: 100 },
    ],
  });
  await fx.report(a.id, { periodKey: 'M03', actualPercent: 20 });
  await fx.report(a.id, { periodKey: 'M06', actualPercent: 70 });
  await fx.report(b.id, { periodKey: 'M06', actualPercent: 40 });
  await db.target.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { unitId: unit.id } });
  return { unit, a, b, cd };
}
