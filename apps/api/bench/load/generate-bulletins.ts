import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@jx/db';
import type { IndicatorReceipt, NodeReceipt, UnitReceipt } from '@jx/scoring';
import { inChunks } from '../create-many.ts';

export interface BulletinWorld {
  yearId: string;
  /** The office's account, the publisher. */
  officeId: string;
  rand: () => number;
}

interface Indicator {
  id: string;
  parentId: string | null;
  name: string;
  weightBp: number;
}
interface UnitTarget {
  id: string;
  title: string;
  indicatorId: string;
  maxScore: number;
}
interface Ranked {
  unitId: string;
  unitName: string;
  categoryId: string;
  final: number;
  receipt: UnitReceipt;
  rank: number;
  grade: string;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const GRADES = { top: '先进', pass: '合格', fail: '不合格' };
/** 先进 at most this share of a category (the bench model's quota). */
const TOP_SHARE = 0.2;
const byScoreOf = (final: number) => (final >= 90 ? GRADES.top : final >= 60 ? GRADES.pass : GRADES.fail);

/**
 * The receipt of one unit as the engine writes it for the bench model: 60 points for the targets over the year's
 * indicator tree (the unit's targets on its leaves), 40 for the imported survey; no adjustments.
 */
function receiptOf(tree: Indicator[], targets: UnitTarget[], period: string, quality: number, rand: () => number): UnitReceipt {
  const childrenOf = (id: string | null) => tree.filter((i) => i.parentId === id);
  const onLeaf = new Map<string, UnitTarget[]>();
  for (const t of targets) {
    if (onLeaf.has(t.indicatorId)) onLeaf.get(t.indicatorId)!.push(t);
    else onLeaf.set(t.indicatorId, [t]);
  }
  const indicator = (i: Indicator): IndicatorReceipt => {
    const children = childrenOf(i.id);
    if (!children.length) {
      const lines = (onLeaf.get(i.id) ?? []).map((t) => ({
        targetId: t.id,
        title: t.title,
        maxScore: t.maxScore,
        score: round2(t.maxScore * (quality - 0.1 * rand())),
        recordId: randomUUID(),
      }));
      const max = lines.reduce((s, l) => s + l.maxScore, 0);
      const score = max ? (100 * lines.reduce((s, l) => s + l.score, 0)) / max : null;
      return {
        indicatorId: i.id,
        name: i.name,
        weightBp: i.weightBp,
        effectivePercent: score === null ? null : i.weightBp / 100,
        score,
        targets: lines,
        ...(score === null ? { leftOut: 'no-targets' as const } : {}),
      };
    }
    const parts = children.map(indicator);
    const present = parts.filter((p) => p.score !== null);
    const presentBp = present.reduce((s, p) => s + p.weightBp, 0);
    const score = presentBp ? present.reduce((s, p) => s + (p.score! * p.weightBp) / presentBp, 0) : null;
    return { indicatorId: i.id, name: i.name, weightBp: i.weightBp, effectivePercent: score === null ? null : i.weightBp / 100, score, children: parts };
  };
  const firstLevel = childrenOf(null).map(indicator);
  const targetsScore = firstLevel.reduce((s, i) => s + ((i.score ?? 0) * i.weightBp) / 10000, 0);
  const survey = 70 + 30 * rand();
  const root = 0.6 * targetsScore + 0.4 * survey;
  const node: NodeReceipt = {
    kind: 'weighted',
    label: '年度绩效考评',
    path: 'root',
    score: root,
    children: [
      {
        points: 60,
        contribution: 0.6 * targetsScore,
        node: { kind: 'indicators', label: '目标考核', path: 'root.children.0.node', score: targetsScore, indicatorId: null, period, indicators: firstLevel },
      },
      {
        points: 40,
        contribution: 0.4 * survey,
        node: { kind: 'imported', label: '社会公众评价', path: 'root.children.1.node', score: survey, key: 'public', value: survey },
      },
    ],
  };
  const final = round2(root);
  return {
    tree: node,
    rootScore: root,
    bonus: { lines: [], total: 0, cap: null, counted: 0 },
    deductions: [],
    notCounted: [],
    veto: [],
    unrounded: root,
    rounding: final - root,
    final,
    grade: { byScore: byScoreOf(final), grade: '', reason: 'score' },
  };
}

/** Ranks each category by final score (ties share a rank); 先进 within the quota, 合格 from 60. */
function ranked(rows: Omit<Ranked, 'rank' | 'grade'>[]): Ranked[] {
  const out: Ranked[] = [];
  for (const categoryId of new Set(rows.map((r) => r.categoryId))) {
    const mine = rows.filter((r) => r.categoryId === categoryId).sort((a, b) => b.final - a.final || a.unitName.localeCompare(b.unitName));
    const quota = Math.floor(mine.length * TOP_SHARE);
    mine.forEach((r, i) => {
      const rank = i > 0 && mine[i - 1]!.final === r.final ? out.at(-1)!.rank : i + 1;
      const byScore = r.receipt.grade.byScore;
      const grade = byScore === GRADES.top && i >= quota ? GRADES.pass : byScore;
      out.push({ ...r, rank, grade, receipt: { ...r.receipt, grade: { byScore, grade, reason: grade === byScore ? 'score' : 'quota' } } });
    });
  }
  return out;
}

/** Bulletin.snapshot as publishing writes it: per category the ranking, the grade distribution and what changed. */
function snapshotOf(rows: Ranked[], names: Map<string, string>, before: Map<string, Ranked> | null) {
  const changes: { unitName: string; categoryName: string; text: string }[] = [];
  const categories = [...new Set(rows.map((r) => r.categoryId))].map((categoryId) => {
    const mine = rows.filter((r) => r.categoryId === categoryId);
    const distribution = Object.values(GRADES).map((grade) => ({ grade, count: mine.filter((r) => r.grade === grade).length }));
    return {
      categoryId,
      categoryName: names.get(categoryId)!,
      modelId: '',
      modelName: `${names.get(categoryId)}模型`,
      modelVersionNo: 1,
      unitCount: mine.length,
      distribution,
      quotaNotes: [`先进名额 ${Math.floor(mine.length * TOP_SHARE)} 个`],
      rows: mine.map((r) => {
        const p = before?.get(r.unitId);
        if (p && p.final !== r.final)
          changes.push({ unitName: r.unitName, categoryName: names.get(categoryId)!, text: `得分 ${p.final.toFixed(2)} → ${r.final.toFixed(2)}` });
        return {
          unitId: r.unitId,
          unitName: r.unitName,
          rank: r.rank,
          final: r.final,
          grade: r.grade,
          prev: p ? { final: p.final, grade: p.grade, rank: p.rank } : null,
        };
      }),
    };
  });
  return { unitsSeeOthers: true, runNo: before ? 2 : 1, categories, changes };
}

/**
 * Published results of two periods of the year, as the office publishes them: Q1's bulletin, and H1's in two versions
 * (version 1 superseded five days later by version 2, after an appeal raised a few units' scores). One BulletinUnit
 * per assessed unit and bulletin with its full receipt (the unit's targets on the indicator tree). Returns the bulletin count.
 */
export async function generateBulletins(db: PrismaClient, w: BulletinWorld) {
  const [periods, assessed, indicators, targets, categories] = await Promise.all([
    db.assessmentPeriod.findMany({ where: { yearId: w.yearId, code: { in: ['Q1', 'H1'] } }, select: { id: true, code: true, name: true } }),
    db.assessedUnit.findMany({ where: { yearId: w.yearId }, select: { unitId: true, categoryId: true, unit: { select: { name: true } } } }),
    db.indicator.findMany({ where: { yearId: w.yearId }, select: { id: true, parentId: true, name: true, weightBp: true }, orderBy: { sortOrder: 'asc' } }),
    db.target.findMany({ where: { yearId: w.yearId }, select: { id: true, unitId: true, title: true, indicatorId: true, maxScore: true } }),
    db.assessmentCategory.findMany({ where: { yearId: w.yearId }, select: { id: true, name: true } }),
  ]);
  const targetsOf = new Map<string, UnitTarget[]>();
  for (const t of targets) {
    const line = { ...t, maxScore: Number(t.maxScore) };
    if (targetsOf.has(t.unitId)) targetsOf.get(t.unitId)!.push(line);
    else targetsOf.set(t.unitId, [line]);
  }
  const names = new Map(categories.map((c) => [c.id, c.name]));
  const quality = new Map(assessed.map((a) => [a.unitId, 0.85 + 0.15 * w.rand()]));
  const resultsOf = (period: string) =>
    ranked(
      assessed.map((a) => {
        const receipt = receiptOf(indicators, targetsOf.get(a.unitId) ?? [], period, quality.get(a.unitId)!, w.rand);
        return { unitId: a.unitId, unitName: a.unit.name, categoryId: a.categoryId, final: receipt.final, receipt };
      }),
    );
  /** Version 2 of H1: every tenth unit's score raised by an accepted appeal. */
  const corrected = (rows: Ranked[]) =>
    ranked(
      rows.map((r, i) => {
        if (i % 10) return r;
        const final = round2(Math.min(100, r.final + 0.5));
        return {
          ...r,
          final,
          receipt: { ...r.receipt, final, rounding: final - r.receipt.unrounded, grade: { ...r.receipt.grade, byScore: byScoreOf(final) } },
        };
      }),
    );

  const q1 = periods.find((p) => p.code === 'Q1')!;
  const h1 = periods.find((p) => p.code === 'H1')!;
  const h1v1 = resultsOf('H1');
  const versions = [
    { period: q1, versionNo: 1, rows: resultsOf('Q1'), at: new Date('2026-04-20T02:00:00Z'), supersededAt: null, before: null },
    { period: h1, versionNo: 1, rows: h1v1, at: new Date('2026-07-20T02:00:00Z'), supersededAt: new Date('2026-07-25T02:00:00Z'), before: null },
    {
      period: h1,
      versionNo: 2,
      rows: corrected(h1v1),
      at: new Date('2026-07-25T02:00:00Z'),
      supersededAt: null,
      before: new Map(h1v1.map((r) => [r.unitId, r])),
    },
  ];
  const sets = new Map([q1, h1].map((p) => [p.id, randomUUID()]));
  await db.resultSet.createMany({ data: [...sets].map(([periodId, id]) => ({ id, periodId, yearId: w.yearId, runCount: periodId === h1.id ? 2 : 1 })) });
  const bulletins: Prisma.BulletinCreateManyInput[] = [];
  const units: Prisma.BulletinUnitCreateManyInput[] = [];
  for (const v of versions) {
    const id = randomUUID();
    const half = v.period.code === 'H1';
    bulletins.push({
      id,
      resultSetId: sets.get(v.period.id)!,
      periodId: v.period.id,
      yearId: w.yearId,
      versionNo: v.versionNo,
      title: `关于2026年${half ? '半年' : '一季度'}目标绩效考核结果的通报`,
      docNo: `川交绩〔2026〕${half ? 21 : 9}号`,
      preface: '各市（州）交通运输局，厅直属各单位，厅机关各处室：\n现将考核结果通报如下。',
      snapshot: snapshotOf(v.rows, names, v.before) as unknown as Prisma.InputJsonValue,
      publishedById: w.officeId,
      publishedAt: v.at,
      supersededAt: v.supersededAt,
    });
    const seen = new Map<string, number>();
    v.rows.forEach((r) => {
      const position = seen.get(r.categoryId) ?? 0;
      seen.set(r.categoryId, position + 1);
      units.push({
        bulletinId: id,
        categoryId: r.categoryId,
        unitId: r.unitId,
        position,
        final: r.final.toFixed(2),
        grade: r.grade,
        rank: r.rank,
        receipt: r.receipt as unknown as Prisma.InputJsonValue,
        waivers: [],
      });
    });
  }
  await db.bulletin.createMany({ data: bulletins });
  await inChunks(units, (data) => db.bulletinUnit.createMany({ data }), 100);
  return bulletins.length;
}
