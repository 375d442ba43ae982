import { describe, expect, it } from 'vitest';
import { compareRuns, movementCounts, runModel } from './preview';

const model = (first: number) => ({
  name: '模型',
  root: {
    kind: 'weighted',
    label: '综合',
    children: [
      { points: first, node: { kind: 'imported', label: 'A', key: 'a' } },
      { points: 100 - first, node: { kind: 'imported', label: 'B', key: 'b' } },
    ],
  },
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格' }],
});
const input = {
  period: 'ANNUAL',
  units: [
    { unitId: 'u1', name: '甲', imported: { a: 100, b: 80 } },
    { unitId: 'u2', name: '乙', imported: { a: 85, b: 100 } },
  ],
};

describe('what-if preview', () => {
  it('runs the saved and the edited model and says how every unit moves', () => {
    const saved = runModel(model(50), input);
    const edited = runModel(model(80), input);
    if (!saved.ok || !edited.ok) throw new Error('the engine refused the example');
    // saved: 甲 90 优秀 1st, 乙 92.5 优秀 … edited: 甲 96, 乙 88
    const rows = compareRuns(saved.result, edited.result);
    expect(rows.map((r) => [r.name, r.saved, r.edited, r.scoreChange, r.rankChange, r.gradeChanged])).toEqual([
      ['甲', { final: 90, grade: '优秀', rank: 2 }, { final: 96, grade: '优秀', rank: 1 }, 6, 1, false],
      ['乙', { final: 92.5, grade: '优秀', rank: 1 }, { final: 88, grade: '合格', rank: 2 }, -4.5, -1, true],
    ]);
    expect(movementCounts(rows)).toEqual({ score: 2, rank: 2, grade: 1 });
  });

  it('says what the engine refuses instead of throwing: an invalid model, an input that does not fit', () => {
    expect(runModel(model(120), input)).toMatchObject({ ok: false, problems: [expect.stringContaining('分值必须大于 0')] });
    const bad = runModel(model(50), { period: 'ANNUAL', units: [{ unitId: 'u1', name: '甲', imported: { a: -1 } }] });
    expect(bad).toMatchObject({ ok: false, problems: [expect.stringMatching(/^units\.0\.imported\.a：/)] });
  });

  it('shows the saved standing alone when the edited model cannot run', () => {
    const saved = runModel(model(50), input);
    const rows = compareRuns(saved.ok ? saved.result : null, null);
    expect(rows.map((r) => [r.name, r.edited, r.scoreChange])).toEqual([
      ['乙', null, null],
      ['甲', null, null],
    ]);
  });
});
