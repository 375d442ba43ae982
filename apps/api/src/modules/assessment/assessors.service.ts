import type { AssessorAssignment, AssessorScope } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { NotFoundError, ValidationError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';

const COLUMN: Record<AssessorScope, 'targetTypeId' | 'indicatorId' | 'targetId'> = { targetType: 'targetTypeId', indicator: 'indicatorId', target: 'targetId' };

const include = {
  unit: { select: { id: true, name: true } },
  targetType: { select: { name: true } },
  indicator: { select: { name: true } },
  target: { select: { title: true } },
} as const satisfies Prisma.AssessingDepartmentInclude;
type Row = Prisma.AssessingDepartmentGetPayload<{ include: typeof include }>;

const scopeOf = (r: Row): { scope: AssessorScope; id: string; name: string } =>
  r.targetTypeId
    ? { scope: 'targetType', id: r.targetTypeId, name: r.targetType!.name }
    : r.indicatorId
      ? { scope: 'indicator', id: r.indicatorId, name: r.indicator!.name }
      : { scope: 'target', id: r.targetId!, name: r.target!.title };

/** Rows grouped by what they are named for, types first, then indicators, then targets, each by name. */
function group(rows: Row[]): AssessorAssignment[] {
  const byKey = new Map<string, AssessorAssignment>();
  for (const r of rows) {
    const s = scopeOf(r);
    const key = `${s.scope}:${s.id}`;
    const a = byKey.get(key) ?? { ...s, units: [] };
    a.units.push({ id: r.unit.id, name: r.unit.name });
    byKey.set(key, a);
  }
  const order: AssessorScope[] = ['targetType', 'indicator', 'target'];
  return [...byKey.values()]
    .map((a) => ({ ...a, units: a.units.sort((x, y) => x.name.localeCompare(y.name, 'zh-CN')) }))
    .sort((a, b) => order.indexOf(a.scope) - order.indexOf(b.scope) || a.name.localeCompare(b.name, 'zh-CN'));
}

async function nameOf(tx: Tx, scope: AssessorScope, id: string): Promise<string> {
  if (scope === 'targetType') return (await tx.targetType.findUnique({ where: { id }, select: { name: true } }))?.name ?? missing('targetType');
  if (scope === 'indicator') return (await tx.indicator.findUnique({ where: { id }, select: { name: true } }))?.name ?? missing('indicator');
  return (await tx.target.findUnique({ where: { id }, select: { title: true } }))?.title ?? missing('target');
}
const missing = (entity: 'targetType' | 'indicator' | 'target'): never => {
  throw new NotFoundError(entity);
};

/** 考核部门: who assesses what beyond a type's owning department (see assessors.ts for how the most specific wins). */
export function createAssessorService(db: Db) {
  return {
    async list(yearId: string): Promise<AssessorAssignment[]> {
      const rows = await db.assessingDepartment.findMany({
        where: { OR: [{ targetTypeId: { not: null } }, { indicator: { yearId } }, { target: { yearId } }] },
        include,
      });
      return group(rows);
    },

    /** Replaces the departments named for one type, indicator or target (none: the next broader naming applies). */
    set(ctx: RequestContext, scope: AssessorScope, id: string, unitIds: string[]): Promise<AssessorAssignment> {
      return db.$transaction(async (tx) => {
        const name = await nameOf(tx, scope, id);
        const wanted = [...new Set(unitIds)];
        const units = await tx.unit.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true, kind: true } });
        wanted.forEach((u, i) => {
          const unit = units.find((x) => x.id === u);
          if (!unit) throw ValidationError.field(`unitIds.${i}`, t('common.notFound', { entity: 'unit' }));
          if (unit.kind !== 'HQ_DIVISION') throw ValidationError.field(`unitIds.${i}`, t('assessment.assessorNotDepartment', { unitName: unit.name }));
        });
        const column = COLUMN[scope];
        const before = await tx.assessingDepartment.findMany({ where: { [column]: id }, select: { unitId: true } });
        await tx.assessingDepartment.deleteMany({ where: { [column]: id } });
        if (wanted.length) await tx.assessingDepartment.createMany({ data: wanted.map((unitId) => ({ unitId, [column]: id })) });
        await recordAudit(tx, ctx, {
          action: 'assessors.set',
          objectType: scope === 'targetType' ? 'TargetType' : scope === 'indicator' ? 'Indicator' : 'Target',
          objectId: id,
          before: { assessingUnitIds: before.map((b) => b.unitId).sort() },
          after: { assessingUnitIds: [...wanted].sort() },
        });
        return { scope, id, name, units: units.map((u) => ({ id: u.id, name: u.name })).sort((x, y) => x.name.localeCompare(y.name, 'zh-CN')) };
      });
    },
  };
}
