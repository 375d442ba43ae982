import { DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useT } from '../../locales';

/** 时间范围 of an audit log, to the minute; sends ISO strings (undefined when cleared). `initial`: a range a link asked for. */
export function TimeRangeFilter({
  onChange,
  initial,
}: {
  onChange: (range: { from?: string; to?: string }) => void;
  initial?: { from?: string; to?: string };
}) {
  const t = useT();
  return (
    <DatePicker.RangePicker
      allowEmpty={[true, true]}
      defaultValue={initial?.from || initial?.to ? [initial.from ? dayjs(initial.from) : null, initial.to ? dayjs(initial.to) : null] : undefined}
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

/** Filters a link asked for (我的待办 of the auditor): ?outcome= and ?from=. */
export function linkedAuditFilters<O extends string>(search: URLSearchParams, outcomes: readonly O[]): { outcome?: O; from?: string } | undefined {
  const outcome = outcomes.find((o) => o === search.get('outcome'));
  const from = search.get('from') ?? undefined;
  return outcome || from ? { outcome, from } : undefined;
}
