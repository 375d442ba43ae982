import { Tag } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { FULL_WEIGHT_BP, formatWeightBp } from '@jx/contract';
import type { TFunction } from '../../locales';
import { useT } from '../../locales';

/** "100.00%", or "99.99%（还差 0.01%）" / "100.01%（超出 0.01%）". */
export function weightSumText(t: TFunction, sumBp: number): string {
  const diff = sumBp - FULL_WEIGHT_BP;
  const sum = formatWeightBp(sumBp);
  if (diff === 0) return t('framework.sumOk', { sum });
  return t(diff < 0 ? 'framework.sumShort' : 'framework.sumOver', { sum, diff: formatWeightBp(Math.abs(diff)) });
}

/** A sibling set's total: green at exactly 100.00 %, red with the difference otherwise. */
export function WeightSumTag({ sumBp, label, testId }: { sumBp: number; label?: string; testId?: string }) {
  const t = useT();
  const ok = sumBp === FULL_WEIGHT_BP;
  return (
    <Tag
      color={ok ? 'success' : 'error'}
      icon={ok ? <CheckCircleOutlined /> : <ExclamationCircleOutlined />}
      data-testid={testId}
      data-valid={ok ? 'true' : 'false'}
      style={{ marginInlineEnd: 0 }}
    >
      {label ? `${label} ` : ''}
      {weightSumText(t, sumBp)}
    </Tag>
  );
}
