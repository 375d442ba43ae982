import { useState } from 'react';
import { App, Button, Card, DatePicker, Flex, Input, InputNumber, Switch, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { Holiday } from '@jx/contract';
import { useHolidays, useSetHolidays } from '../../api/results';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';
import { holidayProblems } from './holidayProblems';

/** A new row's date: the day after the last row's, while that stays in the year. */
function nextDate(year: number, rows: readonly Holiday[]): string {
  const last = rows.at(-1);
  const next = last ? dayjs(last.date).add(1, 'day') : dayjs(`${year}-01-01`);
  return next.year() === year ? next.format('YYYY-MM-DD') : `${year}-01-01`;
}

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
  // Shown once a save was tried, and from then on as the office corrects the rows.
  const [checked, setChecked] = useState(false);
  const problems = checked ? holidayProblems(year, rows) : [];
  const problemOf = (row: number, field: 'date' | 'name') => problems.find((p) => p.row === row && p.field === field);
  const onSave = () => {
    setChecked(true);
    const found = holidayProblems(year, rows);
    if (found.length) {
      message.error(t(`results.holidays.${found[0]!.key}`, { row: found[0]!.row + 1, year }));
      return;
    }
    save
      .mutateAsync({ body: { year, items: rows } })
      .then(() => {
        setEdited(null);
        setChecked(false);
        message.success(t('results.holidays.saved', { year }));
      })
      .catch(handleError);
  };
  return (
    <Card size="small">
      <Flex gap={12} align="center" style={{ marginBottom: 12 }} wrap>
        <Typography.Text>{t('results.holidays.year')}</Typography.Text>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => {
            if (!v) return;
            setYear(v);
            setChecked(false);
          }}
          aria-label={t('results.holidays.year')}
          data-testid="holidays-year"
        />
        <Button
          icon={<PlusOutlined />}
          onClick={() => setRows((r) => [...r, { date: nextDate(year, r), name: '', workday: false }])}
          data-testid="holidays-add"
        >
          {t('results.holidays.add')}
        </Button>
        <Button type="primary" loading={save.isPending} onClick={onSave} data-testid="holidays-save">
          {t('common.actions.save')}
        </Button>
        <Typography.Text type="secondary">{t('results.holidays.hint')}</Typography.Text>
      </Flex>
      <Table<Holiday>
        size="small"
        rowKey={(_, i) => String(i)}
        loading={list.isLoading}
        dataSource={rows}
        locale={tableLocale({ error: list.error, onRetry: () => void list.refetch(), empty: t('results.holidays.empty', { year }) })}
        onRow={() => ({ 'data-testid': 'holiday-row' }) as React.HTMLAttributes<HTMLElement>}
        pagination={false}
        columns={[
          {
            title: t('results.holidays.date'),
            key: 'date',
            width: 200,
            render: (_: unknown, r, i) => (
              <DatePicker
                value={dayjs(r.date)}
                allowClear={false}
                status={problemOf(i, 'date') ? 'error' : undefined}
                onChange={(d) => d && update(i, { date: d.format('YYYY-MM-DD') })}
                aria-label={t('results.holidays.date')}
              />
            ),
          },
          {
            title: t('results.holidays.name'),
            key: 'name',
            render: (_: unknown, r, i) => (
              <Input
                value={r.name}
                maxLength={30}
                status={problemOf(i, 'name') ? 'error' : undefined}
                placeholder={t('results.holidays.namePlaceholder')}
                onChange={(e) => update(i, { name: e.target.value })}
                aria-label={t('results.holidays.name')}
                data-testid="holiday-name"
              />
            ),
          },
          {
            title: t('results.holidays.workday'),
            key: 'workday',
            width: 140,
            render: (_: unknown, r, i) => <Switch checked={r.workday} onChange={(v) => update(i, { workday: v })} aria-label={t('results.holidays.workday')} />,
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
