import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { HEADERS, readXlsx, sheetValues } from './helpers.ts';

describe('targets.importTemplate', async () => {
  const t = await createTestApp();
  const seeded = await loadSeeded(t.db);
  const url = `/api/targets/import-template?yearId=${seeded.yearId}`;
  const choices = (wb: Awaited<ReturnType<typeof readXlsx>>, sheet: string) =>
    sheetValues(wb.getWorksheet(sheet)!)
      .slice(1)
      .map((r) => r[0]);

  it('downloads an xlsx with the template headers, a 说明 sheet and a file name that survives the header', async () => {
    const res = await t.as('perf')({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('年度目标导入模板-2026.xlsx')}`);
    const wb = await readXlsx(res.rawPayload);
    expect(sheetValues(wb.getWorksheet('目标')!)[0]).toEqual([...HEADERS]);
    expect(wb.getWorksheet('说明')).toBeDefined();
    expect(wb.getWorksheet('单位列表')!.state).toBe('hidden');
  });

  it('the unit dropdown of a unit admin holds its own unit only; the office gets every 考核对象', async () => {
    const unit = await readXlsx((await t.as('unit.chengdu')({ method: 'GET', url })).rawPayload);
    expect(choices(unit, '单位列表')).toEqual(['成都市交通运输局']);
    const perf = await readXlsx((await t.as('perf')({ method: 'GET', url })).rawPayload);
    const assessed = await t.db.assessedUnit.count({ where: { yearId: seeded.yearId } });
    expect(choices(perf, '单位列表')).toHaveLength(assessed);
    expect(choices(perf, '单位列表')).toContain('绵阳市交通运输局');
    // Special tasks are never imported.
    expect(choices(perf, '目标类型列表')).not.toContain('专项工作');
  });

  it('a department gets only the types it owns and the indicators those types may hang on', async () => {
    const wb = await readXlsx((await t.as('safety')({ method: 'GET', url })).rawPayload);
    expect(choices(wb, '目标类型列表')).toEqual(['安全生产']);
    const indicators = choices(wb, '指标列表');
    expect(indicators).toContain('2.3.1 安全生产责任落实');
    expect(indicators.every((i) => !i?.startsWith('1.1.'))).toBe(true);
  });

  it('the dropdowns are list validations on the data rows', async () => {
    const wb = await readXlsx((await t.as('unit.chengdu')({ method: 'GET', url })).rawPayload);
    const dv = (wb.getWorksheet('目标')! as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations
      .model;
    const a2 = dv['A2'] ?? Object.entries(dv).find(([k]) => k.startsWith('A2'))?.[1];
    expect(a2?.type).toBe('list');
    expect(a2?.formulae[0]).toContain('单位列表');
  });

  it('an unknown year is 404; a reader who may not draft is 403', async () => {
    expect((await t.as('perf')({ method: 'GET', url: `/api/targets/import-template?yearId=${crypto.randomUUID()}` })).statusCode).toBe(404);
    expect((await t.as('leader')({ method: 'GET', url })).statusCode).toBe(403);
  });
});
