import type { FastifyRequest } from 'fastify';
import { PersonImportFields, type ImportIssue } from '@jx/contract';
import { t } from '../../../lib/errors.ts';
import type { Db } from '../../../lib/db.ts';
import type { RequestContext } from '../../../lib/context.ts';
import { loadWorkbook, readSheet } from '../../../lib/excel/read-sheet.ts';
import { fileIssue, importRejected } from '../../../lib/excel/rejected.ts';
import { readExcelUpload } from '../../../lib/excel/upload.ts';
import { insertOnboarded } from '../person.service.ts';
import { PERSON_IMPORT_COLUMNS } from './columns.ts';
import { checkPersonRows } from './import-rows.ts';
import { PERSON_TEMPLATE_SHEET, buildPersonTemplate } from './template.ts';

export function createPersonExcelService(db: Db) {
  return {
    async template() {
      const units = await db.unit.findMany({ where: { active: true }, select: { name: true }, orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }] });
      return { bytes: await buildPersonTemplate(units.map((u) => u.name)), fileName: '新进人员导入模板.xlsx' };
    },

    /**
     * The whole file is read and every row checked as persons.onboard would (plus staff numbers twice in the file)
     * before anything is written; any problem rejects the file with all problems. Then every person is onboarded in
     * one transaction, each with its first assignment and its audit event.
     */
    async import(ctx: RequestContext, req: FastifyRequest) {
      const upload = await readExcelUpload(req, PersonImportFields);
      const wb = await loadWorkbook(upload.bytes, upload.fileName);
      const sheet = wb.getWorksheet(PERSON_TEMPLATE_SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
      const { rows, issues } = readSheet(sheet, PERSON_IMPORT_COLUMNS, PERSON_TEMPLATE_SHEET);

      const rowIssues: ImportIssue[] = [];
      const checked = await checkPersonRows(db, rows, rowIssues);
      // A cell that could not be read (a formula without a value) is reported once, not again as an empty value.
      const unreadable = new Set(issues.map((i) => i.path));
      issues.push(...rowIssues.filter((i) => !unreadable.has(i.path)));
      if (issues.length) throw importRejected(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
      if (!checked.length) throw importRejected([fileIssue(t('persons.importNoRows'))]);

      // The user's file name goes into the audit reason: printable characters only, and not too long.
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      const fileLabel = upload.fileName.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/gu, '').slice(0, 80);
      return db.$transaction(
        async (tx) => {
          const ids: string[] = [];
          for (const { rowNumber, body } of checked) {
            ids.push((await insertOnboarded(tx, ctx, body, `Excel 批量导入（${fileLabel} 第 ${rowNumber} 行）`)).id);
          }
          return { created: ids.length, ids };
        },
        { timeout: 120_000, maxWait: 10_000 },
      );
    },
  };
}
