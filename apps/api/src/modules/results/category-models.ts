import type { ScoringModel } from '@jx/scoring';
import type { Db, Tx } from '../../lib/db.ts';

type Pinned = { categoryId: string; modelId: string; modelVersionNo: number; category: { sortOrder: number } };

/** Categories in their order (sort order, then id). */
export const inCategoryOrder = <T extends Pinned>(list: readonly T[]) =>
  [...list].sort((a, b) => a.category.sortOrder - b.category.sortOrder || a.categoryId.localeCompare(b.categoryId));

/**
 * The models a result set's categories were scored with (the pinned versions), read once: each category's model name and
 * its grade distribution in the model's band order (best first), so the page and the bulletin count grades alike.
 */
export async function pinnedModels(db: Db | Tx, categories: readonly Pinned[]) {
  const models = await db.scoringModel.findMany({
    where: { id: { in: categories.map((c) => c.modelId) } },
    select: { id: true, name: true, versions: { select: { versionNo: true, definition: true } } },
  });
  return (c: Pinned) => {
    const model = models.find((m) => m.id === c.modelId);
    const definition = model?.versions.find((v) => v.versionNo === c.modelVersionNo)?.definition as ScoringModel | undefined;
    return {
      name: model?.name ?? '',
      distribution: (rows: readonly { grade: string }[]) =>
        (definition?.grades.map((g) => g.grade) ?? [...new Set(rows.map((r) => r.grade))]).map((grade) => ({
          grade,
          count: rows.filter((r) => r.grade === grade).length,
        })),
    };
  };
}
