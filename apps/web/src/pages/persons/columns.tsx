import { Button, Space, Tag, Typography, type TableColumnsType } from 'antd';
import type { Person, PERSON_SORT_FIELDS } from '@jx/contract';
import { NOT_ON_PHONE } from '../../hooks/usePhone';
import type { TFunction } from '../../locales';

type SortField = (typeof PERSON_SORT_FIELDS)[number];

export function personColumns(
  t: TFunction,
  opts: {
    canEdit: boolean;
    /** A phone: the unit goes under the name and the columns a phone can do without are left out, so the status stays on screen. */
    phone?: boolean;
    sortOrderOf: (k: SortField) => 'ascend' | 'descend' | null;
    onDetail: (p: Person) => void;
    onEdit: (p: Person) => void;
    onTransfer: (p: Person) => void;
    onDepart: (p: Person) => void;
  },
): TableColumnsType<Person> {
  const cols: TableColumnsType<Person> = [
    {
      key: 'staffNo',
      title: t('persons.fields.staffNo'),
      dataIndex: 'staffNo',
      width: 120,
      responsive: NOT_ON_PHONE,
      sorter: true,
      sortOrder: opts.sortOrderOf('staffNo'),
      render: (v: string) => <span className="mono">{v}</span>,
    },
    {
      key: 'name',
      title: t('persons.fields.name'),
      dataIndex: 'name',
      width: opts.phone ? 150 : 120,
      sorter: true,
      sortOrder: opts.sortOrderOf('name'),
      render: (_, p) => (
        <>
          <Typography.Link onClick={() => opts.onDetail(p)}>{p.name}</Typography.Link>
          {opts.phone && p.unitName ? <div className="muted small">{p.unitName}</div> : null}
        </>
      ),
    },
    { key: 'gender', title: t('persons.fields.gender'), dataIndex: 'gender', width: 70, responsive: NOT_ON_PHONE, render: (v: string | null) => v ?? '—' },
    {
      key: 'unitName',
      title: t('persons.fields.unit'),
      dataIndex: 'unitName',
      responsive: NOT_ON_PHONE,
      sorter: true,
      sortOrder: opts.sortOrderOf('unitName'),
      render: (v: string | null) => v ?? '—',
    },
    { key: 'position', title: t('persons.fields.position'), dataIndex: 'position', responsive: NOT_ON_PHONE, render: (v: string | null) => v ?? '—' },
    {
      key: 'status',
      title: t('persons.fields.status'),
      dataIndex: 'status',
      width: 90,
      render: (_, p) => <Tag color={p.status === 'ACTIVE' ? 'green' : 'default'}>{t(`enums.personStatuses.${p.status}`)}</Tag>,
    },
    { key: 'phone', title: t('persons.fields.phone'), dataIndex: 'phone', width: 140, responsive: NOT_ON_PHONE, render: (v: string | null) => v ?? '—' },
  ];
  cols.push({
    key: 'actions',
    title: t('common.table.actions'),
    width: opts.canEdit ? 200 : 80,
    fixed: opts.phone ? undefined : 'right',
    render: (_, p) => (
      <Space size={0}>
        <Button type="link" size="small" onClick={() => opts.onDetail(p)}>
          {t('persons.actions.detail')}
        </Button>
        {opts.canEdit && p.status === 'ACTIVE' ? (
          <>
            <Button type="link" size="small" onClick={() => opts.onEdit(p)}>
              {t('persons.actions.edit')}
            </Button>
            <Button type="link" size="small" onClick={() => opts.onTransfer(p)}>
              {t('persons.actions.transfer')}
            </Button>
            <Button type="link" size="small" danger onClick={() => opts.onDepart(p)}>
              {t('persons.actions.depart')}
            </Button>
          </>
        ) : null}
      </Space>
    ),
  });
  return cols;
}
