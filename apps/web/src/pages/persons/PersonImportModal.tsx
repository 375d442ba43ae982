import { downloadPersonImportTemplate } from '@jx/contract';
import { usePersonImport } from '../../api/persons';
import { ExportButton } from '../../components/ExportButton';
import { ExcelImportModal } from '../../components/excel/ExcelImportModal';
import { useT } from '../../locales';

/** 批量导入新进人员: the server checks the whole file as 新进人员 would, then onboards everyone in it, or no one. */
export function PersonImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const upload = usePersonImport();
  return (
    <ExcelImportModal
      texts={{
        title: t('persons.excel.importTitle'),
        hint: t('persons.excel.importHint'),
        failedTitle: (n) => t('persons.excel.failedTitle', { n }),
        successTitle: (n) => t('persons.excel.successTitle', { n }),
        successHint: t('persons.excel.successHint'),
      }}
      upload={upload}
      onClose={onClose}
      templateButton={
        <ExportButton route={downloadPersonImportTemplate} fallbackName={t('persons.excel.templateFallbackName')} disabled={upload.isPending}>
          {t('excel.template')}
        </ExportButton>
      }
    />
  );
}
