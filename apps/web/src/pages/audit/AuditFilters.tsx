import { DatePicker, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useT } from '../../locales';

/** 时间范围 of an audit log, to the minute; sends ISO strings (undefined when cleared). */
export function TimeRangeFilter({ onChange }: { onChange: (range: { from?: string; to?: string }) => void }) {
  const t = useT();
  return (
    <DatePicker.RangePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      placeholder={[t('audit.events.filters.rangeStart'), t('audit.events.filters.rangeEnd')]}
      onChange={(range: [Dayjs | null, Dayjs | null] | null) => onChange({ from: range?.[0]?.format() ?? undefined, to: range?.[1]?.format() ?? undefined })}
    />
  );
}

/** 结果 filter of an audit log: one of the log's outcomes, labelled by the caller. */
export function OutcomeFilter<O extends string>(props: {
  outcomes: readonly O[];
  label: (o: O) => string;
  placeholder: string;
  value: O | undefined;
  onChange: (o: O | undefined) => void;
  width: number;
}) {
  return (
    <Select<O>
      allowClear
      style={{ width: props.width }}
      placeholder={props.placeholder}
      aria-label={props.placeholder}
      value={props.value}
      onChange={(o) => props.onChange(o)}
      options={props.outcomes.map((o) => ({ value: o, label: props.label(o) }))}
    />
  );
}
