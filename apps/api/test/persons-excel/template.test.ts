import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';
import { PERSON_HEADERS } from './helpers.ts';

describe('persons.importTemplate', async () => {
  const t = await createTestApp();
  const url = '/api/persons/import-template';
  type Validations = { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } };

  it('downloads an xlsx with the onboarding columns, a 说明 sheet and a file name that survives the header', async () => {
    const res = await t.as('admin')({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('新进人员导入模板.xlsx')}`);
    const wb = await readXlsx(res.rawPayload);
    expect(sheetValues(wb.getWorksheet('人员')!)).toEqual([[...PERSON_HEADERS]]);
    const help = sheetValues(wb.getWorksheet('说明')!).map((r) => r[0]);
    expect(help).toEqual(expect.arrayContaining([...PERSON_HEADERS]));
  });

  it('the 单位 dropdown holds every active unit and no inactive one; 性别 offers 男 and 女', async () => {
    const inactive = await t.db.unit.update({ where: { code: 'DU-ZBB' }, data: { active: false } });
    try {
      const wb = await readXlsx((await t.as('admin')({ method: 'GET', url })).rawPayload);
      const units = sheetValues(wb.getWorksheet('单位列表')!)
        .slice(1)
        .map((r) => r[0]);
      expect(wb.getWorksheet('单位列表')!.state).toBe('hidden');
      expect(units).toHaveLength(await t.db.unit.count({ where: { active: true } }));
      expect(units).toContain('成都市交通运输局');
      expect(units).not.toContain(inactive.name);

      const dv = (wb.getWorksheet('人员')! as unknown as Validations).dataValidations.model;
      const at = (cell: string) => dv[cell] ?? Object.entries(dv).find(([k]) => k.startsWith(cell))?.[1];
      expect(at('E2')).toMatchObject({ type: 'list', formulae: [expect.stringContaining('单位列表')] });
      expect(at('C2')).toMatchObject({ type: 'list', formulae: ['"男,女"'] });
    } finally {
      await t.db.unit.update({ where: { id: inactive.id }, data: { active: true } });
    }
  });

  it('is for the administrator who onboards people: a reader of the register is 403', async () => {
    expect((await t.as('perf')({ method: 'GET', url })).statusCode).toBe(403);
  });
});
