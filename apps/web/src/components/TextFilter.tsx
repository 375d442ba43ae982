import { Input } from 'antd';

/** A text filter that applies on Enter (or the search button) and when cleared. */
export function TextFilter({
  placeholder,
  onApply,
  width = 180,
  testId,
}: {
  placeholder: string;
  onApply: (v: string | undefined) => void;
  width?: number;
  testId?: string;
}) {
  return (
    <Input.Search
      allowClear
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width }}
      onSearch={(v) => onApply(v.trim() || undefined)}
      onChange={(e) => {
        if (!e.target.value) onApply(undefined);
      }}
      data-testid={testId}
    />
  );
}
