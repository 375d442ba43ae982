import { Select } from 'antd';
import { useTargetTypes } from '../api/units';

/** A clearable filter over the target types (目标类型), loaded once and shared by the list pages. */
export function TargetTypeSelect(props: { value?: string; onChange: (id: string | undefined) => void; placeholder: string; 'data-testid'?: string }) {
  const types = useTargetTypes();
  return (
    <Select<string>
      allowClear
      style={{ width: 150 }}
      placeholder={props.placeholder}
      aria-label={props.placeholder}
      value={props.value}
      loading={types.isLoading}
      onChange={(v) => props.onChange(v)}
      options={(types.data ?? []).map((ty) => ({ value: ty.id, label: ty.name }))}
      data-testid={props['data-testid']}
    />
  );
}
