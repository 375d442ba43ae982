import { describe, expect, it } from 'vitest';
import { ScoringModelSchema } from '../model.ts';
import { indicatorsByPosition, REFERENCE_SCHEMES, renameModelRefs } from './index.ts';
import { sichuanIndicators, sichuanModel } from './sichuan.ts';

describe('reference schemes as starting points', () => {
  it('lists the five schemes, each a valid model', () => {
    expect(REFERENCE_SCHEMES.map((s) => s.id)).toEqual(['sichuan', 'jiangsu', 'hami', 'shuili', 'bailian']);
    for (const s of REFERENCE_SCHEMES) expect(ScoringModelSchema.safeParse(s.model).success).toBe(true);
  });

  it('pairs indicators by position, first level then their children, leaving out those without a counterpart', () => {
    const year = [
      { id: 'y1', parentId: null, name: '一', weightBp: 6000 },
      { id: 'y1.1', parentId: 'y1', name: '一.1', weightBp: 5000 },
      { id: 'y1.2', parentId: 'y1', name: '一.2', weightBp: 5000 },
      { id: 'y2', parentId: null, name: '二', weightBp: 4000 },
    ];
    const map = indicatorsByPosition(sichuanIndicators, year);
    expect(Object.fromEntries(map)).toEqual({ duty: 'y1', 'duty.1': 'y1.1', 'duty.2': 'y1.2', efficiency: 'y2' });
  });

  it('renames indicator references and deduction categories without touching the original', () => {
    const renamed = renameModelRefs(sichuanModel, {
      indicator: (id) => (id === 'duty.1' ? 'Y-1.1' : undefined),
      category: (c) => ({ 批评: 'CRITICISM' })[c],
    });
    const org = renamed.root.kind === 'weighted' ? renamed.root.children[2]?.node : undefined;
    const first = org?.kind === 'weighted' ? org.children[0]?.node : undefined;
    expect(first).toMatchObject({ kind: 'rating', indicatorId: 'Y-1.1' });
    expect(renamed.deductionCategories.map((c) => c.category)).toEqual(['CRITICISM', '廉政', '问责']);
    expect(sichuanModel.deductionCategories[0]?.category).toBe('批评');
    expect(ScoringModelSchema.safeParse(renamed).success).toBe(true);
  });
});
