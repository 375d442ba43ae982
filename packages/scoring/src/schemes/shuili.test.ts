import { describe, expect, it } from 'vitest';
import { run, target, unit } from '../test-builders.ts';
import { shuiliIndicators, shuiliModel } from './shuili.ts';

describe('水利局: 业务工作实绩 60 (each 完成 90 % + 进步 5 % + 创新 5 %) + 行政能力建设 40', () => {
  const late = target('admin.efficient', 5, null);
  const bureauA = unit('局A', {
    targets: [
      target('works.projects', 20, 18),
      target('works.rural', 10, 10),
      target('flood', 50, 45),
      target('admin.democratic', 10, 10),
      target('admin.lawful', 10, 9),
      target('admin.efficient', 10, 8),
      target('admin.clean', 10, 10),
    ],
    imported: { 'works.progress': 80, 'works.innovation': 60, 'flood.progress': 100, 'flood.innovation': 100 },
  });
  const bureauB = unit('局B', {
    targets: [
      target('works.projects', 20, 20),
      target('works.rural', 10, 5),
      target('flood', 50, 40),
      target('admin.democratic', 10, 10),
      target('admin.lawful', 10, 10),
      target('admin.efficient', 5, 4),
      late,
      target('admin.clean', 10, 10),
    ],
    imported: { 'works.innovation': 100, 'flood.progress': 90, 'flood.innovation': 70 },
  });
  const { result, get } = run(shuiliModel, [bureauB, bureauA], shuiliIndicators);

  it('局A: 91.78, 优秀', () => {
    // 水利工程建设 完成 0.6 × 18/20 + 0.4 × 10/10 = 54 + 40 = 94 → 0.9 × 94 + 0.05 × 80 + 0.05 × 60 = 84.6 + 4 + 3 = 91.6
    // 防汛抗旱 完成 45/50 = 90 → 81 + 5 + 5 = 91
    // 业务工作实绩 0.5 × 91.6 + 0.5 × 91 = 91.3
    // 行政能力建设 (100 + 90 + 80 + 100) / 4 = 92.5
    // 0.6 × 91.3 + 0.4 × 92.5 = 54.78 + 37 = 91.78
    expect(get('局A')).toMatchObject({ final: 91.78, grade: '优秀', rank: 1 });
    expect(get('局A').missing).toEqual([]);
  });

  it('局B: 85.1, 良好, with a missing import (scored 0) and an unassessed target (left out) listed', () => {
    // 水利工程建设 完成 0.6 × 100 + 0.4 × 50 = 80 → 0.9 × 80 + 0.05 × 0 (绩效进步 not imported) + 0.05 × 100 = 72 + 0 + 5 = 77
    // 防汛抗旱 完成 40/50 = 80 → 72 + 4.5 + 3.5 = 80
    // 业务工作实绩 0.5 × 77 + 0.5 × 80 = 78.5
    // 行政能力建设: 高效行政 4/5 = 80 (the unassessed 5-point target left out) → (100 + 100 + 80 + 100) / 4 = 95
    // 0.6 × 78.5 + 0.4 × 95 = 47.1 + 38 = 85.1
    const b = get('局B');
    expect(b).toMatchObject({ final: 85.1, grade: '良好', rank: 2 });
    expect(b.missing.map((m) => m.key).sort()).toEqual(['import:works.progress', `target:${late.id}:ANNUAL`]);
    expect(result.hasMissingInputs).toBe(true);
  });
});
