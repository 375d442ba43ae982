/** What a 目标责任书 shows: the unit's published targets of one year, in the version in force, grouped by type. */
export interface LetterData {
  year: number;
  unitName: string;
  /** The type names the letter is limited to, when the caller sees only some types (a department, a deputy by type); null: every type. */
  limitedToTypes: string[] | null;
  /** The responsible person the letter is limited to (a 责任人 reads only the targets decomposed to them); null: all. */
  limitedToPerson: string | null;
  /** In the framework's order of target types; each group non-empty. */
  groups: LetterGroup[];
}

export interface LetterGroup {
  typeName: string;
  targets: LetterTarget[];
}

export interface LetterTarget {
  title: string;
  content: string;
  measures: string;
  /** `YYYY-MM-DD`. */
  deadline: string;
  expectedResult: string;
  /** Decimal string with at most two decimals (`3.00`). */
  maxScore: string;
  responsibles: { name: string; share: string }[];
}

/** Sum of scores in hundredths, so that 0.1 + 0.2 stays exact. */
export const sumCents = (scores: readonly string[]) => scores.reduce((sum, s) => sum + Math.round(Number(s) * 100), 0);

/** `3`, `2.5`, `1.25`: a score as a letter writes it. */
export const formatCents = (cents: number) => String(cents / 100);

export const groupCents = (g: LetterGroup) => sumCents(g.targets.map((t) => t.maxScore));
