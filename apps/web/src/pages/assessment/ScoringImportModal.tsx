import { Form, Input } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { downloadRecordTemplate, importRecords, type AssessmentPeriod } from '@jx/contract';
import { assessmentKeys } from '../../api/assessment';
import { call } from '../../api/client';
import { ExportButton } from '../../components/ExportButton';
import { ExcelImportModal } from '../../components/excel/ExcelImportModal';
import { useT } from '../../locales';

/** What the template is made of: the page's period, department (the office) and target type. */
export interface ScoringTemplateQuery {
  periodId: string;
  assessorUnitId?: string;
  targetTypeId?: string;
}

/** Uploads a filled 评分表 of the period (multipart: file, periodId); on success the grid and the tallies reload. */
function useRecordImport(periodId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationKey: [importRecords.id],
    mutationFn: async (file: File) => {
      const form = new FormData();
      form.append('periodId', periodId);
      form.append('file', file, file.name);
      const result = await call(importRecords, { formData: form });
      return { ...result, created: result.saved, createdNew: result.created };
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: assessmentKeys.all }),
  });
}

/** 下载模板: the 评分表 of the page's period as an .xlsx, with what is saved now. */
export function ScoringTemplateButton({ query, disabled }: { query: ScoringTemplateQuery; disabled?: boolean }) {
  const t = useT();
  return (
    <ExportButton
      route={downloadRecordTemplate}
      query={query}
      fallbackName={t('scoring.excel.templateFallbackName')}
      disabled={disabled}
      data-testid="scoring-template"
    >
      {t('scoring.excel.template')}
    </ExportButton>
  );
}

/**
 * 导入评分表: the filled template of the period is checked as a whole; every problem is listed by row and column and
 * nothing is saved, or every changed row is saved as a draft.
 */
export function ScoringImportModal({ period, query, onClose }: { period: AssessmentPeriod; query: ScoringTemplateQuery; onClose: () => void }) {
  const t = useT();
  const upload = useRecordImport(period.id);
  const result = upload.data;
  return (
    <ExcelImportModal
      texts={{
        title: t('scoring.excel.importTitle'),
        hint: t('scoring.excel.importHint'),
        failedTitle: (n) => t('scoring.excel.failedTitle', { n }),
        successTitle: (n) => t('scoring.excel.successTitle', { n }),
        successHint: result ? t('scoring.excel.successHint', { created: result.createdNew, updated: result.updated, unchanged: result.unchanged }) : '',
      }}
      upload={upload}
      onClose={onClose}
      templateButton={<ScoringTemplateButton query={query} disabled={upload.isPending} />}
    >
      <Form.Item label={t('scoring.excel.period')}>
        <Input value={period.name} readOnly data-testid="scoring-import-period" />
      </Form.Item>
    </ExcelImportModal>
  );
}
