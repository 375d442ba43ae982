import type { AdjustmentLine, IndicatorReceipt, NodeReceipt, UnitReceipt } from './receipt.ts';

/**
 * A line of a receipt a unit may dispute (申诉): a target's score, a rating or imported node, an adjustment line.
 * Keys are stable across runs and versions of the same model, so an appeal filed on version 1 names the same line in
 * version 2: `target:<targetId>`, `rating:<node path>`, `imported:<node path>`, `adjustment:<adjustment id>`.
 */
export interface ReceiptLine {
  key: string;
  kind: 'target' | 'rating' | 'imported' | 'adjustment';
  /** What the line is, in words (the target's title, the node's label, the adjustment's reason). */
  label: string;
  /** The value the line shows: a target's score, a node's 0..100 score, an adjustment's points (a veto: null). */
  value: number | null;
  /** For a target line: its 分值 and the record that scored it. */
  maxScore?: number;
  recordId?: string;
  targetId?: string;
  adjustmentId?: string;
}

export function receiptLines(receipt: UnitReceipt): ReceiptLine[] {
  const lines: ReceiptLine[] = [];
  const seen = new Set<string>();
  const push = (line: ReceiptLine) => {
    if (seen.has(line.key)) return;
    seen.add(line.key);
    lines.push(line);
  };
  const walkIndicators = (list: IndicatorReceipt[]) => {
    for (const ind of list) {
      for (const t of ind.targets ?? []) {
        push({
          key: `target:${t.targetId}`,
          kind: 'target',
          label: t.title,
          value: t.score,
          maxScore: t.maxScore,
          targetId: t.targetId,
          ...(t.recordId ? { recordId: t.recordId } : {}),
        });
      }
      walkIndicators(ind.children ?? []);
    }
  };
  const walk = (node: NodeReceipt) => {
    switch (node.kind) {
      case 'weighted':
        node.children.forEach((c) => walk(c.node));
        break;
      case 'indicators':
        walkIndicators(node.indicators);
        break;
      case 'rating':
        push({ key: `rating:${node.path}`, kind: 'rating', label: node.label, value: node.score });
        break;
      case 'imported':
        push({ key: `imported:${node.path}`, kind: 'imported', label: node.label, value: node.value });
        break;
      case 'allowance':
        node.lines.forEach(pushAdjustment);
        break;
    }
  };
  const pushAdjustment = (a: AdjustmentLine) =>
    push({
      key: `adjustment:${a.id}`,
      kind: 'adjustment',
      label: a.reason,
      value: a.kind === 'veto' ? null : a.kind === 'bonus' ? a.points : -a.points,
      adjustmentId: a.id,
    });
  walk(receipt.tree);
  receipt.bonus.lines.forEach(pushAdjustment);
  receipt.deductions.forEach((d) => d.lines.forEach(pushAdjustment));
  receipt.notCounted.forEach(pushAdjustment);
  receipt.veto.forEach(pushAdjustment);
  return lines;
}
