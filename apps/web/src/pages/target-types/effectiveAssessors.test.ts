import { describe, expect, it } from 'vitest';
import type { AssessorAssignment, IndicatorNode, TargetType } from '@jx/contract';
import { indicatorAssessors, indicatorPaths, namingsOf, targetAssessors, typeAssessors } from './effectiveAssessors';

const unit = (name: string) => ({ id: `u-${name}`, name });
const type = (id: string, name: string, owner: string): TargetType => ({
  id,
  code: id.toUpperCase(),
  name,
  ownerUnitId: `u-${owner}`,
  ownerUnitName: owner,
  sortOrder: 0,
  active: true,
  reportingRhythm: 'MONTHLY',
  version: 1,
});
const node = (id: string, name: string, children: IndicatorNode[] = [], targetTypeId: string | null = null): IndicatorNode => ({
  id,
  yearId: 'y',
  parentId: null,
  level: 1,
  code: id,
  name,
  description: null,
  weightBp: 10000,
  weightPercent: '100',
  sortOrder: 0,
  targetTypeId,
  targetTypeName: null,
  version: 1,
  children,
});

// 机关建设 (owned by 机关党委) under 自身建设 › 作风建设 › 财务管理; 职能职责 tied to no type.
const organ = type('organ', '机关建设', '机关党委');
const types = new Map([[organ.id, organ]]);
const finance = node('1.1.1', '财务管理');
const style = node('1.1', '作风建设', [finance]);
const own = node('1', '自身建设', [style], organ.id);
const duty = node('2', '职能职责', [node('2.1', '交通建设')]);
const paths = indicatorPaths([own, duty]);
const names = (a: { units: { name: string }[] }) => a.units.map((u) => u.name);
const namings = (items: Omit<AssessorAssignment, 'name'>[]) => namingsOf(items.map((i) => ({ ...i, name: i.id })));

describe('effective assessing departments (most specific wins)', () => {
  it('nobody named: the owner of the type the first level is tied to, inherited', () => {
    const none = namings([]);
    expect(indicatorAssessors(paths.get('1.1.1')!, none, types)).toEqual({ units: [unit('机关党委')], source: 'owner', from: '机关建设', own: false });
    expect(typeAssessors(organ, none)).toMatchObject({ source: 'owner', own: false });
  });

  it('a type shared by departments reaches every indicator under it', () => {
    const n = namings([{ scope: 'targetType', id: 'organ', units: [unit('人事处'), unit('财务处')] }]);
    expect(typeAssessors(organ, n)).toMatchObject({ source: 'targetType', own: true });
    expect(indicatorAssessors(paths.get('1.1.1')!, n, types)).toMatchObject({ source: 'targetType', from: '机关建设', own: false });
    expect(names(indicatorAssessors(paths.get('1.1.1')!, n, types))).toEqual(['人事处', '财务处']);
  });

  it('an indicator naming covers its subtree and beats the type; the nearest ancestor wins', () => {
    const n = namings([
      { scope: 'targetType', id: 'organ', units: [unit('人事处')] },
      { scope: 'indicator', id: '1', units: [unit('办公室')] },
      { scope: 'indicator', id: '1.1', units: [unit('规划处')] },
    ]);
    expect(indicatorAssessors(paths.get('1.1')!, n, types)).toMatchObject({ source: 'indicator', from: '作风建设', own: true });
    expect(indicatorAssessors(paths.get('1.1.1')!, n, types)).toMatchObject({ source: 'indicator', from: '作风建设', own: false });
    expect(names(indicatorAssessors(paths.get('1.1.1')!, n, types))).toEqual(['规划处']);
  });

  it('a first level tied to no type leaves it to each target’s type; a target naming beats everything', () => {
    const n = namings([{ scope: 'target', id: 't1', units: [unit('基建处')] }]);
    expect(indicatorAssessors(paths.get('2.1')!, n, types)).toEqual({ units: [], source: 'byType', from: '', own: false });
    const target = { id: 't1', title: '完成公路建设投资', targetTypeId: 'organ' };
    expect(targetAssessors(target, paths.get('2.1')!, n, types)).toMatchObject({ source: 'target', own: true, units: [unit('基建处')] });
    expect(targetAssessors({ ...target, id: 't2' }, paths.get('2.1')!, n, types)).toMatchObject({ source: 'owner', from: '机关建设' });
  });

  it('an empty naming is no naming: the next broader one applies', () => {
    const n = namings([
      { scope: 'indicator', id: '1.1.1', units: [] },
      { scope: 'targetType', id: 'organ', units: [unit('财务处')] },
    ]);
    expect(indicatorAssessors(paths.get('1.1.1')!, n, types)).toMatchObject({ source: 'targetType', units: [unit('财务处')] });
  });
});
