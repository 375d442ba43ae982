import type { z } from 'zod';
import type { createScoringModel, ScoringModelSummary, updateScoringModel } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, NotFoundError, ValidationError, VersionConflictError, t } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { validateModel } from './model.validate.ts';
import { gatherScoringInputs } from './scoring-inputs.ts';
import { ScoringModelSchema } from '@jx/scoring';

type CreateBody = z.output<NonNullable<typeof createScoringModel.body>>;
type UpdateBody = z.output<NonNullable<typeof updateScoringModel.body>>;

const include = {
  categories: { select: { categoryId: true } },
  versions: { orderBy: { versionNo: 'desc' }, take: 1 },
} as const satisfies Prisma.ScoringModelInclude;
type Row = Prisma.ScoringModelGetPayload<{ include: typeof include }>;

const toDto = (m: Row): ScoringModelSummary => ({
  id: m.id,
  yearId: m.yearId,
  name: m.name,
  categoryIds: m.categories.map((c) => c.categoryId).sort(),
  currentVersionNo: m.currentVersionNo,
  definition: (m.versions[0]?.definition ?? {}) as Record<string, unknown>,
  updatedAt: m.updatedAt.toISOString(),
  version: m.version,
});

/** The categories must be the year's, and not scored by another model. */
async function checkCategories(tx: Tx, yearId: string, categoryIds: string[], modelId: string | null) {
  const categories = await tx.assessmentCategory.findMany({ where: { id: { in: categoryIds } }, include: { scoringModel: { include: { model: true } } } });
  categoryIds.forEach((id, i) => {
    const c = categories.find((x) => x.id === id);
    if (!c || c.yearId !== yearId) throw ValidationError.field(`categoryIds.${i}`, t('models.categoryOfOtherYear'));
    if (c.scoringModel && c.scoringModel.modelId !== modelId) {
      throw new ConflictError(t('models.categoryTaken', { categoryName: c.name, modelName: c.scoringModel.model.name }));
    }
  });
}

/** A new version of a model, as saved by the actor. */
const addVersion = (tx: Tx, ctx: RequestContext, modelId: string, versionNo: number, definition: unknown, note: string | null | undefined) =>
  tx.scoringModelVersion.create({
    data: { modelId, versionNo, definition: definition as Prisma.InputJsonValue, note: note ?? null, createdById: ctx.actor.accountId },
  });

/** 绩效模型: stored per year, validated by the engine's schema, every save a new version. */
export function createModelService(db: Db) {
  const one = async (tx: Db | Tx, id: string) => toDto((await tx.scoringModel.findUnique({ where: { id }, include }))!);
  return {
    async list(yearId: string) {
      const rows = await db.scoringModel.findMany({ where: { yearId }, include, orderBy: [{ name: 'asc' }, { id: 'asc' }] });
      return rows.map(toDto);
    },

    create(ctx: RequestContext, body: CreateBody) {
      const definition = validateModel(body.definition);
      return db.$transaction(async (tx) => {
        if (!(await tx.year.count({ where: { id: body.yearId } }))) throw new NotFoundError('year');
        const categoryIds = [...new Set(body.categoryIds)];
        await checkCategories(tx, body.yearId, categoryIds, null);
        const m = await tx.scoringModel.create({ data: { yearId: body.yearId, name: body.name } });
        await tx.scoringModelCategory.createMany({ data: categoryIds.map((categoryId) => ({ modelId: m.id, categoryId })) });
        await addVersion(tx, ctx, m.id, 1, definition, body.note);
        await recordAudit(tx, ctx, {
          action: 'scoringModels.create',
          objectType: 'ScoringModel',
          objectId: m.id,
          before: null,
          after: { name: body.name, categoryIds, versionNo: 1 },
        });
        return one(tx, m.id);
      });
    },

    update(ctx: RequestContext, id: string, body: UpdateBody) {
      const definition = validateModel(body.definition);
      return db.$transaction(async (tx) => {
        const before = await tx.scoringModel.findUnique({ where: { id }, include });
        if (!before) throw new NotFoundError('scoringModel');
        if (before.version !== body.version) throw new VersionConflictError('scoringModel');
        const categoryIds = [...new Set(body.categoryIds)];
        await checkCategories(tx, before.yearId, categoryIds, id);
        const versionNo = before.currentVersionNo + 1;
        assertUpdated(
          await tx.scoringModel.updateMany({
            where: { id, version: body.version },
            data: { name: body.name, currentVersionNo: versionNo, version: { increment: 1 } },
          }),
          'scoringModel',
        );
        await tx.scoringModelCategory.deleteMany({ where: { modelId: id } });
        await tx.scoringModelCategory.createMany({ data: categoryIds.map((categoryId) => ({ modelId: id, categoryId })) });
        await addVersion(tx, ctx, id, versionNo, definition, body.note);
        await recordAudit(tx, ctx, {
          action: 'scoringModels.update',
          objectType: 'ScoringModel',
          objectId: id,
          before: { name: before.name, categoryIds: before.categories.map((c) => c.categoryId).sort(), versionNo: before.currentVersionNo },
          after: { name: body.name, categoryIds: [...categoryIds].sort(), versionNo },
        });
        return one(tx, id);
      });
    },

    /** The inputs of a category in a period with the category's model (the records its nodes read included). */
    async previewInputs(periodId: string, categoryId: string) {
      const row = await db.scoringModel.findFirst({ where: { categories: { some: { categoryId } } }, include });
      const model = row ? toDto(row) : null;
      const parsed = model ? ScoringModelSchema.safeParse(model.definition) : null;
      const input = await gatherScoringInputs(db, { periodId, categoryId, model: parsed?.success ? parsed.data : null });
      return { input, model };
    },

    async versions(id: string) {
      if (!(await db.scoringModel.count({ where: { id } }))) throw new NotFoundError('scoringModel');
      const rows = await db.scoringModelVersion.findMany({ where: { modelId: id }, orderBy: { versionNo: 'desc' } });
      const names = new Map(
        (await db.account.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, displayName: true } })).map(
          (a) => [a.id, a.displayName],
        ),
      );
      return rows.map((r) => ({
        versionNo: r.versionNo,
        note: r.note,
        createdByName: names.get(r.createdById) ?? '',
        createdAt: r.createdAt.toISOString(),
        definition: r.definition as Record<string, unknown>,
      }));
    },
  };
}
