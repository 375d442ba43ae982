import { useMemo, useState } from 'react';
import { Select, Typography } from 'antd';
import type { Person } from '@jx/contract';
import { usePersons } from '../../api/persons';
import { useT } from '../../locales';

export interface PersonPickerProps {
  value?: string | null;
  onChange?: (id: string | null, person?: Person) => void;
  /** The currently linked person (shown before any search). */
  initial?: { id: string; name: string } | null;
  id?: string;
}

/** Searches active people by name or staff number on the server. */
export function PersonPicker({ value, onChange, initial, id }: PersonPickerProps) {
  const t = useT();
  const [q, setQ] = useState('');
  const query = usePersons({ q: q.trim() || undefined, status: 'ACTIVE', page: 1, pageSize: 20, sort: 'name', order: 'asc' });
  const options = useMemo(() => {
    const opts = (query.data?.items ?? []).map((p) => ({
      value: p.id,
      label: (
        <span>
          {p.name}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {p.staffNo} · {p.unitName ?? '—'}
            {p.position ? ` · ${p.position}` : ''}
          </Typography.Text>
        </span>
      ),
      person: p,
    }));
    if (initial && !opts.some((o) => o.value === initial.id)) {
      opts.unshift({ value: initial.id, label: <span>{initial.name}</span>, person: undefined as unknown as Person });
    }
    return opts;
  }, [query.data, initial]);

  return (
    <Select
      id={id}
      value={value ?? undefined}
      allowClear
      placeholder={t('accounts.personSearch')}
      loading={query.isFetching}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options}
      notFoundContent={query.isFetching ? t('common.states.loading') : undefined}
      onChange={(v: string | undefined, opt) => {
        const person = (Array.isArray(opt) ? undefined : (opt as { person?: Person } | undefined))?.person;
        onChange?.(v ?? null, person);
      }}
      data-testid="person-picker"
    />
  );
}
