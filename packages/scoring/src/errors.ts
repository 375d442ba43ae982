/** One problem with a model or an input, at the path of the field to fix (as zod reports them). */
export interface Issue {
  path: Array<string | number>;
  message: string;
}

/** The input does not fit the model (unknown indicator, level not on the scale, score above the maximum …). */
export class ScoringInputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(`评分输入有误：${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；')}`);
    this.name = 'ScoringInputError';
  }
}
