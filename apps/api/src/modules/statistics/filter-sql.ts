import { Prisma } from '@jx/db';

/** The analysis filters a reader may add to the year and scope. */
export interface AnalysisFilter {
  yearId: string;
  unitId?: string;
  targetTypeId?: string;
  /** Units assessed in this 考核类别 in the year (through 考核对象). */
  categoryId?: string;
}

/** The filters as conditions on a TargetState or tally row aliased `alias` (none: an empty list). */
export function analysisFilterSql(alias: string, f: Omit<AnalysisFilter, 'yearId'> & { yearId: string }): Prisma.Sql[] {
  const col = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return [
    ...(f.unitId ? [Prisma.sql`${col('unitId')} = ${f.unitId}::uuid`] : []),
    ...(f.targetTypeId ? [Prisma.sql`${col('targetTypeId')} = ${f.targetTypeId}::uuid`] : []),
    ...(f.categoryId
      ? [
          Prisma.sql`${col('unitId')} IN (SELECT au."unitId" FROM "AssessedUnit" au WHERE au."yearId" = ${f.yearId}::uuid AND au."categoryId" = ${f.categoryId}::uuid)`,
        ]
      : []),
  ];
}
