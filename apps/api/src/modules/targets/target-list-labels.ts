import type { ReportingRhythm, WarningLevel } from '@jx/contract';
import type { Db } from '../../lib/db.ts';

export interface TargetListLabels {
  unit: { name: string };
  targetType: { name: string; ownerUnitId: string; reportingRhythm: ReportingRhythm; code: string };
  indicator: { name: string };
  /** From the maintained state, for a target with a plan in force. */
  warningLevel: WarningLevel | null;
}

interface Row {
  id: string;
  unitName: string;
  typeName: string;
  ownerUnitId: string;
  reportingRhythm: ReportingRhythm;
  typeCode: string;
  indicatorName: string;
  level: WarningLevel | null;
}

/** What a page of the target list shows beside the targets' own columns, for the page's rows, in one statement. */
export async function targetListLabels(db: Db, ids: readonly string[]): Promise<Map<string, TargetListLabels>> {
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<Row[]>`
    SELECT t."id"::text, u."name" AS "unitName", tt."name" AS "typeName", tt."ownerUnitId"::text AS "ownerUnitId",
           tt."reportingRhythm"::text AS "reportingRhythm", tt."code" AS "typeCode", i."name" AS "indicatorName",
           CASE WHEN s."inForce" THEN s."level"::text END AS "level"
    FROM "Target" t
    JOIN "Unit" u ON u."id" = t."unitId"
    JOIN "TargetType" tt ON tt."id" = t."targetTypeId"
    JOIN "Indicator" i ON i."id" = t."indicatorId"
    LEFT JOIN "TargetState" s ON s."targetId" = t."id"
    WHERE t."id" = ANY(${[...ids]}::uuid[])`;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        unit: { name: r.unitName },
        targetType: { name: r.typeName, ownerUnitId: r.ownerUnitId, reportingRhythm: r.reportingRhythm, code: r.typeCode },
        indicator: { name: r.indicatorName },
        warningLevel: r.level,
      },
    ]),
  );
}
