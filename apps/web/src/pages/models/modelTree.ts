import { ScoringModelSchema, type ModelNode, type ScoringModelInput } from '@jx/scoring';

/**
 * The model editor's pure tree operations. A node is addressed by its path in the model as the engine's schema reports
 * it: `root`, `root.children.0.node`, `root.children.0.node.children.2.node` … so that a validation issue's path
 * (`root.children.1.node.children`) finds its node.
 */
export type ModelDraft = ScoringModelInput;
export type NodeKind = ModelNode['kind'];
export const NODE_KINDS: readonly NodeKind[] = ['weighted', 'indicators', 'rating', 'imported', 'allowance'];

export const ROOT_KEY = 'root';
export const childKey = (parentKey: string, index: number) => `${parentKey}.children.${index}.node`;

/** The parent's key and the child's index, or null for the root. */
export function parentOf(key: string): { parentKey: string; index: number } | null {
  const m = /^(.*)\.children\.(\d+)\.node$/.exec(key);
  return m ? { parentKey: m[1]!, index: Number(m[2]) } : null;
}

export function getNode(root: ModelNode, key: string): ModelNode | undefined {
  if (key === ROOT_KEY) return root;
  const up = parentOf(key);
  const parent = up ? getNode(root, up.parentKey) : undefined;
  return up && parent?.kind === 'weighted' ? parent.children[up.index]?.node : undefined;
}

/** A new tree with the node at `key` replaced by `change(node)`; untouched branches are shared. */
export function updateNode(root: ModelNode, key: string, change: (node: ModelNode) => ModelNode): ModelNode {
  if (key === ROOT_KEY) return change(root);
  const up = parentOf(key);
  if (!up) return root;
  return updateNode(root, up.parentKey, (parent) => {
    if (parent.kind !== 'weighted' || !parent.children[up.index]) return parent;
    return { ...parent, children: parent.children.map((c, i) => (i === up.index ? { ...c, node: change(c.node) } : c)) };
  });
}

type Children = Extract<ModelNode, { kind: 'weighted' }>['children'];

function updateChildren(root: ModelNode, parentKey: string, change: (children: Children) => Children): ModelNode {
  return updateNode(root, parentKey, (parent) => (parent.kind === 'weighted' ? { ...parent, children: change(parent.children) } : parent));
}

/** The points a child of a weighted node carries (null for the root). */
export function pointsOf(root: ModelNode, key: string): number | null {
  const up = parentOf(key);
  const parent = up ? getNode(root, up.parentKey) : undefined;
  return up && parent?.kind === 'weighted' ? (parent.children[up.index]?.points ?? null) : null;
}

export function setPoints(root: ModelNode, key: string, points: number): ModelNode {
  const up = parentOf(key);
  if (!up) return root;
  return updateChildren(root, up.parentKey, (children) => children.map((c, i) => (i === up.index ? { ...c, points } : c)));
}

/** Σ points in hundredths of a thousandth, so that 33.34 + 33.33 + 33.33 is exactly 100. */
export function pointsSum(children: readonly { points: number }[]): number {
  return children.reduce((s, c) => s + Math.round(c.points * 1e6), 0) / 1e6;
}

/** A fresh node of a kind, keeping the label. */
export function nodeOfKind(kind: NodeKind, label: string): ModelNode {
  switch (kind) {
    case 'weighted':
      return { kind, label, children: [{ points: 100, node: { kind: 'indicators', label: '指标考核' } }] };
    case 'indicators':
      return { kind, label };
    case 'rating':
      return { kind, label, group: 'LEADER_MAIN', scale: '' };
    case 'imported':
      return { kind, label, key: '' };
    case 'allowance':
      return { kind, label, points: 10, deductionCategory: '' };
  }
}

/** Adds a child (by default an `indicators` node) carrying what is left of 100 points, or 10 when nothing is. */
export function addChild(root: ModelNode, parentKey: string, label: string, node?: ModelNode): { root: ModelNode; key: string } {
  let index = 0;
  const next = updateChildren(root, parentKey, (children) => {
    index = children.length;
    const left = Math.round((100 - pointsSum(children)) * 100) / 100;
    return [...children, { points: left > 0 ? left : 10, node: node ?? nodeOfKind('indicators', label) }];
  });
  return { root: next, key: childKey(parentKey, index) };
}

export function removeNode(root: ModelNode, key: string): ModelNode {
  const up = parentOf(key);
  if (!up) return root;
  return updateChildren(root, up.parentKey, (children) => children.filter((_, i) => i !== up.index));
}

/** Moves a child one place up (-1) or down (+1) among its siblings. */
export function moveNode(root: ModelNode, key: string, by: -1 | 1): ModelNode {
  const up = parentOf(key);
  if (!up) return root;
  return updateChildren(root, up.parentKey, (children) => {
    const to = up.index + by;
    if (to < 0 || to >= children.length) return children;
    const out = [...children];
    [out[up.index], out[to]] = [out[to]!, out[up.index]!];
    return out;
  });
}

export interface TreeRow {
  key: string;
  node: ModelNode;
  /** The points this node carries in its parent; null for the root. */
  points: number | null;
  /** For a weighted node: Σ its children's points. */
  sum: number | null;
  index: number;
  siblings: number;
  children?: TreeRow[];
}

/** The tree as nested table rows. */
export function treeRows(root: ModelNode): TreeRow[] {
  const row = (node: ModelNode, key: string, points: number | null, index: number, siblings: number): TreeRow => {
    if (node.kind !== 'weighted') return { key, node, points, sum: null, index, siblings };
    return {
      key,
      node,
      points,
      sum: pointsSum(node.children),
      index,
      siblings,
      children: node.children.map((c, i) => row(c.node, childKey(key, i), c.points, i, node.children.length)),
    };
  };
  return [row(root, ROOT_KEY, null, 0, 1)];
}

/** Every weighted node's key (to expand the whole tree). */
export function weightedKeys(root: ModelNode, key = ROOT_KEY): string[] {
  return root.kind === 'weighted' ? [key, ...root.children.flatMap((c, i) => weightedKeys(c.node, childKey(key, i)))] : [];
}

export interface ModelIssue {
  /** Dotted path inside the definition, as the engine's schema reports it. */
  path: string;
  message: string;
  /** The node the issue is about (`root…node`), or null when it is about grades, scales, deductions or the name. */
  nodeKey: string | null;
}

/** The node a path points into: `root.children.1.node.children` → `root.children.1.node`; `…children.0.points` → that child. */
export function nodeKeyOf(path: string): string | null {
  const parts = path.split('.');
  if (parts[0] !== ROOT_KEY) return null;
  let key = ROOT_KEY;
  for (let i = 1; i < parts.length; i += 3) {
    if (parts[i] !== 'children' || parts[i + 1] === undefined || !/^\d+$/.test(parts[i + 1]!)) break;
    if (parts[i + 2] !== 'node' && parts[i + 2] !== 'points') break;
    key = childKey(key, Number(parts[i + 1]));
    if (parts[i + 2] === 'points') break;
  }
  return key;
}

/** What the engine's schema finds wrong with the draft, each issue placed on its node where it has one. */
export function validateDraft(draft: unknown): ModelIssue[] {
  const parsed = ScoringModelSchema.safeParse(draft);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => {
    const path = i.path.join('.');
    return { path, message: i.message, nodeKey: nodeKeyOf(path) };
  });
}

/** The server's 400 issues (`definition.root.children.1.node.children`) as editor issues; others are left out. */
export function serverIssues(issues: readonly { path: string; message: string }[]): ModelIssue[] {
  return issues
    .filter((i) => i.path === 'definition' || i.path.startsWith('definition.'))
    .map((i) => {
      const path = i.path.replace(/^definition\.?/, '');
      return { path, message: i.message, nodeKey: nodeKeyOf(path) };
    });
}

/** Keys in the order a person reads a model (the database returns them in its own order). */
const KEY_ORDER = [
  'name',
  'quotaTies',
  'kind',
  'label',
  'points',
  'group',
  'scale',
  'indicatorId',
  'period',
  'key',
  'deductionCategory',
  'node',
  'children',
  'root',
  'scales',
  'bonusCap',
  'deductionCategories',
  'category',
  'cap',
  'grades',
  'grade',
  'min',
  'quota',
  'maxPercent',
  'maxCount',
  'level',
  'percent',
];
const rank = (k: string) => (KEY_ORDER.includes(k) ? KEY_ORDER.indexOf(k) : KEY_ORDER.length);

/** The same value with every object's keys in reading order (JSON view, download, and comparing drafts). */
export function canonical<T>(value: T): T {
  if (Array.isArray(value)) return value.map(canonical) as T;
  if (!isObject(value)) return value;
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(keys.map((k) => [k, canonical(value[k])])) as T;
}

/** Whether two drafts say the same (whatever their keys' order). */
export const sameModel = (a: unknown, b: unknown) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/** Whether a pasted JSON value has the shape the editor can show (its values are checked by validation). */
export function isModelShape(value: unknown): value is ModelDraft {
  if (!isObject(value) || !isNodeShape(value.root) || !Array.isArray(value.grades)) return false;
  if (value.scales !== undefined && !isObject(value.scales)) return false;
  return value.deductionCategories === undefined || Array.isArray(value.deductionCategories);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNodeShape(v: unknown): boolean {
  if (!isObject(v) || typeof v.label !== 'string' || !NODE_KINDS.includes(v.kind as NodeKind)) return false;
  if (v.kind !== 'weighted') return true;
  return Array.isArray(v.children) && v.children.every((c) => isObject(c) && typeof c.points === 'number' && isNodeShape(c.node));
}
