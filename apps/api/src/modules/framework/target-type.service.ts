import type { ReportingRhythm, TargetType as TargetTypeDto } from '@jx/contract';
import type { TargetType } from '@jx/db';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { NotFoundError } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';

type TargetTypeRow = TargetType & { ownerUnit: { name: string } };
const include = { ownerUnit: { select: { name: true } } } as const;

export const toTargetTypeDto = (t: TargetTypeRow): TargetTypeDto => ({
  id: t.id,
  code: t.code,
  name: t.name,
  ownerUnitId: t.ownerUnitId,
  ownerUnitName: t.ownerUnit.name,
  sortOrder: t.sortOrder,
  active: t.active,
  reportingRhythm: t.reportingRhythm,
  version: t.version,
});

/** 目标类型: listed for everyone who works with targets; the framework editors set each type's reporting rhythm. */
export function createTargetTypeService(db: Db) {
  return {
    async list() {
      return (await db.targetType.findMany({ orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }], include })).map(toTargetTypeDto);
    },

    setReportingRhythm(ctx: RequestContext, id: string, reportingRhythm: ReportingRhythm, version: number) {
      return db.$transaction(async (tx) => {
        const before = await tx.targetType.findUnique({ where: { id } });
        if (!before) throw new NotFoundError('targetType');
        assertUpdated(await tx.targetType.updateMany({ where: { id, version }, data: { reportingRhythm, version: { increment: 1 } } }), 'targetType');
        const after = await tx.targetType.findUniqueOrThrow({ where: { id }, include });
        await recordAudit(tx, ctx, {
          action: 'targetTypes.update',
          objectType: 'TargetType',
          objectId: id,
          before: { reportingRhythm: before.reportingRhythm },
          after: { reportingRhythm: after.reportingRhythm },
        });
        return toTargetTypeDto(after);
      });
    },
  };
}
