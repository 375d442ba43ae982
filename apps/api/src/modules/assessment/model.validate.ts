import { ScoringModelSchema, type ScoringModel } from '@jx/scoring';
import { issue, t, ValidationError } from '../../lib/errors.ts';

/**
 * The definition as the engine will read it, or a 400 whose every issue names the node it is about by its label
 * (`公众评议：各组成部分分值之和应为 100，当前为 99.99`) and its path under `definition`.
 */
export function validateModel(definition: unknown): ScoringModel {
  const parsed = ScoringModelSchema.safeParse(definition);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((i) => {
      const label = nearestLabel(definition, i.path as Array<string | number>);
      const path = ['definition', ...i.path].join('.');
      return issue(path, label ? t('models.invalidAt', { nodeLabel: label, detail: i.message }) : t('models.invalid', { detail: i.message }));
    }),
  );
}

/** The label of the deepest node (or the model itself) on the path that has one. */
function nearestLabel(definition: unknown, path: Array<string | number>): string | null {
  let node: unknown = definition;
  let label: string | null = typeof (definition as { name?: unknown })?.name === 'string' ? (definition as { name: string }).name : null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[key];
    const own = (node as { label?: unknown } | null)?.label;
    if (typeof own === 'string' && own.trim()) label = own;
  }
  return label;
}
