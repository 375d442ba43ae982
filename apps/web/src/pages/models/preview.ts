import { ScoringInputError, ScoringModelSchema, summarise, type CategoryResult, type MissingInput } from '@jx/scoring';

/** A model run on the inputs, or why it could not run (each problem as the engine says it, with its path). */
export type PreviewRun = { ok: true; result: CategoryResult } | { ok: false; problems: string[] };

/**
 * Runs the engine in the browser, as the batch summary will on the server: the definition through ScoringModelSchema,
 * the input through `summarise`'s own boundary check. Never throws.
 */
export function runModel(definition: unknown, input: unknown): PreviewRun {
  const model = ScoringModelSchema.safeParse(definition);
  if (!model.success) return { ok: false, problems: model.error.issues.map((i) => withPath(i.path.join('.'), i.message)) };
  try {
    return { ok: true, result: summarise(model.data, input) };
  } catch (e) {
    if (e instanceof ScoringInputError) return { ok: false, problems: e.issues.map((i) => withPath(i.path.join('.'), i.message)) };
    return { ok: false, problems: [e instanceof Error ? e.message : String(e)] };
  }
}

const withPath = (path: string, message: string) => (path ? `${path}：${message}` : message);

export interface Standing {
  final: number;
  grade: string;
  rank: number;
}

export interface PreviewRow {
  unitId: string;
  name: string;
  saved: Standing | null;
  edited: Standing | null;
  /** edited − saved, two decimals; null when either is missing. */
  scoreChange: number | null;
  /** Places gained (positive: moved up); null when either is missing. */
  rankChange: number | null;
  gradeChanged: boolean;
  /** Inputs the edited model (else the saved one) still misses for the unit. */
  missing: MissingInput[];
}

/** Every unit's score, grade and rank under the saved and the edited model, in the edited model's order. */
export function compareRuns(saved: CategoryResult | null, edited: CategoryResult | null): PreviewRow[] {
  const standing = (r: CategoryResult | null) =>
    new Map((r?.units ?? []).map((u) => [u.unitId, { name: u.name, missing: u.missing, standing: { final: u.final, grade: u.grade, rank: u.rank } }]));
  const before = standing(saved);
  const after = standing(edited);
  const order = [...((edited ?? saved)?.units.map((u) => u.unitId) ?? [])];
  for (const id of before.keys()) if (!order.includes(id)) order.push(id);
  return order.map((unitId) => {
    const b = before.get(unitId);
    const a = after.get(unitId);
    const both = a && b;
    return {
      unitId,
      name: (a ?? b)!.name,
      saved: b?.standing ?? null,
      edited: a?.standing ?? null,
      scoreChange: both ? Math.round((a.standing.final - b.standing.final) * 100) / 100 : null,
      rankChange: both ? b.standing.rank - a.standing.rank : null,
      gradeChanged: !!both && a.standing.grade !== b.standing.grade,
      missing: (a ?? b)!.missing,
    };
  });
}

/** How many units' score, rank and grade move. */
export function movementCounts(rows: readonly PreviewRow[]) {
  return {
    score: rows.filter((r) => r.scoreChange !== null && r.scoreChange !== 0).length,
    rank: rows.filter((r) => r.rankChange !== null && r.rankChange !== 0).length,
    grade: rows.filter((r) => r.gradeChanged).length,
  };
}
