import { useMemo, useState } from 'react';
import { Flex, Select } from 'antd';
import { useT } from '../../../locales';
import { knownActions } from './labels';

interface Option {
  value: string;
  label: string;
  /** The whole route summary and the raw id, searched as well as the label. */
  title: string;
  free?: boolean;
}

/** The API filters `action` by "contains" and accepts at most 64 characters. */
const MAX_LENGTH = 64;
const RAW_TEXT = /^[\x20-\x7e]+$/;

/**
 * 操作 filter: pick a known action by its label (searching label, summary or raw id), or type a part
 * of a raw action — the first option then is "contains <text>", so Enter applies it (a refused
 * request's `GET /api/…`, `accounts.`).
 */
export function ActionFilter({ value, onChange, width = 240 }: { value?: string; onChange: (v: string | undefined) => void; width?: number }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const known = useMemo<Option[]>(() => knownActions(t).map((a) => ({ value: a.raw, label: a.short, title: `${a.full} ${a.raw}` })), [t]);

  const free = (text: string): Option => ({ value: text, label: t('audit.events.filters.actionContains', { text }), title: text, free: true });
  const typed = search.trim().slice(0, MAX_LENGTH);
  // Stored actions are ASCII (ids, methods, paths): text in Chinese only searches the labels.
  const options = [
    ...(typed && RAW_TEXT.test(typed) && !known.some((o) => o.value === typed) ? [free(typed)] : []),
    ...(value && value !== typed && !known.some((o) => o.value === value) ? [free(value)] : []),
    ...known,
  ];

  return (
    <Select<string, Option>
      allowClear
      style={{ width }}
      popupMatchSelectWidth={360}
      placeholder={t('audit.events.filters.action')}
      aria-label={t('audit.events.filters.action')}
      value={value}
      options={options}
      showSearch={{
        searchValue: search,
        onSearch: setSearch,
        filterOption: (input, option) => {
          if (!option || option.free) return true;
          const needle = input.trim().toLowerCase();
          return option.label.toLowerCase().includes(needle) || option.title.toLowerCase().includes(needle);
        },
      }}
      optionRender={(o) =>
        o.data.free ? (
          o.data.label
        ) : (
          <Flex justify="space-between" gap={12} title={o.data.title}>
            <span>{o.data.label}</span>
            <span className="mono muted small">{o.data.value}</span>
          </Flex>
        )
      }
      onChange={(v) => {
        setSearch('');
        onChange(v || undefined);
      }}
    />
  );
}
