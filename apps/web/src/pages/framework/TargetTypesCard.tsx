import { useState } from 'react';
import { App, Card, Select, Table, Tag, Typography } from 'antd';
import { REPORTING_RHYTHMS, type Category, type ReportingRhythm, type TargetType } from '@jx/contract';
import { useUpdateTargetType } from '../../api/framework';
import { useTargetTypes } from '../../api/units';
import { tableLocale } from '../../components/tableLocale';
import { useApiErrorHandler } from '../../hooks/useApiErrorHandler';
import { useT } from '../../locales';

/** 目标类型: owner department, the year's categories each applies to, and the reporting rhythm (editors set it). */
export function TargetTypesCard({ categories, editable }: { categories: readonly Category[]; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const types = useTargetTypes();
  const update = useUpdateTargetType();
  const [busyId, setBusyId] = useState<string | null>(null);

  const setRhythm = async (tt: TargetType, reportingRhythm: ReportingRhythm) => {
    setBusyId(tt.id);
    try {
      await update.mutateAsync({ params: { id: tt.id }, body: { reportingRhythm, version: tt.version } });
      message.success(t('framework.rhythmSaved', { name: tt.name, rhythm: t(`framework.rhythms.${reportingRhythm}`) }));
    } catch (e) {
      handleError(e);
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Card title={t('framework.targetTypesTitle')} data-testid="target-types">
      <Table<TargetType>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={types.data ?? []}
        loading={types.isFetching}
        locale={tableLocale({ error: types.error, onRetry: () => void types.refetch(), empty: t('common.states.none'), loading: types.isLoading })}
        columns={[
          {
            key: 'name',
            title: t('framework.targetTypeFields.name'),
            width: 160,
            render: (_, tt) => (
              <span>
                {tt.name}
                {tt.active ? null : <Tag style={{ marginInlineStart: 8 }}>{t('framework.inactive')}</Tag>}
              </span>
            ),
          },
          { key: 'owner', title: t('framework.targetTypeFields.owner'), dataIndex: 'ownerUnitName', width: 220 },
          {
            key: 'categories',
            title: t('framework.targetTypeFields.categories'),
            render: (_, tt) => {
              const names = categories.filter((c) => c.targetTypeIds.includes(tt.id)).map((c) => c.name);
              return names.length ? (
                names.map((n) => (
                  <Tag key={n} style={{ marginBottom: 2 }}>
                    {n}
                  </Tag>
                ))
              ) : (
                <Typography.Text type="secondary">{t('framework.noCategories')}</Typography.Text>
              );
            },
          },
          {
            key: 'rhythm',
            title: t('framework.targetTypeFields.rhythm'),
            width: 120,
            render: (_, tt) =>
              editable ? (
                <Select<ReportingRhythm>
                  size="small"
                  style={{ width: 96 }}
                  value={tt.reportingRhythm}
                  loading={busyId === tt.id}
                  disabled={busyId === tt.id}
                  onChange={(v) => void setRhythm(tt, v)}
                  options={REPORTING_RHYTHMS.map((r) => ({ value: r, label: t(`framework.rhythms.${r}`) }))}
                  aria-label={`${tt.name} ${t('framework.targetTypeFields.rhythm')}`}
                  data-testid={`rhythm-${tt.code}`}
                />
              ) : (
                <Tag color={tt.reportingRhythm === 'MONTHLY' ? 'blue' : 'purple'}>{t(`framework.rhythms.${tt.reportingRhythm}`)}</Tag>
              ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="small" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('framework.rhythmHint')}
      </Typography.Paragraph>
    </Card>
  );
}
