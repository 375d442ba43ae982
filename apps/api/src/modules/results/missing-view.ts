import type { MissingInput } from '@jx/scoring';
import type { MissingInputView } from '@jx/contract';

const GROUP_NAMES: Record<string, string> = {
  LEADER_MAIN: '主要领导评价',
  LEADER_DEPUTY: '分管领导评价',
  ORG: '绩效委评价',
  PEER: '部门互评',
  PUBLIC: '社会公众评价',
};

/** A missing input in words, with the page where it is supplied. */
export function describeMissing(m: MissingInput, periodId: string): Pick<MissingInputView, 'key' | 'kind' | 'label' | 'href'> {
  const at = `periodId=${periodId}`;
  switch (m.kind) {
    case 'target-unassessed':
      return { key: m.key, kind: m.kind, label: `目标“${m.title}”未考核（${m.period}）`, href: `/assessment/scoring?${at}` };
    case 'no-targets':
      return { key: m.key, kind: m.kind, label: `没有可计分的目标（${m.period}）`, href: null };
    case 'rating-missing':
      return { key: m.key, kind: m.kind, label: `${m.raterName}尚未提交${GROUP_NAMES[m.group] ?? m.group}`, href: `/assessment/raters?${at}` };
    case 'no-raters':
      return { key: m.key, kind: m.kind, label: `${GROUP_NAMES[m.group] ?? m.group}没有评价人`, href: `/assessment/raters?${at}` };
    case 'import-missing':
      return { key: m.key, kind: m.kind, label: `导入值“${m.importKey}”尚未导入`, href: `/assessment/raters?${at}` };
  }
}

export interface WaiverRow {
  unitId: string;
  key: string;
  reason: string;
  createdAt: Date;
  createdByName: string;
}

export function missingViews(missing: MissingInput[], periodId: string, waivers: WaiverRow[]): MissingInputView[] {
  const byKey = new Map(waivers.map((w) => [w.key, w]));
  return missing.map((m) => {
    const w = byKey.get(m.key);
    return { ...describeMissing(m, periodId), waiver: w ? { reason: w.reason, createdByName: w.createdByName, createdAt: w.createdAt.toISOString() } : null };
  });
}
