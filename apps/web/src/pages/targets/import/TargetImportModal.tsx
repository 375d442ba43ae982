import { useState } from 'react';
import { Form, Select } from 'antd';
import { downloadTargetImportTemplate } from '@jx/contract';
import { useYears } from '../../../api/years';
import { ExportButton } from '../../../components/ExportButton';
import { ExcelImportModal } from '../../../components/excel/ExcelImportModal';
import { useT } from '../../../locales';
import { useTargetImport } from './useTargetImport';

/**
 * 批量导入年度目标: pick the year and an .xlsx; the server checks the whole file first and imports every row as a
 * draft, or nothing.
 */
export function TargetImportModal({ yearId: initialYearId, onClose }: { yearId: string; onClose: () => void }) {
  const t = useT();
  const years = useYears();
  const [yearId, setYearId] = useState(initialYearId);
  const upload = useTargetImport(yearId);
  const openYears = (years.data ?? []).filter((y) => y.status !== 'CLOSED').sort((a, b) => b.year - a.year);

  return (
    <ExcelImportModal
      texts={{
        title: t('excel.importTitle'),
        hint: t('excel.importHint'),
        failedTitle: (n) => t('excel.failedTitle', { n }),
        successTitle: (n) => t('excel.successTitle', { n }),
        successHint: t('excel.successHint'),
      }}
      upload={upload}
      onClose={onClose}
      templateButton={
        <ExportButton
          route={downloadTargetImportTemplate}
          query={{ yearId }}
          fallbackName={t('excel.templateFallbackName')}
          disabled={!yearId || upload.isPending}
        >
          {t('excel.template')}
        </ExportButton>
      }
    >
      <Form.Item label={t('excel.year')} required>
        <Select
          value={yearId}
          onChange={(v: string) => {
            setYearId(v);
            upload.reset();
          }}
          loading={years.isLoading}
          options={openYears.map((y) => ({ value: y.id, label: y.name }))}
          data-testid="import-year"
        />
      </Form.Item>
    </ExcelImportModal>
  );
}
