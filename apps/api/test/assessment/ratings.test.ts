import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { multipartBody } from '../documents-api/helpers.ts';
import { readXlsx, sheetValues } from '../excel/helpers.ts';

/**
 * 评价: the office sets up who rates which category (the roster is checked against each group's rule), raters save
 * drafts and submit once while the period is open, a peer never rates its own unit and a deputy only its portfolio,
 * the office returns a rating and the rater resubmits; the public survey comes in from Excel, all or nothing.
 */
describe('ratings', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const perf = t.as('perf');
  const leader = t.as('leader');
  const deputy = t.as('deputy');
  const chengdu = t.as('unit.chengdu');
  const mianyang = t.as('unit.mianyang');
  const CITY = seeded.categoryId('CITY');
  const DIRECT = seeded.categoryId('DIRECT');
  const safetyType = await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } });
  const assessed = async (code: string) =>
    db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId, unitId: seeded.unitId(code) }, include: { unit: true } });
  const [cd, my, dy, zg] = await Promise.all([assessed('CITY-CD'), assessed('CITY-MY'), assessed('CITY-DY'), assessed('CITY-ZG')]);
  const cityUnits = await db.assessedUnit.count({ where: { categoryId: CITY } });

  // A 专项 of this file's own, so the seeded rosters and processes are not touched.
  const period = (
    await perf({
      method: 'POST',
      url: '/api/assessment/periods',
      payload: { yearId: seeded.yearId, kind: 'SPECIAL', name: '评价专项（测试）', targetTypeId: safetyType.id },
    })
  ).json();
  const scales = (await perf({ method: 'GET', url: '/api/assessment/rating-scales', query: { yearId: seeded.yearId } })).json().items;
  const scale = (code: string) => scales.find((s: { code: string }) => s.code === code).id as string;

  const setRaters = (body: Record<string, unknown>) => perf({ method: 'PUT', url: '/api/assessment/raters', payload: { periodId: period.id, ...body } });
  const save = (as: typeof perf, body: Record<string, unknown>) =>
    as({ method: 'PUT', url: '/api/assessment/ratings', payload: { periodId: period.id, ...body } });
  const submit = (as: typeof perf, body: Record<string, unknown>) =>
    as({ method: 'POST', url: '/api/assessment/ratings/submit', payload: { periodId: period.id, categoryId: CITY, ...body } });
  const mine = async (as: typeof perf) => (await as({ method: 'GET', url: '/api/assessment/ratings/mine', query: { periodId: period.id } })).json();
  const roster = async () => (await perf({ method: 'GET', url: '/api/assessment/raters', query: { periodId: period.id, categoryId: CITY } })).json().items;

  it('the scales are data: 好/较好/差 and 满意/比较满意/不满意 at 100/80/50', () => {
    expect(scales.map((s: { code: string }) => s.code)).toEqual(['GOOD_FAIR_POOR', 'SATISFACTION']);
    expect(scales[0].levels).toEqual([
      { level: '好', percent: 100 },
      { level: '较好', percent: 80 },
      { level: '差', percent: 50 },
    ]);
  });

  it('the demo rosters agree with the rule: a closed 半年 is fully rated, and `leader` has 年终 and Q3 units left to rate', async () => {
    const periods = await db.assessmentPeriod.findMany({ where: { yearId: seeded.yearId }, include: { processes: { select: { status: true } } } });
    const code = (c: string) => periods.find((p) => p.code === c)!;
    const rosterOf = async (c: string) =>
      (await perf({ method: 'GET', url: '/api/assessment/raters', query: { periodId: code(c).id } })).json().items as {
        raterUsername: string;
        expected: number;
        submitted: number;
        drafts: number;
      }[];
    const h1 = await rosterOf('H1');
    expect(new Set(h1.map((r) => r.raterUsername))).toEqual(
      new Set(['leader', 'deputy', 'perf', 'integrity', 'party', 'safety', 'unit.chengdu', 'unit.mianyang']),
    );
    // What exists follows the seed's clock: a closed 半年 has every expected rating submitted, one not started none.
    const h1Closed = code('H1').processes.every((p) => p.status === 'CLOSED');
    const h1NotStarted = code('H1').processes.every((p) => p.status === 'NOT_STARTED');
    for (const r of h1) {
      if (h1Closed) expect(r.submitted, r.raterUsername).toBe(r.expected);
      if (h1NotStarted) expect(r.submitted + r.drafts, r.raterUsername).toBe(0);
    }
    expect(h1.find((r) => r.raterUsername === 'unit.chengdu')!.expected).toBe(cityUnits - 1);
    for (const c of ['ANNUAL', 'Q3']) {
      const leaderRows = (await rosterOf(c)).filter((r) => r.raterUsername === 'leader');
      expect(leaderRows.length, c).toBe(4);
      expect(leaderRows.every((r) => r.submitted === 0 && r.drafts === 0 && r.expected > 0)).toBe(true);
    }
    const survey = await perf({ method: 'GET', url: '/api/assessment/imported-values', query: { periodId: code('H1').id, key: 'public' } });
    if (h1Closed) expect(survey.json().items.length).toBe(await db.assessedUnit.count({ where: { yearId: seeded.yearId } }));
    if (h1NotStarted) expect(survey.json().items).toEqual([]);
  });

  it('the roster takes only the accounts each group allows, and the public survey has no raters', async () => {
    const gfp = scale('GOOD_FAIR_POOR');
    const refused = async (body: Record<string, unknown>, path: string, key: string) => {
      const res = await setRaters({ categoryId: CITY, scaleId: gfp, ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.details.issues[0]).toMatchObject({ path, key });
    };
    await refused({ group: 'PUBLIC', raterAccountIds: [] }, 'group', 'raters.publicHasNoRaters');
    await refused({ group: 'LEADER_MAIN', raterAccountIds: [seeded.accountId('deputy')] }, 'raterAccountIds.0', 'raters.notLeaderMain');
    await refused({ group: 'LEADER_DEPUTY', raterAccountIds: [seeded.accountId('leader')] }, 'raterAccountIds.0', 'raters.notLeaderDeputy');
    await refused(
      { group: 'ORG', raterAccountIds: [seeded.accountId('safety'), seeded.accountId('unit.chengdu')] },
      'raterAccountIds.1',
      'raters.notOrgMember',
    );
    await refused({ group: 'PEER', categoryId: DIRECT, raterAccountIds: [seeded.accountId('unit.chengdu')] }, 'raterAccountIds.0', 'raters.notPeer');
    await refused(
      { group: 'PEER', raterAccountIds: [seeded.accountId('unit.chengdu'), seeded.accountId('unit.chengdu')] },
      'raterAccountIds.1',
      'raters.duplicateAccount',
    );
    const indicator = await db.indicator.findFirstOrThrow({ where: { yearId: seeded.yearId } });
    await refused({ group: 'PEER', indicatorId: indicator.id, raterAccountIds: [] }, 'indicatorId', 'raters.indicatorOnlyForOrg');

    const candidates = await perf({ method: 'GET', url: '/api/assessment/raters/candidates', query: { periodId: period.id, categoryId: CITY, group: 'PEER' } });
    // Every 市州's administrator account and no one else's.
    const cityAdmins = await db.account.findMany({
      where: { roles: { has: 'UNIT_ADMIN' }, unit: { assessedUnits: { some: { categoryId: CITY } } } },
      select: { username: true },
    });
    expect(cityAdmins.length).toBeGreaterThan(2);
    expect(
      candidates
        .json()
        .items.map((c: { username: string }) => c.username)
        .sort(),
    ).toEqual(cityAdmins.map((a) => a.username).sort());
    expect(await db.raterAssignment.count({ where: { periodId: period.id } })).toBe(0);
  });

  it('the office sets the 市州 roster; its progress counts what each rater is expected to rate', async () => {
    const gfp = scale('GOOD_FAIR_POOR');
    for (const [group, usernames, scaleId] of [
      ['LEADER_MAIN', ['leader'], gfp],
      ['LEADER_DEPUTY', ['deputy'], gfp],
      ['ORG', ['safety'], gfp],
      ['PEER', ['unit.chengdu', 'unit.mianyang'], scale('SATISFACTION')],
    ] as const) {
      const res = await setRaters({ categoryId: CITY, group, scaleId, raterAccountIds: usernames.map(seeded.accountId) });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items.map((r: { raterUsername: string }) => r.raterUsername)).toEqual(usernames);
    }
    const expected = Object.fromEntries((await roster()).map((r: { raterUsername: string; expected: number }) => [r.raterUsername, r.expected]));
    // The deputy: only its portfolio (成都, 绵阳, 德阳); a peer: every other 市州 but its own.
    expect(expected).toEqual({ leader: cityUnits, deputy: 3, safety: cityUnits, 'unit.chengdu': cityUnits - 1, 'unit.mianyang': cityUnits - 1 });
  });

  it('nothing is rated while the period has no open process', async () => {
    const res = await save(leader, { group: 'LEADER_MAIN', assessedUnitId: cd.id, level: '好' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'ratings.periodNotOpen' });
    const p = period.processes[0];
    expect((await perf({ method: 'POST', url: `/api/assessment/processes/${p.id}/open`, payload: { version: p.version } })).statusCode).toBe(200);
  });

  it('a peer never rates its own unit, a deputy only its portfolio, and nobody off the roster', async () => {
    const own = await save(chengdu, { group: 'PEER', assessedUnitId: cd.id, level: '满意' });
    expect(own.statusCode).toBe(403);
    expect(own.json().error.key).toBe('ratings.ownUnit');
    const outside = await save(deputy, { group: 'LEADER_DEPUTY', assessedUnitId: zg.id, level: '好' });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error).toMatchObject({ key: 'ratings.outsidePortfolio', params: { unitName: zg.unit.name } });
    const notRostered = await save(t.as('integrity'), { group: 'ORG', assessedUnitId: my.id, level: '好' });
    expect(notRostered.statusCode).toBe(403);
    expect(notRostered.json().error.key).toBe('ratings.notRostered');
    // The leader is on the 市州 roster, not on the 厅直 one.
    const direct = await db.assessedUnit.findFirstOrThrow({ where: { categoryId: DIRECT } });
    expect((await save(leader, { group: 'LEADER_MAIN', assessedUnitId: direct.id, level: '好' })).statusCode).toBe(403);
    expect(await db.rating.count({ where: { periodId: period.id } })).toBe(0);
  });

  it('a level not on the slot’s scale is a 400 on the level; a blind second save is a version conflict', async () => {
    const wrong = await save(leader, { group: 'LEADER_MAIN', assessedUnitId: cd.id, level: '满意' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details.issues[0]).toMatchObject({ path: 'level', key: 'ratings.levelNotOnScale', params: { levels: '好、较好、差' } });
    const first = await save(leader, { group: 'LEADER_MAIN', assessedUnitId: cd.id, level: '好' });
    expect(first.json()).toMatchObject({ status: 'DRAFT', level: '好', version: 1, returned: false, submittedAt: null });
    const blind = await save(leader, { group: 'LEADER_MAIN', assessedUnitId: cd.id, level: '较好' });
    expect(blind.json().error.code).toBe('VERSION_CONFLICT');
    const changed = await save(leader, { group: 'LEADER_MAIN', assessedUnitId: cd.id, level: '较好', version: 1 });
    expect(changed.json()).toMatchObject({ level: '较好', version: 2 });
    const stale = await save(leader, { group: 'LEADER_MAIN', assessedUnitId: cd.id, level: '差', version: 1 });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });

  it('a peer’s list leaves out its own unit and shows only its own ratings, with each unit’s context', async () => {
    await save(mianyang, { group: 'PEER', assessedUnitId: dy.id, level: '比较满意' });
    const body = await mine(chengdu);
    expect(body.period).toMatchObject({ id: period.id, open: true });
    expect(body.periods.map((p: { id: string }) => p.id)).toContain(period.id);
    const [slot, ...rest] = body.items;
    expect(rest).toEqual([]);
    expect(slot).toMatchObject({ group: 'PEER', categoryId: CITY, expected: cityUnits - 1, submitted: 0, scale: { code: 'SATISFACTION' } });
    const ids = slot.units.map((u: { assessedUnitId: string }) => u.assessedUnitId);
    expect(ids).not.toContain(cd.id);
    expect(ids).toContain(dy.id);
    // 绵阳's draft of 德阳 is 绵阳's: 成都 sees no rating of its own there.
    expect(slot.units.find((u: { assessedUnitId: string }) => u.assessedUnitId === dy.id).rating).toBeNull();
    const context = slot.units.find((u: { assessedUnitId: string }) => u.assessedUnitId === my.id).context;
    expect(context.targets).toBe(await db.target.count({ where: { yearId: seeded.yearId, unitId: my.unitId, publishedRevisionNo: { not: null } } }));
    expect(await mine(t.as('integrity'))).toMatchObject({ items: [] });
  });

  it('submit refuses while a unit has no level and lists it; submitted once, then no more saves', async () => {
    await save(deputy, { group: 'LEADER_DEPUTY', assessedUnitId: cd.id, level: '好' });
    await save(deputy, { group: 'LEADER_DEPUTY', assessedUnitId: my.id, level: '较好' });
    const early = await submit(deputy, { group: 'LEADER_DEPUTY' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ key: 'ratings.unitsUnrated', params: { count: 1, unitNames: dy.unit.name } });
    expect(early.json().error.details.units).toEqual([{ assessedUnitId: dy.id, unitName: dy.unit.name }]);
    await save(deputy, { group: 'LEADER_DEPUTY', assessedUnitId: dy.id, level: '差' });
    const done = await submit(deputy, { group: 'LEADER_DEPUTY' });
    expect(done.json()).toEqual({ submitted: 3 });
    const again = await save(deputy, { group: 'LEADER_DEPUTY', assessedUnitId: dy.id, level: '好', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'INVALID_STATE', params: { ratingStatus: 'SUBMITTED', ratingAction: 'save' } });
    expect((await submit(deputy, { group: 'LEADER_DEPUTY' })).json().error.key).toBe('ratings.nothingToSubmit');
    const row = (await roster()).find((r: { raterUsername: string }) => r.raterUsername === 'deputy');
    expect(row).toMatchObject({ expected: 3, submitted: 3, drafts: 0 });
  });

  it('the office returns a submitted rating with a reason; the rater is told, changes it and resubmits', async () => {
    const list = await perf({ method: 'GET', url: '/api/assessment/ratings', query: { periodId: period.id, raterAccountId: seeded.accountId('deputy') } });
    expect(list.json().total).toBe(3);
    const rating = list.json().items.find((r: { assessedUnitId: string }) => r.assessedUnitId === dy.id);
    expect(rating).toMatchObject({ raterName: expect.stringContaining('副厅长'), unitName: dy.unit.name, status: 'SUBMITTED', version: 2 });
    const stale = await perf({ method: 'POST', url: `/api/assessment/ratings/${rating.id}/return`, payload: { version: 1, reason: '等次依据不足' } });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const returned = await perf({ method: 'POST', url: `/api/assessment/ratings/${rating.id}/return`, payload: { version: 2, reason: '等次依据不足' } });
    expect(returned.json()).toMatchObject({ status: 'DRAFT', returned: true, returnReason: '等次依据不足', version: 3 });
    const twice = await perf({ method: 'POST', url: `/api/assessment/ratings/${rating.id}/return`, payload: { version: 3, reason: '再次退回' } });
    expect(twice.json().error).toMatchObject({ code: 'INVALID_STATE', key: 'ratings.notAllowedInStatus' });
    expect(await db.notification.count({ where: { accountId: seeded.accountId('deputy'), kind: 'RATING_RETURNED' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: 'ratings.return', objectId: rating.id, reason: '等次依据不足' } })).toBe(1);

    expect((await save(deputy, { group: 'LEADER_DEPUTY', assessedUnitId: dy.id, level: '较好', version: 3 })).json()).toMatchObject({
      level: '较好',
      version: 4,
    });
    const waiting = (await mine(deputy)).items[0].units.find((u: { assessedUnitId: string }) => u.assessedUnitId === dy.id);
    expect(waiting.rating).toMatchObject({ returned: true, returnReason: '等次依据不足' });
    expect((await submit(deputy, { group: 'LEADER_DEPUTY' })).json()).toEqual({ submitted: 1 });
    const slot = (await mine(deputy)).items[0];
    expect(slot.units.find((u: { assessedUnitId: string }) => u.assessedUnitId === dy.id).rating).toMatchObject({ returned: false, returnReason: null });
    expect(slot).toMatchObject({ expected: 3, submitted: 3 });
  });

  it('taking off a rater who has submitted asks for confirmation, then removes their ratings of the slot', async () => {
    const body = { categoryId: CITY, group: 'LEADER_DEPUTY', scaleId: scale('GOOD_FAIR_POOR'), raterAccountIds: [] };
    const refused = await setRaters(body);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.raters).toEqual([{ raterAccountId: seeded.accountId('deputy'), raterName: expect.any(String), submitted: 3 }]);
    expect(await db.rating.count({ where: { periodId: period.id, group: 'LEADER_DEPUTY' } })).toBe(3);
    // The slot has ratings: its scale stays.
    const rescale = await setRaters({ ...body, scaleId: scale('SATISFACTION'), raterAccountIds: [seeded.accountId('deputy')] });
    expect(rescale.json().error.key).toBe('raters.scaleInUse');
    expect((await setRaters({ ...body, confirm: true })).json().items).toEqual([]);
    expect(await db.rating.count({ where: { periodId: period.id, group: 'LEADER_DEPUTY' } })).toBe(0);
  });

  describe('public survey (社会公众评价)', () => {
    const upload = async (rows: (string | number | null)[][], header = ['考核类别', '考核对象', '满意度（%）']) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('社会公众评价');
      ws.addRow(header);
      for (const r of rows) ws.addRow(r);
      const { payload, headers } = multipartBody([
        { name: 'periodId', value: period.id },
        { name: 'file', filename: '公众评议.xlsx', content: Buffer.from(await wb.xlsx.writeBuffer()) },
      ]);
      return perf({ method: 'POST', url: '/api/assessment/public-survey/import', payload, headers });
    };
    const values = async () =>
      (await perf({ method: 'GET', url: '/api/assessment/imported-values', query: { periodId: period.id, key: 'public' } })).json().items;

    it('the template lists the units of the category', async () => {
      const res = await perf({ method: 'GET', url: '/api/assessment/public-survey/template', query: { periodId: period.id, categoryId: CITY } });
      expect(res.statusCode).toBe(200);
      const rows = sheetValues((await readXlsx(res.rawPayload)).getWorksheet('社会公众评价')!);
      expect(rows[0]).toEqual(['考核类别', '考核对象', '满意度（%）']);
      expect(rows.length - 1).toBe(cityUnits);
    });

    it('a file with any problem is refused whole, every problem by row and column', async () => {
      const res = await upload([
        ['市州交通运输局', cd.unit.name, 95.5],
        [null, '不存在的单位', 90],
        [null, my.unit.name, '很好'],
        [null, dy.unit.name, 120],
        [null, cd.unit.name, 88],
        ['厅直单位', zg.unit.name, 80],
      ]);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details.issues.map((i: { path: string; key: string }) => [i.path, i.key])).toEqual([
        ['rows.3.考核对象', 'survey.unitUnknown'],
        ['rows.4.满意度（%）', 'survey.valueNotNumber'],
        ['rows.5.满意度（%）', 'survey.valueOutOfRange'],
        ['rows.6.考核对象', 'survey.duplicateUnit'],
        ['rows.7.考核类别', 'survey.categoryMismatch'],
      ]);
      expect(await values()).toEqual([]);
    });

    it('a good file writes a value per unit, replacing what was imported before', async () => {
      expect(
        (
          await upload([
            [null, cd.unit.name, 95.5],
            [null, my.unit.name, '88'],
          ])
        ).json(),
      ).toEqual({ imported: 2 });
      expect((await upload([[null, my.unit.name, 90.25]])).json()).toEqual({ imported: 1 });
      const items = await values();
      expect(items.map((v: { unitName: string; value: string }) => [v.unitName, v.value])).toEqual([
        [cd.unit.name, '95.50'],
        [my.unit.name, '90.25'],
      ]);
      expect(items[0]).toMatchObject({ key: 'public', categoryId: CITY, importedByName: expect.any(String) });
      expect(await db.auditEvent.count({ where: { action: 'publicSurvey.import', objectId: period.id } })).toBe(2);
    });
  });
});
