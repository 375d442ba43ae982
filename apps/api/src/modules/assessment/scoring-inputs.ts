import { Prisma } from '@jx/db';
import type { AdjustmentInput, ModelNode, RatingInput, ScoringInput, ScoringModel, TargetInput, UnitInput } from '@jx/scoring';
import type { Db, Tx } from '../../lib/db.ts';
import { NotFoundError, t, ValidationError } from '../../lib/errors.ts';
import { expectedRatings } from './rating.expected.ts';

/** Records that count: submitted or archived (a draft, a returned and a voided record do not). */
const IN_FORCE = ['SUBMITTED', 'ARCHIVED'] as const;

/** The periods whose records a model reads besides the one summarised (江苏 reads 半年 inside 年终). */
export function periodsReadBy(model: ScoringModel | null | undefined): string[] {
  const codes = new Set<string>();
  const walk = (node: ModelNode) => {
    if (node.kind === 'weighted') node.children.forEach((c) => walk(c.node));
    else if (node.kind === 'indicators' && node.period) codes.add(node.period);
  };
  if (model) walk(model.root);
  return [...codes];
}

interface ExpectedRow {
  group: RatingInput['group'];
  raterAccountId: string;
  raterName: string;
  indicatorId: string | null;
  assessedUnitId: string;
  level: string | null;
}

interface TargetRow {
  id: string;
  unitId: string;
  title: string;
  indicatorId: string;
  maxScore: string;
}

/**
 * Everything `summarise` needs to score one assessment category in one period, read in a fixed number of queries
 * whatever the number of units (decision 0018, "Models and inputs"):
 * - `period`: the period's code; `indicators`: the year's indicator tree;
 * - per assessed unit (ordered by the unit's sort order, then the assessed unit's id; `unitId` is the Unit's id):
 *   its published targets of the category's target types in their version in force (a 专项 period: only the targets
 *   of its type or special task), each with the records in force of this period — and of the periods the model's
 *   `indicators` nodes name, when a model is given;
 * - `ratings`: the period's expected ratings for the category (`expectedRatings`, the ratings module's rule: every unit
 *   of the category, a PEER never its own, a LEADER_DEPUTY only its portfolio), with the submitted level or null;
 * - `imported`: the period's imported values by key; `adjustments`: the approved lines of the year, in 年终 only.
 */
export async function gatherScoringInputs(db: Db | Tx, q: { periodId: string; categoryId: string; model?: ScoringModel | null }): Promise<ScoringInput> {
  const [period, category] = await Promise.all([
    db.assessmentPeriod.findUnique({
      where: { id: q.periodId },
      select: { id: true, yearId: true, code: true, kind: true, targetTypeId: true, specialTaskId: true },
    }),
    db.assessmentCategory.findUnique({
      where: { id: q.categoryId },
      select: {
        yearId: true,
        targetTypes: { select: { targetTypeId: true } },
        assessedUnits: { select: { id: true, unitId: true, unit: { select: { name: true, sortOrder: true } } } },
      },
    }),
  ]);
  if (!period) throw new NotFoundError('assessmentPeriod');
  if (!category) throw new NotFoundError('category');
  if (category.yearId !== period.yearId) throw ValidationError.field('categoryId', t('models.categoryOfOtherYear'));

  const units = [...category.assessedUnits].sort((a, b) => a.unit.sortOrder - b.unit.sortOrder || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const unitIds = units.map((u) => u.unitId);
  const assessedIds = units.map((u) => u.id);
  // A 专项 covers one target type or one special task; the other periods every type of the category.
  const typeIds = category.targetTypes.map((c) => c.targetTypeId).filter((id) => !period.targetTypeId || id === period.targetTypeId);
  const readCodes = [...new Set([period.code, ...periodsReadBy(q.model)])];

  const [indicators, targets, records, expected, imported, adjustments] = await Promise.all([
    db.indicator.findMany({
      where: { yearId: period.yearId },
      select: { id: true, parentId: true, name: true, weightBp: true },
      orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { code: 'asc' }],
    }),
    // The version in force of a published target is its revision `publishedRevisionNo` (decision 0007): the row holds a
    // revision under review.
    unitIds.length && typeIds.length
      ? db.$queryRaw<TargetRow[]>`
          SELECT tg.id, tg."unitId",
                 COALESCE(rv.snapshot->>'title', tg.title) AS title,
                 COALESCE(rv.snapshot->>'indicatorId', tg."indicatorId"::text) AS "indicatorId",
                 COALESCE(rv.snapshot->>'maxScore', tg."maxScore"::text) AS "maxScore"
          FROM "Target" tg
          LEFT JOIN "TargetRevision" rv ON rv."targetId" = tg.id AND rv."revisionNo" = tg."publishedRevisionNo"
          WHERE tg."yearId" = ${period.yearId}::uuid AND tg."publishedRevisionNo" IS NOT NULL
            AND tg."unitId" = ANY(${unitIds}::uuid[]) AND tg."targetTypeId" = ANY(${typeIds}::uuid[])
            ${period.specialTaskId ? Prisma.sql`AND tg."specialTaskId" = ${period.specialTaskId}::uuid` : Prisma.empty}
          ORDER BY tg."unitId", title, tg.id`
      : Promise.resolve([] as TargetRow[]),
    db.assessmentRecord.findMany({
      where: {
        period: { yearId: period.yearId, code: { in: readCodes } },
        status: { in: [...IN_FORCE] },
        score: { not: null },
        target: { yearId: period.yearId, unitId: { in: unitIds } },
      },
      select: { id: true, targetId: true, score: true, period: { select: { code: true } } },
      orderBy: [{ targetId: 'asc' }, { period: { sortOrder: 'asc' } }, { periodId: 'asc' }, { assessorUnit: { sortOrder: 'asc' } }, { assessorUnitId: 'asc' }],
    }),
    db.$queryRaw<ExpectedRow[]>`
      WITH e AS (${expectedRatings(period.id, Prisma.sql`AND ra."categoryId" = ${q.categoryId}::uuid`)})
      SELECT DISTINCT e."group", e."raterAccountId", acc."displayName" AS "raterName", e."indicatorId", e."assessedUnitId",
             CASE WHEN r.status = 'SUBMITTED' THEN r.level END AS level,
             array_position(ARRAY['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER', 'PUBLIC'], e."group") AS "groupOrder"
      FROM e
      JOIN "Account" acc ON acc.id = e."raterAccountId"
      LEFT JOIN "Rating" r ON r.id = e."ratingId"
      ORDER BY "groupOrder", e."raterAccountId", e."indicatorId" NULLS FIRST`,
    db.importedValue.findMany({
      where: { periodId: period.id, assessedUnitId: { in: assessedIds } },
      select: { assessedUnitId: true, key: true, value: true },
      orderBy: { key: 'asc' },
    }),
    // Adjustments are filed per unit and year, not per period: they count once, in the year-end summary (decision 0018).
    period.kind === 'ANNUAL'
      ? db.adjustment.findMany({
          where: { status: 'APPROVED', assessedUnitId: { in: assessedIds } },
          select: {
            id: true,
            assessedUnitId: true,
            kind: true,
            points: true,
            reason: true,
            category: { select: { code: true } },
            documents: { select: { id: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
          },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        })
      : Promise.resolve([]),
  ]);

  const assessmentsOf = combineRecords(records);
  const targetsOf = groupBy(targets, (x) => x.unitId);
  const ratingsOf = groupBy(expected, (x) => x.assessedUnitId);
  const importedOf = groupBy(imported, (x) => x.assessedUnitId);
  const adjustmentsOf = groupBy(adjustments, (x) => x.assessedUnitId);
  const unitInputs: UnitInput[] = units.map((au) => ({
    unitId: au.unitId,
    name: au.unit.name,
    targets: (targetsOf.get(au.unitId) ?? []).map((tg): TargetInput => ({
      id: tg.id,
      title: tg.title,
      indicatorId: tg.indicatorId,
      maxScore: Number(tg.maxScore),
      assessments: assessmentsOf.get(tg.id) ?? [],
    })),
    ratings: (ratingsOf.get(au.id) ?? []).map((r): RatingInput => ({
      group: r.group,
      raterId: r.raterAccountId,
      raterName: r.raterName,
      ...(r.indicatorId ? { indicatorId: r.indicatorId } : {}),
      level: r.level,
    })),
    imported: Object.fromEntries((importedOf.get(au.id) ?? []).map((v) => [v.key, Number(v.value)])),
    adjustments: (adjustmentsOf.get(au.id) ?? []).map(toAdjustment),
  }));
  return { period: period.code, indicators, units: unitInputs };
}

/**
 * One assessment per target and period. Where several assessing departments scored the same target (机关建设: 厅办,
 * 人事处 and 财务处), the target's score is the mean of their records in force, rounded half up to two decimals like
 * a record's own score; the receipt links the first department's record (in the departments' order).
 */
function combineRecords(records: { id: string; targetId: string; score: Prisma.Decimal | null; period: { code: string } }[]) {
  const byTargetPeriod = groupBy(records, (r) => `${r.targetId}|${r.period.code}`);
  const out = new Map<string, TargetInput['assessments']>();
  for (const group of byTargetPeriod.values()) {
    const first = group[0]!;
    const sum = group.reduce((s, r) => s.add(r.score!), new Prisma.Decimal(0));
    const mean = sum.div(group.length).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
    const list = out.get(first.targetId) ?? [];
    list.push({ period: first.period.code, score: mean.toNumber(), recordId: first.id });
    out.set(first.targetId, list);
  }
  return out;
}

function toAdjustment(a: {
  id: string;
  kind: 'BONUS' | 'DEDUCTION' | 'VETO';
  points: Prisma.Decimal | null;
  reason: string;
  category: { code: string };
  documents: { id: string }[];
}): AdjustmentInput {
  const base = { id: a.id, reason: a.reason, ...(a.documents[0] ? { documentId: a.documents[0].id } : {}) };
  if (a.kind === 'VETO') return { ...base, kind: 'veto' };
  return { ...base, kind: a.kind === 'BONUS' ? 'bonus' : 'deduction', category: a.category.code, points: Number(a.points ?? 0) };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
