import type { FastifyRequest } from 'fastify';
import { MAX_IMPORT_ROWS, PUBLIC_SURVEY_COLUMNS, PUBLIC_SURVEY_KEY, PublicSurveyImportFields, type ImportIssue, type ImportedValue } from '@jx/contract';
import type { Db } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { NotFoundError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { loadWorkbook, readSheet, type ReadColumn } from '../../lib/excel/read-sheet.ts';
import { cellIssue, fileIssue, importRejected } from '../../lib/excel/rejected.ts';
import { readExcelUpload } from '../../lib/excel/upload.ts';
import { addTableSheet, newWorkbook, workbookBytes } from '../../lib/excel/write-sheet.ts';
import { fileDate } from '../../lib/excel/export-rules.ts';

const SHEET = '社会公众评价';
const COLUMNS = [
  { key: 'category', header: PUBLIC_SURVEY_COLUMNS.category },
  { key: 'unit', header: PUBLIC_SURVEY_COLUMNS.unit, aliases: ['单位', '单位名称'], required: true },
  { key: 'value', header: PUBLIC_SURVEY_COLUMNS.value, aliases: ['满意度', '满意率', '满意度(%)'], required: true },
] as const satisfies readonly ReadColumn[];
type Key = (typeof COLUMNS)[number]['key'];
const header = (key: Key) => COLUMNS.find((c) => c.key === key)!.header;

/** The assessed units of a period's year (optionally one category), in category then unit order, with their survey value. */
async function surveyUnits(db: Db, periodId: string, categoryId?: string) {
  const period = await db.assessmentPeriod.findUnique({ where: { id: periodId }, include: { year: { select: { name: true, year: true } } } });
  if (!period) throw new NotFoundError('assessmentPeriod');
  const [units, values] = await Promise.all([
    db.assessedUnit.findMany({
      where: { yearId: period.yearId, ...(categoryId ? { categoryId } : {}) },
      select: { id: true, unit: { select: { name: true, code: true, sortOrder: true } }, category: { select: { id: true, name: true, sortOrder: true } } },
    }),
    db.importedValue.findMany({ where: { periodId, key: PUBLIC_SURVEY_KEY }, select: { assessedUnitId: true, value: true } }),
  ]);
  const valueOf = new Map(values.map((v) => [v.assessedUnitId, v.value.toFixed(2)]));
  const sorted = units.sort((a, b) => a.category.sortOrder - b.category.sortOrder || a.unit.sortOrder - b.unit.sortOrder);
  return { period, units: sorted.map((u) => ({ ...u, value: valueOf.get(u.id) ?? null })) };
}

/** 社会公众评价: the survey percent per assessed unit, as an Excel template out and an all-or-nothing import in. */
export function createSurveyService(db: Db) {
  return {
    async template(periodId: string, categoryId: string | undefined, now: Date) {
      const { period, units } = await surveyUnits(db, periodId, categoryId);
      const wb = await newWorkbook();
      const ws = addTableSheet(
        wb,
        SHEET,
        [
          { header: header('category'), width: 18, value: (u: (typeof units)[number]) => u.category.name, note: '考核对象所属的考核类别（仅供核对，可留空）' },
          { header: header('unit'), width: 28, value: (u) => u.unit.name, note: '考核对象名称（也可填写单位编码），每个考核对象一行' },
          { header: header('value'), width: 14, value: (u) => (u.value === null ? null : Number(u.value)), note: '0 到 100 的数字，最多两位小数，如 92.5' },
        ],
        units,
      );
      ws.getColumn(3).numFmt = '0.00';
      const help = wb.addWorksheet('说明');
      help.columns = [{ width: 100 }];
      for (const line of [
        `${period.year.name}${period.name}社会公众评价导入说明`,
        `1. 在“${SHEET}”工作表每行填写一个考核对象的满意度（0–100，最多两位小数），不要改动表头。`,
        `2. 一次最多 ${MAX_IMPORT_ROWS} 行。导入时先校验整个文件：任何一行有问题，会列出全部问题（行号、列、原因），一条也不导入。`,
        '3. 文件中的考核对象覆盖其此前导入的满意度；文件中没有的考核对象保持不变。',
      ])
        help.addRow([line]);
      help.getRow(1).font = { bold: true, size: 14 };
      return { bytes: await workbookBytes(wb), fileName: `社会公众评价-${period.year.year}-${period.code}-${fileDate(now)}.xlsx` };
    },

    /** Every row checked first (unknown unit, category mismatch, not a number, outside 0..100, repeated unit); then all written or none. */
    async import(ctx: RequestContext, req: FastifyRequest) {
      const upload = await readExcelUpload(req, PublicSurveyImportFields);
      const { period, units } = await surveyUnits(db, upload.fields.periodId);
      const wb = await loadWorkbook(upload.bytes, upload.fileName);
      const sheet = wb.getWorksheet(SHEET) ?? wb.worksheets.find((w) => w.state === 'visible');
      const { rows, issues } = readSheet(sheet, COLUMNS, SHEET);
      const unreadable = new Set(issues.map((i) => i.path));
      const byName = new Map<string, (typeof units)[number]>();
      for (const u of units) {
        byName.set(u.unit.name, u);
        byName.set(u.unit.code, u);
      }
      const firstRow = new Map<string, number>();
      const values: { assessedUnitId: string; value: string }[] = [];
      for (const { rowNumber, cells } of rows) {
        const rowIssues: ImportIssue[] = [];
        const unit = cells.unit ? byName.get(cells.unit) : undefined;
        if (!cells.unit) rowIssues.push(cellIssue(rowNumber, header('unit'), t('survey.unitRequired')));
        else if (!unit) rowIssues.push(cellIssue(rowNumber, header('unit'), t('survey.unitUnknown', { text: cells.unit })));
        else if (cells.category && cells.category !== unit.category.name)
          rowIssues.push(cellIssue(rowNumber, header('category'), t('survey.categoryMismatch', { text: cells.category, categoryName: unit.category.name })));
        else if (firstRow.has(unit.id)) rowIssues.push(cellIssue(rowNumber, header('unit'), t('survey.duplicateUnit', { row: firstRow.get(unit.id)! })));
        if (unit && !firstRow.has(unit.id)) firstRow.set(unit.id, rowNumber);

        // A number as Excel keeps it (92.5, or 92.35000000000001 from a formula): rounded to two decimals.
        const text = cells.value.replace(/%$/, '').trim();
        const n = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : NaN;
        if (!text) rowIssues.push(cellIssue(rowNumber, header('value'), t('survey.valueRequired')));
        else if (Number.isNaN(n)) rowIssues.push(cellIssue(rowNumber, header('value'), t('survey.valueNotNumber')));
        else if (n < 0 || n > 100) rowIssues.push(cellIssue(rowNumber, header('value'), t('survey.valueOutOfRange')));
        else if (unit) values.push({ assessedUnitId: unit.id, value: n.toFixed(2) });
        issues.push(...rowIssues.filter((i) => !unreadable.has(i.path)));
      }
      if (issues.length) throw importRejected(issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
      if (!values.length) throw importRejected([fileIssue(t('excel.noDataRows', { sheet: SHEET }))]);

      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      const fileLabel = upload.fileName.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e]/gu, '').slice(0, 80);
      return db.$transaction(async (tx) => {
        const previous = await tx.importedValue.findMany({
          where: { periodId: period.id, key: PUBLIC_SURVEY_KEY, assessedUnitId: { in: values.map((v) => v.assessedUnitId) } },
          select: { assessedUnitId: true, value: true },
        });
        await tx.importedValue.deleteMany({
          where: { periodId: period.id, key: PUBLIC_SURVEY_KEY, assessedUnitId: { in: values.map((v) => v.assessedUnitId) } },
        });
        await tx.importedValue.createMany({
          data: values.map((v) => ({
            periodId: period.id,
            key: PUBLIC_SURVEY_KEY,
            assessedUnitId: v.assessedUnitId,
            value: v.value,
            importedById: ctx.actor.accountId,
          })),
        });
        await recordAudit(tx, ctx, {
          action: 'publicSurvey.import',
          objectType: 'AssessmentPeriod',
          objectId: period.id,
          before: { key: PUBLIC_SURVEY_KEY, values: Object.fromEntries(previous.map((p) => [p.assessedUnitId, p.value.toFixed(2)])) },
          after: { key: PUBLIC_SURVEY_KEY, values: Object.fromEntries(values.map((v) => [v.assessedUnitId, v.value])) },
          reason: `Excel 导入（${fileLabel}）`,
        });
        return { imported: values.length };
      });
    },

    /** Imported values of a period, per assessed unit, in category then unit order. */
    async list(q: { periodId: string; key?: string; categoryId?: string }): Promise<ImportedValue[]> {
      const rows = await db.importedValue.findMany({
        where: { periodId: q.periodId, ...(q.key ? { key: q.key } : {}), ...(q.categoryId ? { assessedUnit: { categoryId: q.categoryId } } : {}) },
        include: {
          assessedUnit: {
            select: { categoryId: true, unit: { select: { name: true, sortOrder: true } }, category: { select: { name: true, sortOrder: true } } },
          },
        },
      });
      const importers = new Map(
        (await db.account.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.importedById))] } }, select: { id: true, displayName: true } })).map(
          (a) => [a.id, a.displayName],
        ),
      );
      return rows
        .sort(
          (a, b) =>
            a.assessedUnit.category.sortOrder - b.assessedUnit.category.sortOrder ||
            a.assessedUnit.unit.sortOrder - b.assessedUnit.unit.sortOrder ||
            a.key.localeCompare(b.key),
        )
        .map((r) => ({
          id: r.id,
          periodId: r.periodId,
          key: r.key,
          assessedUnitId: r.assessedUnitId,
          unitName: r.assessedUnit.unit.name,
          categoryId: r.assessedUnit.categoryId,
          categoryName: r.assessedUnit.category.name,
          value: r.value.toFixed(2),
          importedByName: importers.get(r.importedById) ?? '',
          createdAt: r.createdAt.toISOString(),
        }));
    },
  };
}
