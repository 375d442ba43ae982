import { describe, expect, it } from 'vitest';
import { REFERENCE_SCHEMES, type ModelNode } from '@jx/scoring';
import {
  addChild,
  canonical,
  childKey,
  getNode,
  isModelShape,
  moveNode,
  nodeKeyOf,
  nodeOfKind,
  parentOf,
  pointsOf,
  removeNode,
  sameModel,
  serverIssues,
  setPoints,
  treeRows,
  updateNode,
  validateDraft,
  weightedKeys,
} from './modelTree';
import { draftFromScheme } from './schemes';

const tree: ModelNode = {
  kind: 'weighted',
  label: '综合',
  children: [
    { points: 80, node: { kind: 'indicators', label: '指标考核' } },
    {
      points: 20,
      node: {
        kind: 'weighted',
        label: '公众评议',
        children: [
          { points: 30, node: { kind: 'rating', label: '领导评价', group: 'LEADER_MAIN', scale: 'gfp' } },
          { points: 70, node: { kind: 'imported', label: '民意调查', key: 'public' } },
        ],
      },
    },
  ],
};
const draft = (root: ModelNode) => ({
  name: '模型',
  root,
  scales: { gfp: [{ level: '好', percent: 100 }] },
  grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }],
});
const PUBLIC = childKey('root', 1);
const LEADERS = childKey(PUBLIC, 0);

describe('model tree editing', () => {
  it('addresses nodes by their schema path', () => {
    expect(LEADERS).toBe('root.children.1.node.children.0.node');
    expect(parentOf(LEADERS)).toEqual({ parentKey: PUBLIC, index: 0 });
    expect(parentOf('root')).toBeNull();
    expect(getNode(tree, LEADERS)?.label).toBe('领导评价');
    expect(pointsOf(tree, LEADERS)).toBe(30);
    expect(pointsOf(tree, 'root')).toBeNull();
  });

  it('renames and re-points a node without touching the original tree', () => {
    const renamed = updateNode(tree, LEADERS, (n) => ({ ...n, label: '厅长评价' }));
    expect(getNode(renamed, LEADERS)?.label).toBe('厅长评价');
    expect(getNode(tree, LEADERS)?.label).toBe('领导评价');
    const repointed = setPoints(renamed, LEADERS, 40);
    expect(pointsOf(repointed, LEADERS)).toBe(40);
    expect(treeRows(repointed)[0]?.children?.[1]?.sum).toBe(110);
  });

  it('adds a child carrying what is left of 100 (10 when nothing is), removes and moves children', () => {
    const short = setPoints(tree, LEADERS, 20);
    const added = addChild(short, PUBLIC, '新组成部分');
    expect(added.key).toBe(childKey(PUBLIC, 2));
    expect(pointsOf(added.root, added.key)).toBe(10);
    expect(getNode(added.root, added.key)).toEqual({ kind: 'indicators', label: '新组成部分' });
    expect(pointsOf(addChild(tree, PUBLIC, 'x').root, childKey(PUBLIC, 2))).toBe(10);
    const removed = removeNode(added.root, LEADERS);
    expect(treeRows(removed)[0]?.children?.[1]?.children?.map((r) => r.node.label)).toEqual(['民意调查', '新组成部分']);
    const moved = moveNode(tree, childKey(PUBLIC, 1), -1);
    expect(getNode(moved, LEADERS)?.label).toBe('民意调查');
    expect(moveNode(tree, LEADERS, -1)).toEqual(tree);
  });

  it('sums points exactly (33.34 + 33.33 + 33.33 = 100) and lists the weighted nodes to expand', () => {
    const thirds: ModelNode = {
      kind: 'weighted',
      label: 'x',
      children: [33.34, 33.33, 33.33].map((points) => ({ points, node: nodeOfKind('indicators', 'y') })),
    };
    expect(treeRows(thirds)[0]?.sum).toBe(100);
    expect(weightedKeys(tree)).toEqual(['root', PUBLIC]);
  });

  it('places validation issues on their node, the engine’s and the server’s alike', () => {
    expect(validateDraft(draft(tree))).toEqual([]);
    const issues = validateDraft(draft(setPoints(tree, LEADERS, 29.99)));
    expect(issues).toEqual([{ path: `${PUBLIC}.children`, message: '各组成部分分值之和应为 100，当前为 99.99', nodeKey: PUBLIC }]);
    expect(nodeKeyOf(`${LEADERS}.scale`)).toBe(LEADERS);
    expect(nodeKeyOf('root.children.0.points')).toBe(childKey('root', 0));
    expect(nodeKeyOf('grades.1.min')).toBeNull();
    expect(
      serverIssues([
        { path: 'definition.root.children.1.node.children', message: '公众评议：各组成部分分值之和应为 100，当前为 99.99' },
        { path: 'definition.grades.0.min', message: '请填写该等次的最低分' },
        { path: 'name', message: '请填写模型名称' },
      ]),
    ).toEqual([
      { path: 'root.children.1.node.children', message: '公众评议：各组成部分分值之和应为 100，当前为 99.99', nodeKey: PUBLIC },
      { path: 'grades.0.min', message: '请填写该等次的最低分', nodeKey: null },
    ]);
  });

  it('accepts pasted JSON only in the shape of a model', () => {
    expect(isModelShape(draft(tree))).toBe(true);
    expect(isModelShape({ root: tree })).toBe(false);
    expect(isModelShape({ ...draft(tree), root: { kind: 'weighted', label: 'x', children: [{ node: {} }] } })).toBe(false);
    expect(isModelShape([1, 2])).toBe(false);
  });
});

describe('starting from a reference scheme', () => {
  it('moves the 四川 scheme onto the year’s indicators by position and reads 社会公众 from the imported survey', () => {
    const sichuan = REFERENCE_SCHEMES.find((s) => s.id === 'sichuan')!;
    const year = [
      { id: 'Y1', parentId: null, name: '职能职责', weightBp: 10000 },
      { id: 'Y1.1', parentId: 'Y1', name: '职责任务', weightBp: 10000 },
    ];
    const d = draftFromScheme(sichuan, year);
    const org = getNode(d.root, childKey('root', 2));
    expect(org?.kind === 'weighted' && org.children[0]?.node).toMatchObject({ kind: 'rating', indicatorId: 'Y1.1' });
    // Indicators the year lacks keep the scheme's id (the preview then says which).
    expect(org?.kind === 'weighted' && org.children[1]?.node).toMatchObject({ indicatorId: 'duty.2' });
    expect(getNode(d.root, childKey('root', 4))).toEqual({ kind: 'imported', label: '社会公众评价', key: 'public' });
    expect(validateDraft(d)).toEqual([]);
  });
});

describe('model JSON', () => {
  it('puts keys in reading order and compares drafts whatever their keys’ order', () => {
    const stored = { grades: [{ min: 60, grade: '合格' }], root: { label: 'x', kind: 'imported', key: 'k' }, name: 'm' };
    expect(JSON.stringify(canonical(stored))).toBe('{"name":"m","root":{"kind":"imported","label":"x","key":"k"},"grades":[{"grade":"合格","min":60}]}');
    expect(sameModel(stored, canonical(stored))).toBe(true);
    expect(sameModel(stored, { ...stored, name: 'n' })).toBe(false);
  });
});
