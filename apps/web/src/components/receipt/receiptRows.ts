import type { IndicatorReceipt, NodeReceipt, UnitReceipt } from '@jx/scoring';
import type { ReceiptView } from '@jx/contract';

/** One row of the receipt's tree table; `lineKey` names the line an appeal may dispute (receiptLines' keys). */
export interface ReceiptRow {
  key: string;
  label: string;
  kind: 'node' | 'indicator' | 'target' | 'rater' | 'adjustment';
  /** 分值 of a model node, or an indicator's effective share. */
  weight: string | null;
  /** 0..100 for nodes and indicators; "得分/分值" for a target; a rater's level. */
  score: string | null;
  contribution: string | null;
  source: string | null;
  note: string | null;
  lineKey: string | null;
  children?: ReceiptRow[];
}

const n2 = (v: number | null | undefined) => (v === null || v === undefined ? null : v.toFixed(2));
const RECORD_STATUS: Record<string, string> = { SUBMITTED: '已提交', ARCHIVED: '已归档', DRAFT: '草稿', RETURNED: '已退档', VOIDED: '已作废' };

function indicatorRows(list: IndicatorReceipt[], records: ReceiptView['records'], path: string): ReceiptRow[] {
  return list.map((ind, i) => {
    const targets: ReceiptRow[] = (ind.targets ?? []).map((t) => {
      const rec = t.recordId ? records[t.recordId] : undefined;
      return {
        key: `${path}.${i}.t.${t.targetId}`,
        label: t.title,
        kind: 'target',
        weight: null,
        score: t.score === null ? '未考核' : `${n2(t.score)} / ${n2(t.maxScore)}`,
        contribution: null,
        source: rec ? `${rec.assessorName}（${RECORD_STATUS[rec.status] ?? rec.status}）` : null,
        note: null,
        lineKey: `target:${t.targetId}`,
      };
    });
    const children = [...targets, ...indicatorRows(ind.children ?? [], records, `${path}.${i}`)];
    const note =
      ind.leftOut === 'no-targets'
        ? '未列入：无目标'
        : ind.leftOut === 'not-assessed'
          ? '未列入：未考核'
          : ind.renormalised
            ? `部分下级未列入，权重按 ${(ind.renormalised.presentBp / 100).toFixed(2)}% / ${(ind.renormalised.totalBp / 100).toFixed(2)}% 重新分配`
            : null;
    return {
      key: `${path}.${i}`,
      label: ind.name,
      kind: 'indicator',
      weight: ind.effectivePercent === null ? `${(ind.weightBp / 100).toFixed(2)}%` : `${ind.effectivePercent.toFixed(2)}%`,
      score: n2(ind.score),
      contribution: null,
      source: null,
      note,
      lineKey: null,
      ...(children.length ? { children } : {}),
    };
  });
}

function nodeRow(node: NodeReceipt, records: ReceiptView['records'], weight: string | null, contribution: string | null): ReceiptRow {
  const base = {
    key: node.path,
    label: node.label,
    kind: 'node' as const,
    weight,
    score: n2(node.score),
    contribution,
    source: null,
    note: null,
    lineKey: null,
  };
  switch (node.kind) {
    case 'weighted':
      return { ...base, children: node.children.map((c) => nodeRow(c.node, records, n2(c.points), n2(c.contribution))) };
    case 'indicators': {
      const children = indicatorRows(node.indicators, records, node.path);
      return { ...base, note: node.period ? `考核时机 ${node.period}` : null, ...(children.length ? { children } : {}) };
    }
    case 'rating':
      return {
        ...base,
        lineKey: `rating:${node.path}`,
        children: node.raters.map((r, i) => ({
          key: `${node.path}.r${i}`,
          label: r.raterName,
          kind: 'rater' as const,
          weight: null,
          score: r.level ? `${r.level}（${r.percent}%）` : '未评价',
          contribution: null,
          source: null,
          note: null,
          lineKey: null,
        })),
      };
    case 'imported':
      return { ...base, lineKey: `imported:${node.path}`, note: node.value === null ? '尚未导入' : `导入值 ${n2(node.value)}` };
    case 'allowance':
      return {
        ...base,
        note: `${n2(node.points)} 分，扣 ${n2(node.deducted)} 分，剩余 ${n2(node.remaining)} 分`,
        children: node.lines.map((l) => ({
          key: `${node.path}.${l.id}`,
          label: l.reason,
          kind: 'adjustment' as const,
          weight: null,
          score: l.kind === 'veto' ? '一票否决' : `${l.kind === 'bonus' ? '+' : '−'}${n2(l.points)}`,
          contribution: null,
          source: null,
          note: null,
          lineKey: `adjustment:${l.id}`,
        })),
      };
  }
}

export function receiptTree(view: Pick<ReceiptView, 'receipt' | 'records'>): ReceiptRow[] {
  const receipt = view.receipt as unknown as UnitReceipt;
  return [nodeRow(receipt.tree, view.records, '100.00', n2(receipt.rootScore))];
}
