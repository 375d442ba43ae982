import type { MissingInput, NodeReceipt } from '@jx/scoring';
import { STANDARD_PERIODS, type MissingInputView } from '@jx/contract';

const GROUP_NAMES: Record<string, string> = {
  LEADER_MAIN: '主要领导评价',
  LEADER_DEPUTY: '分管领导评价',
  ORG: '绩效委评价',
  PEER: '部门互评',
  PUBLIC: '社会公众评价',
};

const periodName = (code: string) => STANDARD_PERIODS.find((p) => p.code === code)?.name ?? (code.startsWith('SPECIAL') ? '专项考核' : code);

/** The model node's label at `path` in a receipt's tree ("root", "root.children.1.node" …), when the receipt has it. */
function nodeLabel(receipt: unknown, path: string): string | null {
  const walk = (node: NodeReceipt | undefined): string | null => {
    if (!node) return null;
    if (node.path === path) return node.label;
    if (node.kind !== 'weighted') return null;
    for (const c of node.children) {
      const found = walk(c.node);
      if (found) return found;
    }
    return null;
  };
  return walk((receipt as { tree?: NodeReceipt } | null)?.tree);
}

/** A missing input in words (named after its model node where the receipt has it), with the page where it is supplied. */
export function describeMissing(m: MissingInput, periodId: string, receipt?: unknown): Pick<MissingInputView, 'key' | 'kind' | 'label' | 'href'> {
  const at = `periodId=${periodId}`;
  const node = receipt === undefined ? null : nodeLabel(receipt, m.nodePath);
  switch (m.kind) {
    case 'target-unassessed':
      return { key: m.key, kind: m.kind, label: `目标“${m.title}”未考核（${periodName(m.period)}）`, href: `/assessment/scoring?${at}` };
    case 'no-targets':
      return { key: m.key, kind: m.kind, label: `${node ? `“${node}”` : ''}没有可计分的目标（${periodName(m.period)}）`, href: null };
    case 'rating-missing':
      return {
        key: m.key,
        kind: m.kind,
        label: `${m.raterName}尚未提交${node ? `“${node}”` : (GROUP_NAMES[m.group] ?? m.group)}`,
        href: `/assessment/raters?${at}`,
      };
    case 'no-raters':
      return { key: m.key, kind: m.kind, label: `${node ? `“${node}”` : (GROUP_NAMES[m.group] ?? m.group)}没有评价人`, href: `/assessment/raters?${at}` };
    case 'import-missing':
      return {
        key: m.key,
        kind: m.kind,
        label: `${node ? `“${node}”的` : ''}导入值（${m.importKey}）尚未导入`,
        href: `/assessment/raters?${at}&tab=survey`,
      };
  }
}

export interface WaiverRow {
  unitId: string;
  key: string;
  reason: string;
  createdAt: Date;
  createdByName: string;
}

export function missingViews(missing: MissingInput[], periodId: string, waivers: WaiverRow[], receipt?: unknown): MissingInputView[] {
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  return missing.map((m) => {
    const w = byKey.get(m.key);
    return {
      ...describeMissing(m, periodId, receipt),
      waiver: w ? { reason: w.reason, createdByName: w.createdByName, createdAt: w.createdAt.toISOString() } : null,
    };
  });
}
