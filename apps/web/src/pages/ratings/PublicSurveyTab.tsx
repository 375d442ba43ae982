import { useState } from 'react';
import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { UploadOutlined } from '@ant-design/icons';
import { downloadPublicSurveyTemplate, importPublicSurvey, type ImportedValue } from '@jx/contract';
import { useImportedValues, usePublicSurveyImport } from '../../api/ratings';
import { canCall } from '../../auth/access';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ExportButton } from '../../components/ExportButton';
import { ExcelImportModal } from '../../components/excel/ExcelImportModal';
import { tableLocale } from '../../components/tableLocale';
import { useT } from '../../locales';
import { formatDateTime } from '../../utils/format';

/**
 * 社会公众评价 of a period: the satisfaction imported per unit, and for the office the template (the units with what was
 * imported so far) and the import (all or nothing, every problem by row and column).
 */
export function PublicSurveyTab({ periodId, categoryId }: { periodId: string; categoryId: string | undefined }) {
  const t = useT();
  const user = useCurrentUser();
  const canImport = canCall(importPublicSurvey, user.roles);
  const values = useImportedValues(periodId, categoryId);
  const [importing, setImporting] = useState(false);
  const rows = [...(values.data ?? [])].sort((a, b) => a.categoryName.localeCompare(b.categoryName, 'zh-CN') || a.unitName.localeCompare(b.unitName, 'zh-CN'));

  const columns: ColumnsType<ImportedValue> = [
    { key: 'unit', title: t('ratings.survey.fields.unit'), dataIndex: 'unitName', width: 200 },
    { key: 'category', title: t('ratings.survey.fields.category'), dataIndex: 'categoryName', width: 160 },
    {
      key: 'value',
      title: t('ratings.survey.fields.value'),
      dataIndex: 'value',
      width: 120,
      align: 'right',
      sorter: (a, b) => Number(a.value) - Number(b.value),
      render: (v: string) => <span data-testid="survey-value">{v}</span>,
    },
    { key: 'importedBy', title: t('ratings.survey.fields.importedBy'), dataIndex: 'importedByName', width: 120 },
    { key: 'importedAt', title: t('ratings.survey.fields.importedAt'), width: 170, render: (_, r) => formatDateTime(r.createdAt) },
  ];

  return (
    <Flex vertical gap={12} data-testid="survey">
      <Flex gap={12} wrap align="center" justify="space-between">
        <Typography.Text type="secondary" style={{ maxWidth: 720 }}>
          {t('ratings.survey.hint')}
        </Typography.Text>
        {canImport ? (
          <Flex gap={8}>
            <ExportButton
              route={downloadPublicSurveyTemplate}
              query={{ periodId, categoryId }}
              fallbackName={t('ratings.survey.templateFallbackName')}
              data-testid="survey-template"
            >
              {t('ratings.survey.template')}
            </ExportButton>
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="survey-import">
              {t('ratings.survey.import')}
            </Button>
          </Flex>
        ) : null}
      </Flex>
      {rows.length ? <Typography.Text data-testid="survey-count">{t('ratings.survey.count', { count: rows.length })}</Typography.Text> : null}
      <Table<ImportedValue>
        data-testid="survey-table"
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={rows}
        loading={values.isFetching}
        scroll={{ x: 770 }}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        locale={tableLocale({
          error: values.isError && !values.data ? values.error : undefined,
          onRetry: () => void values.refetch(),
          loading: values.isLoading,
          empty: t('ratings.survey.empty'),
        })}
      />
      {importing ? <SurveyImportModal periodId={periodId} categoryId={categoryId} onClose={() => setImporting(false)} /> : null}
    </Flex>
  );
}

function SurveyImportModal({ periodId, categoryId, onClose }: { periodId: string; categoryId: string | undefined; onClose: () => void }) {
  const t = useT();
  const upload = usePublicSurveyImport(periodId);
  return (
    <ExcelImportModal
      texts={{
        title: t('ratings.survey.importTitle'),
        hint: t('ratings.survey.importHint'),
        failedTitle: (n) => t('ratings.survey.failedTitle', { n }),
        successTitle: (n) => t('ratings.survey.successTitle', { n }),
        successHint: t('ratings.survey.successHint'),
      }}
      upload={upload}
      onClose={onClose}
      templateButton={
        <ExportButton
          route={downloadPublicSurveyTemplate}
          query={{ periodId, categoryId }}
          fallbackName={t('ratings.survey.templateFallbackName')}
          disabled={upload.isPending}
        >
          {t('ratings.survey.template')}
        </ExportButton>
      }
    />
  );
}
