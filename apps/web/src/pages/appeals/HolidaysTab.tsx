import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Input, InputNumber, Switch, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Holiday } from '@jx/contract';
import { useHolidays, useSetHolidays } from '../../api/results';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

/** 法定节假日 and 调休 workdays of a year, edited as a table and saved as a whole (the appeal window counts around them). */
export function HolidaysTab(props: { initialYear: number }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [year, setYear] = useState(props.initialYear);
  const list = useHolidays(year);
  const save = useSetHolidays();
  // The office's edits of the shown year, until saved; otherwise the saved list.
  const [edited, setEdited] = useState<{ year: number; rows: Holiday[] } | null>(null);
  const rows = edited?.year === year ? edited.rows : (list.data?.items ?? []);
  const setRows = (change: (r: Holiday[]) => Holiday[]) => setEdited({ year, rows: change(rows) });
  const update = (i: number, patch: Partial<Holiday>) => setRows((r) => r.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <Card size="small">
      <Flex gap={12} align="center" style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{t('results.holidays.year')}</Typography.Text>
        <InputNumber value={year} min={2000} max={2100} onChange={(v) => v && setYear(v)} />
        <Button icon={<PlusOutlined />} onClick={() => setRows((r) => [...r, { date: `${year}-01-01`, name: '', workday: false }])}>
          {t('results.holidays.add')}
        </Button>
        <Button
          type="primary"
          loading={save.isPending}
          onClick={() =>
            save
              .mutateAsync({ body: { year, items: rows } })
              .then(() => {
                setEdited(null);
                message.success(t('results.holidays.saved'));
              })
              .catch(handleError)
          }
          data-testid="holidays-save"
        >
          {t('common.actions.save')}
        </Button>
        <Typography.Text type="secondary">{t('results.holidays.hint')}</Typography.Text>
      </Flex>
      <Table<Holiday>
        size="small"
        rowKey={(_, i) => String(i)}
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        columns={[
          {
            title: t('results.holidays.date'),
            key: 'date',
            width: 200,
            render: (_: unknown, r, i) => (
              <DatePicker value={dayjs(r.date)} allowClear={false} onChange={(d) => d && update(i, { date: d.format('YYYY-MM-DD') })} />
            ),
          },
          {
            title: t('results.holidays.name'),
            key: 'name',
            render: (_: unknown, r, i) => <Input value={r.name} maxLength={30} onChange={(e) => update(i, { name: e.target.value })} />,
          },
          {
            title: t('results.holidays.workday'),
            key: 'workday',
            width: 140,
            render: (_: unknown, r, i) => <Switch checked={r.workday} onChange={(v) => update(i, { workday: v })} />,
          },
          {
            title: '',
            key: 'del',
            width: 56,
            render: (_: unknown, _r, i) => (
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.actions.delete')}
                onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
