import type { RaterGroup } from './model.ts';

/**
 * An input the score needs and does not have yet. `key` is stable across runs, so a waiver (豁免, with a reason)
 * can name it; `nodePath` locates the model node that needed it. What the engine does meanwhile is in
 * docs/decisions/0011: an unassessed target and a rater who has not rated are left out, a missing import scores 0.
 */
export type MissingInput =
  | { kind: 'target-unassessed'; key: string; nodePath: string; targetId: string; title: string; indicatorId: string; period: string }
  | { kind: 'no-targets'; key: string; nodePath: string; indicatorId: string | null; period: string }
  | { kind: 'rating-missing'; key: string; nodePath: string; group: RaterGroup; raterId: string; raterName: string; indicatorId: string | null }
  | { kind: 'no-raters'; key: string; nodePath: string; group: RaterGroup; indicatorId: string | null }
  | { kind: 'import-missing'; key: string; nodePath: string; importKey: string };

type WithoutKey<T> = T extends unknown ? Omit<T, 'key'> : never;

export function missingKey(m: WithoutKey<MissingInput>): string {
  switch (m.kind) {
    case 'target-unassessed':
      return `target:${m.targetId}:${m.period}`;
    case 'no-targets':
      return `no-targets:${m.indicatorId ?? '*'}:${m.period}`;
    case 'rating-missing':
      return `rating:${m.group}:${m.raterId}:${m.indicatorId ?? '*'}`;
    case 'no-raters':
      return `no-raters:${m.group}:${m.indicatorId ?? '*'}`;
    case 'import-missing':
      return `import:${m.importKey}`;
  }
}

/** Collects missing inputs of one unit once each (two nodes may read the same target). */
export class MissingInputs {
  private readonly byKey = new Map<string, MissingInput>();

  add(m: WithoutKey<MissingInput>): void {
    const key = missingKey(m);
    if (!this.byKey.has(key)) this.byKey.set(key, { ...m, key } as MissingInput);
  }

  list(): MissingInput[] {
    return [...this.byKey.values()];
  }
}
