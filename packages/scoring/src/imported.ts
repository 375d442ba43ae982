import type { EvalContext, Evaluated } from './context.ts';
import type { ImportedNode } from './model.ts';
import { fromNumber, toNumber, ZERO } from './rational.ts';

/** `imported`: a 0..100 value imported for the unit (a statistics bureau's survey); missing scores 0 and is listed. */
export function evaluateImported(node: ImportedNode, path: string, ctx: EvalContext): Evaluated {
  const value = ctx.unit.imported[node.key] ?? null;
  if (value === null) ctx.missing.add({ kind: 'import-missing', nodePath: path, importKey: node.key });
  const score = value === null ? ZERO : fromNumber(value);
  return { score, receipt: { kind: 'imported', label: node.label, path, score: toNumber(score), key: node.key, value } };
}
