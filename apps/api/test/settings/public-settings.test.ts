import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';

describe('settings every signed-in user reads (settings.public)', async () => {
  const t = await createTestApp();
  const staff = t.as('staff.chengdu');
  const read = async () => (await staff({ method: 'GET', url: '/api/settings/public' })).json();

  it('gives the defaults, then the value the administrator saved, and nothing else', async () => {
    expect(await read()).toEqual({
      'report.dueDay': 5,
      'report.editableDays': 30,
      'warning.yellowLagPoints': 10,
      'warning.redLagPoints': 25,
      'warning.overdueRedDays': 5,
    });

    const saved = await t.as('admin')({ method: 'PUT', url: '/api/settings/report.dueDay', payload: { value: 10, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await read()).toMatchObject({ 'report.dueDay': 10 });
  });
});
