import { describe, expect, it } from 'vitest';
import type { ImportErrorDetails } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { newPersonRow, personImportUpload, personXlsx } from '../persons-excel/helpers.ts';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** Base data and administration: each refusal names its catalogue key and parameters, the Chinese text unchanged. */
describe('error keys: base data and administration', async () => {
  const t = await createTestApp();
  const seeded = await loadSeeded(t.db);
  const fx = createFixtures(t.db, seeded);
  const admin = t.as('admin');

  it('a unit with active sub-units cannot be deactivated: the count is a parameter', async () => {
    const parent = await fx.unit();
    await fx.unit({ parentId: parent.id });
    const res = await admin({ method: 'POST', url: `/api/units/${parent.id}/deactivate`, payload: { version: parent.version } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'units.hasActiveChildren', params: { count: 1 }, message: '请先停用其 1 个下级单位' });
  });

  it('accounts: disabling oneself, and an access naming a unit that does not exist (as an entity name)', async () => {
    const self = await t.db.account.findUniqueOrThrow({ where: { id: seeded.accountId('admin') } });
    const own = await admin({ method: 'POST', url: `/api/accounts/${self.id}/disable`, payload: { version: self.version } });
    expect(own.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'accounts.cannotDisableSelf', message: '不能停用自己的账户' });

    const other = await fx.account();
    const res = await admin({
      method: 'PUT',
      url: `/api/accounts/${other.id}/access`,
      payload: { access: { roles: ['UNIT_STAFF'], unitId: MISSING }, version: other.version },
    });
    const error = res.json().error;
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', key: 'common.notFound', params: { entity: 'unit' }, message: '单位不存在' });
    expect(error.details.issues).toEqual([{ path: 'access.unitId', key: 'common.notFound', params: { entity: 'unit' }, message: '单位不存在' }]);
  });

  it('a departure dated before the current post began names that date as a parameter', async () => {
    const person = await fx.person();
    const res = await admin({ method: 'POST', url: `/api/persons/${person.id}/depart`, payload: { date: '2019-12-31', version: person.version } });
    const error = res.json().error;
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      key: 'persons.dateBeforeAssignmentStart',
      params: { startDate: '2020-01-01' },
      message: '日期不能早于当前任职开始日期 2020-01-01',
    });
    expect(error.details.issues[0]).toMatchObject({ path: 'date', key: 'persons.dateBeforeAssignmentStart' });
  });

  it('the Excel import of new staff: every row problem carries its key, the column as a label', async () => {
    const file = await personXlsx([newPersonRow('KB0001', '甲'), newPersonRow('KB0001', '乙'), newPersonRow('KB0003', '', { 单位: '不存在的单位' })]);
    const { payload, headers } = personImportUpload(file);
    const res = await admin({ method: 'POST', url: '/api/persons/import', payload, headers });
    expect(res.statusCode).toBe(400);
    const { issues } = res.json().error.details as ImportErrorDetails;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'rows.3.工号',
          row: 3,
          column: '工号',
          key: 'persons.importStaffNoRepeated',
          params: { row: 2 },
          message: '与第 2 行的工号重复',
        }),
        expect.objectContaining({ path: 'rows.4.姓名', key: 'persons.importCellRequired', params: { personColumn: 'name' }, message: '请填写姓名' }),
        expect.objectContaining({
          path: 'rows.4.单位',
          key: 'persons.importUnitUnknown',
          params: { unit: '不存在的单位' },
          message: '没有名为“不存在的单位”的单位，请从下拉列表选择',
        }),
      ]),
    );
  });

  it('announcements and settings: a published announcement is not deleted; a setting below its minimum keeps the contract’s text', async () => {
    const published = await fx.announcement('PUBLISHED');
    const del = await admin({ method: 'DELETE', url: `/api/announcements/${published.id}`, query: { version: String(published.version) } });
    expect(del.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'announcements.onlyDraftDeletable', message: '只能删除草稿；已发布的公告请撤回' });

    const setting = await admin({ method: 'PUT', url: '/api/settings/security.lockoutThreshold', payload: { value: 1, version: 0 } });
    const error = setting.json().error;
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', key: 'validation.tooSmall', params: { min: 3 }, message: '不能小于 3' });
    expect(error.details.issues).toEqual([{ path: 'value', key: 'validation.tooSmall', params: { min: 3 }, message: '不能小于 3' }]);
  });
});
