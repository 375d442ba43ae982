import type { PrismaClient } from '@jx/db';

const TASKS = [
  { title: '交通运输安全生产专项整治', description: '重点领域安全隐患排查整治' },
  { title: '农村公路提质改造', description: '农村公路安全生命防护工程与提质改造' },
  { title: '营商环境优化', description: '交通运输政务服务“一网通办”' },
];

/**
 * 专项工作 of the year, each decomposed to half the units: one of each such unit's targets (a different one per task)
 * belongs to the task, its origin 专项. Returns how many targets were linked.
 */
export async function generateSpecialTasks(db: PrismaClient, w: { yearId: string; officeId: string; now: Date }) {
  const targets = await db.target.findMany({ where: { yearId: w.yearId }, select: { id: true, unitId: true }, orderBy: [{ unitId: 'asc' }, { title: 'asc' }] });
  const byUnit = new Map<string, string[]>();
  for (const t of targets) {
    if (byUnit.has(t.unitId)) byUnit.get(t.unitId)!.push(t.id);
    else byUnit.set(t.unitId, [t.id]);
  }
  const units = [...byUnit.keys()];
  let linked = 0;
  for (const [k, task] of TASKS.entries()) {
    const created = await db.specialTask.create({
      data: { yearId: w.yearId, ...task, createdById: w.officeId, createdAt: new Date(w.now.getTime() - (TASKS.length - k) * 30 * 86_400_000) },
      select: { id: true },
    });
    const ids = units.filter((_, i) => (i + k) % 2 === 0).map((u) => byUnit.get(u)![k]!);
    linked += await db.target.updateMany({ where: { id: { in: ids } }, data: { specialTaskId: created.id, origin: 'SPECIAL' } }).then((r) => r.count);
  }
  return linked;
}
