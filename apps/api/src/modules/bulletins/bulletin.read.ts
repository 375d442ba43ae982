import type { Bulletin, BulletinSummary, MyResult, ReceiptView } from '@jx/contract';
import type { NodeReceipt, UnitReceipt } from '@jx/scoring';
import type { Db } from '../../lib/db.ts';
import type { Actor } from '../../lib/context.ts';
import type { SettingsStore } from '../settings/settings.store.ts';
import { NotFoundError } from '../../lib/errors.ts';
import type { BulletinSnapshot } from '../results/publish.ts';
import { recordSources } from '../results/result-set.read.ts';
import { appealDeadline } from './appeal-deadline.ts';
import { bulletinScope, readsCategory, readsReceipt, type BulletinScope } from './bulletin.policy.ts';

const summarySelect = {
  id: true,
  resultSetId: true,
  periodId: true,
  yearId: true,
  versionNo: true,
  title: true,
  docNo: true,
  publishedAt: true,
  publishedById: true,
  supersededAt: true,
  snapshot: true,
  preface: true,
  resultSet: { select: { period: { select: { name: true, code: true } }, year: { select: { year: true } } } },
} as const;

type Row = {
  id: string;
  resultSetId: string;
  periodId: string;
  yearId: string;
  versionNo: number;
  title: string;
  docNo: string;
  publishedAt: Date;
  publishedById: string;
  supersededAt: Date | null;
  snapshot: unknown;
  preface: string;
  resultSet: { period: { name: string; code: string }; year: { year: number } };
};

const snapshotOf = (r: { snapshot: unknown }) => r.snapshot as BulletinSnapshot;

/** Replaces raters' names and ids by their order ("评价人 1, 2 …") for everyone but the office. */
export function anonymiseRaters(receipt: UnitReceipt): UnitReceipt {
  const walk = (node: NodeReceipt): NodeReceipt => {
    if (node.kind === 'weighted') return { ...node, children: node.children.map((c) => ({ ...c, node: walk(c.node) })) };
    if (node.kind === 'rating') return { ...node, raters: node.raters.map((r, i) => ({ ...r, raterId: String(i + 1), raterName: `评价人 ${i + 1}` })) };
    return node;
  };
  return { ...receipt, tree: walk(receipt.tree) };
}

export function createBulletinReader(db: Db, settings: SettingsStore) {
  const names = async (ids: string[]) =>
    new Map(
      (await db.account.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, displayName: true } })).map((a) => [a.id, a.displayName]),
    );

  async function toSummary(r: Row, scope: BulletinScope, publishers: Map<string, string>): Promise<BulletinSummary> {
    return {
      id: r.id,
      resultSetId: r.resultSetId,
      periodId: r.periodId,
      periodName: r.resultSet.period.name,
      yearId: r.yearId,
      year: r.resultSet.year.year,
      versionNo: r.versionNo,
      title: r.title,
      docNo: r.docNo,
      publishedAt: r.publishedAt.toISOString(),
      publishedByName: publishers.get(r.publishedById) ?? '',
      supersededAt: r.supersededAt?.toISOString() ?? null,
      categoryNames: snapshotOf(r)
        .categories.filter((c) => readsCategory(scope, c.categoryId))
        .map((c) => c.categoryName),
      appealDeadline: await appealDeadline(db, settings, r.publishedAt),
    };
  }

  /** A bulletin the caller reads some category of; 404 otherwise. */
  async function load(actor: Actor, id: string) {
    const [row, scope] = await Promise.all([db.bulletin.findUnique({ where: { id }, select: summarySelect }), bulletinScope(db, actor)]);
    if (!row || !snapshotOf(row).categories.some((c) => readsCategory(scope, c.categoryId))) throw new NotFoundError('bulletin');
    return { row, scope };
  }

  return {
    load,
    async list(
      actor: Actor,
      q: { yearId?: string; periodId?: string; categoryId?: string; allVersions?: 'true' | 'false' },
    ): Promise<{ items: BulletinSummary[] }> {
      const scope = await bulletinScope(db, actor);
      const rows = await db.bulletin.findMany({
        where: {
          ...(q.yearId ? { yearId: q.yearId } : {}),
          ...(q.periodId ? { periodId: q.periodId } : {}),
          ...(q.allVersions === 'true' ? {} : { supersededAt: null }),
          ...(scope.categoryIds === 'all' ? {} : { units: { some: { categoryId: { in: [...scope.categoryIds] } } } }),
          ...(q.categoryId ? { units: { some: { categoryId: q.categoryId } } } : {}),
        },
        select: summarySelect,
        orderBy: [{ publishedAt: 'desc' }, { versionNo: 'desc' }, { id: 'asc' }],
        take: 200,
      });
      const visible = rows.filter((r) => snapshotOf(r).categories.some((c) => readsCategory(scope, c.categoryId)));
      const publishers = await names(visible.map((r) => r.publishedById));
      return { items: await Promise.all(visible.map((r) => toSummary(r, scope, publishers))) };
    },

    async get(actor: Actor, id: string): Promise<Bulletin> {
      const { row, scope } = await load(actor, id);
      const snap = snapshotOf(row);
      const [versions, publishers, pdf] = await Promise.all([
        db.bulletin.findMany({
          where: { resultSetId: row.resultSetId },
          select: { id: true, versionNo: true, publishedAt: true, supersededAt: true },
          orderBy: { versionNo: 'desc' },
        }),
        names([row.publishedById]),
        db.bulletin.count({ where: { id, pdf: { not: null } } }),
      ]);
      const categories = snap.categories
        .filter((c) => readsCategory(scope, c.categoryId))
        .map((c) => {
          const onlyRanking = scope.ownCategoryIds.has(c.categoryId) && !snap.unitsSeeOthers;
          return {
            categoryId: c.categoryId,
            categoryName: c.categoryName,
            modelName: c.modelName,
            modelVersionNo: c.modelVersionNo,
            unitCount: c.unitCount,
            distribution: c.distribution,
            quotaNotes: c.quotaNotes,
            rows: c.rows.map((r) => {
              const hidden = onlyRanking && !readsReceipt(scope, r.unitId);
              return {
                unitId: r.unitId,
                unitName: r.unitName,
                rank: r.rank,
                final: hidden ? null : r.final,
                grade: hidden ? null : r.grade,
                prev: hidden ? null : r.prev,
                canReadReceipt: readsReceipt(scope, r.unitId),
              };
            }),
          };
        });
      const readable = new Set(categories.map((c) => c.categoryName));
      return {
        ...(await toSummary(row, scope, publishers)),
        preface: row.preface,
        categories,
        versions: versions.map((v) => ({
          id: v.id,
          versionNo: v.versionNo,
          publishedAt: v.publishedAt.toISOString(),
          supersededAt: v.supersededAt?.toISOString() ?? null,
        })),
        changes: snap.changes.filter((c) => readable.has(c.categoryName)),
        hasPdf: pdf > 0,
        unitsSeeOthers: snap.unitsSeeOthers,
      };
    },

    async receipt(
      actor: Actor,
      id: string,
      unitId: string,
    ): Promise<ReceiptView & { bulletinId: string; versionNo: number; waivers: { key: string; label: string; reason: string }[] }> {
      const { row, scope } = await load(actor, id);
      const unit = await db.bulletinUnit.findUnique({ where: { bulletinId_unitId: { bulletinId: id, unitId } } });
      if (!unit || !readsCategory(scope, unit.categoryId) || !readsReceipt(scope, unitId)) throw new NotFoundError('bulletin');
      const snap = snapshotOf(row);
      const category = snap.categories.find((c) => c.categoryId === unit.categoryId)!;
      const unitName = category.rows.find((r) => r.unitId === unitId)?.unitName ?? '';
      const receipt = unit.receipt as unknown as UnitReceipt;
      return {
        bulletinId: id,
        versionNo: row.versionNo,
        unitId,
        unitName,
        categoryId: unit.categoryId,
        categoryName: category.categoryName,
        periodName: row.resultSet.period.name,
        final: Number(unit.final),
        grade: unit.grade,
        rank: unit.rank,
        unitCount: category.unitCount,
        receipt: (scope.seesRaters ? receipt : anonymiseRaters(receipt)) as unknown as Record<string, unknown>,
        records: await recordSources(db, receipt),
        missing: [],
        waivers: unit.waivers as { key: string; label: string; reason: string }[],
        modelName: category.modelName,
        modelVersionNo: category.modelVersionNo,
      };
    },

    async mine(actor: Actor, now: Date): Promise<{ items: MyResult[] }> {
      if (!actor.unitId) return { items: [] };
      const rows = await db.bulletinUnit.findMany({
        where: { unitId: actor.unitId, bulletin: { supersededAt: null } },
        select: {
          final: true,
          grade: true,
          rank: true,
          categoryId: true,
          bulletin: {
            select: {
              id: true,
              versionNo: true,
              periodId: true,
              publishedAt: true,
              snapshot: true,
              resultSet: { select: { period: { select: { name: true, code: true } }, year: { select: { year: true } } } },
            },
          },
        },
        orderBy: { bulletin: { publishedAt: 'desc' } },
      });
      const items = await Promise.all(
        rows.map(async (r) => {
          const category = snapshotOf(r.bulletin).categories.find((c) => c.categoryId === r.categoryId);
          const deadline = await appealDeadline(db, settings, r.bulletin.publishedAt);
          return {
            bulletinId: r.bulletin.id,
            versionNo: r.bulletin.versionNo,
            periodId: r.bulletin.periodId,
            periodName: r.bulletin.resultSet.period.name,
            periodCode: r.bulletin.resultSet.period.code,
            year: r.bulletin.resultSet.year.year,
            publishedAt: r.bulletin.publishedAt.toISOString(),
            categoryName: category?.categoryName ?? '',
            final: Number(r.final),
            grade: r.grade,
            rank: r.rank,
            unitCount: category?.unitCount ?? 0,
            appealDeadline: deadline,
            canAppeal: now.getTime() <= new Date(deadline).getTime(),
          };
        }),
      );
      return { items };
    },
  };
}
