import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '@jx/contract';
import type { TestApp } from '../helpers/app.ts';
import { DEMO_PASSWORD } from '../helpers/constants.ts';
import { DEMO_USER, loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { directSession } from '../helpers/direct-session.ts';
import { currentTotp, newTotpSecret } from '../../src/auth/totp.ts';
import { CALLERS, type Caller } from './expected-status.ts';
import { buildDocx } from '../documents/fixtures/docx-fixtures.ts';
import { createReport, docxUpload, multipartBody } from '../documents-api/helpers.ts';
import { goodRow, importUpload, xlsx } from '../excel/helpers.ts';
import { newPersonRow, personImportUpload, personXlsx } from '../persons-excel/helpers.ts';
import { beijingDate, monthPeriodOf } from '../helpers/dates.ts';
import { recordImportUpload, recordKey, recordXlsx } from '../assessment/record-excel-helpers.ts';
import { miniBulletin, miniWorld } from '../results/mini-world.ts';

/** One request of the matrix: what to send, and how to look at what it would change. */
export interface Cell {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  /** Extra request headers (a multipart upload's content type). */
  headers?: Record<string, string>;
  /** Replaces the caller's bearer token (for routes that end the session they are called with). */
  token?: string;
  cookies?: Record<string, string>;
  /** A snapshot of the record(s) the request would change; compared before and after. */
  state?: () => Promise<unknown>;
  afterSuccess?: (res: LightMyRequestResponse) => void;
}
export type Recipe = (caller: Caller) => Promise<Cell>;

export const isRole = (c: Caller): c is Role => c !== 'ANONYMOUS';
const sessionIdOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sid: string }).sid;

/**
 * A request per route that the route accepts from a caller in scope (a 成都 安全生产 target, the seed year …), and the
 * records it would change. Each demo account logs in once; the recipes reuse the sessions. Used by the authorization
 * matrix (authz.test.ts) and as the valid starting point the fuzz test mutates (validation/fuzz.test.ts).
 */
export async function createRecipes(t: TestApp) {
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);
  const roles = CALLERS.filter(isRole);

  // Each demo account logs in once; the matrix reuses the sessions.
  const sessions = new Map<Role, { token: string; refreshCookie: string }>();
  for (const role of roles) sessions.set(role, await t.login(DEMO_USER[role]));

  const CD = seeded.unitId('CITY-CD');
  const MY = seeded.unitId('CITY-MY');
  const safetyType = (await db.targetType.findUniqueOrThrow({ where: { code: 'SAFETY' } })).id;
  const cdPerson = await seeded.personIn('CITY-CD');
  const someAccount = seeded.accountId('staff.chengdu');
  const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;

  /** A throwaway account with one role, for self-service routes that would disturb the demo account's sessions. */
  const roleClone = async (role: Role, extra: { totpPendingSecret?: string; totpSecret?: string; totpEnabledAt?: Date } = {}) => {
    const a = await fx.account({ roles: [role], unitId: CD });
    return Object.keys(extra).length ? db.account.update({ where: { id: a.id }, data: extra }) : a;
  };
  const totpState = (id: string) => () =>
    db.account.findUnique({ where: { id }, select: { totpSecret: true, totpPendingSecret: true, totpEnabledAt: true, version: true } });
  const unitRow = (id: string) => () => db.unit.findUnique({ where: { id } });
  const personRow = (id: string) => () => db.person.findUnique({ where: { id }, include: { assignments: { orderBy: { createdAt: 'asc' } } } });
  const accountRow = (id: string) => () =>
    db.account.findUnique({ where: { id }, include: { portfolioUnits: true, portfolioTargetTypes: true, sessions: { orderBy: { createdAt: 'asc' } } } });
  const announcementRow = (id: string) => () => db.announcement.findUnique({ where: { id } });
  const indicatorRow = (id: string) => () => db.indicator.findUnique({ where: { id } });
  /** A pending proposal of safety (安监处) for a new first-level 安全生产 indicator, written directly. */
  const pendingProposal = async () => {
    const code = `AZ-PP${fx.next()}`;
    const after = { code, name: `提议指标${code}`, description: null, weightPercent: '5.00', sortOrder: 0 };
    const p = await db.frameworkProposal.create({
      data: { yearId: seeded.yearId, targetTypeId: safetyType, kind: 'CREATE', after, proposedById: seeded.accountId('safety') },
    });
    return { id: p.id, code };
  };
  const proposalState = (id: string, code: string) => async () => ({
    proposal: await db.frameworkProposal.findUnique({ where: { id } }),
    indicator: await db.indicator.findUnique({ where: { yearId_code: { yearId: seeded.yearId, code } } }),
  });
  const targetRow = (id: string) => () =>
    db.target.findUnique({
      where: { id },
      include: { milestones: { orderBy: { period: 'asc' } }, responsibles: true, revisions: { orderBy: { revisionNo: 'asc' } } },
    });
  const safetyLeaf = (await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: '2.3.1' } } })).id;
  const monthly = Array.from({ length: 12 }, (_, k) => ({ period: `M${String(k + 1).padStart(2, '0')}`, plannedPercent: Math.round(((k + 1) * 100) / 12) }));
  const targetContent = (title: string) => ({
    indicatorId: safetyLeaf,
    title,
    content: '开展隐患排查',
    measures: '挂牌督办',
    deadline: '2026-12-31',
    expectedResult: '隐患清零',
    maxScore: '3',
    milestones: monthly,
  });
  // 工作文档: a 成都 安全生产 target whose responsible person is staff.chengdu, and documents written straight to it.
  const docxBytes = buildDocx();
  const docStaffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;
  const documentTarget = async () => {
    const tg = await fx.target({ status: 'PUBLISHED' });
    await db.targetResponsible.deleteMany({ where: { targetId: tg.id } });
    await db.targetResponsible.create({ data: { targetId: tg.id, personId: docStaffPerson, shareBp: 10000 } });
    return tg;
  };
  const documentRow = async () =>
    db.document.create({
      data: {
        seriesId: crypto.randomUUID(),
        versionNo: 1,
        targetId: (await documentTarget()).id,
        fileName: '总结.docx',
        storedName: `${crypto.randomUUID()}.docx`,
        sha256: 'x',
        sizeBytes: docxBytes.length,
        html: '<p>总结</p>',
        text: '总结',
        warnings: [],
        uploadedById: seeded.accountId('unit.chengdu'),
      },
    });
  const upload = () => {
    const { payload, headers } = docxUpload(docxBytes);
    return { body: payload, headers };
  };
  const orderRow = (id: string) => () => db.supervisionOrder.findUnique({ where: { id } });
  const categoryRow = (id: string) => () => db.assessmentCategory.findUnique({ where: { id }, include: { targetTypes: true, assessedUnits: true } });

  /** A 专项 period of the seed year with one 安全生产 process in the given state. */
  const assessmentPeriod = async (status: 'NOT_STARTED' | 'OPEN' | 'CLOSED') => {
    const n = fx.next();
    const period = await db.assessmentPeriod.create({
      data: { yearId: seeded.yearId, kind: 'SPECIAL', code: `SPECIAL-T${n}`, name: `专项考核T${n}`, targetTypeId: safetyType, sortOrder: 90 },
    });
    const process = await db.assessmentProcess.create({
      data: { periodId: period.id, targetTypeId: safetyType, status, openedAt: status === 'NOT_STARTED' ? null : new Date() },
    });
    return { period, process };
  };
  const periodRow = (id: string) => () => db.assessmentPeriod.findUnique({ where: { id } });
  /** One open 安全生产 process for the record recipes, made on first use. */
  let openProcess: Promise<{ period: { id: string }; process: { id: string } }> | undefined;
  const safetyOwner = (await db.targetType.findUniqueOrThrow({ where: { id: safetyType } })).ownerUnitId;
  /** A fresh published 安全生产 target with a record of safety's in the given state. */
  const assessmentRecord = async (status: 'DRAFT' | 'SUBMITTED' | 'ARCHIVED') => {
    openProcess ??= assessmentPeriod('OPEN');
    const { period, process } = await openProcess;
    const tg = await fx.target({ status: 'PUBLISHED' });
    const record = await db.assessmentRecord.create({
      data: {
        targetId: tg.id,
        periodId: period.id,
        processId: process.id,
        assessorUnitId: safetyOwner,
        score: '1.00',
        status,
        createdById: seeded.accountId('safety'),
      },
    });
    return { period, target: tg, record };
  };
  const recordRow = (id: string) => () => db.assessmentRecord.findUnique({ where: { id } });
  const assessedCd = async () => (await db.assessedUnit.findFirstOrThrow({ where: { yearId: seeded.yearId, unitId: CD } })).id;
  const adjustmentCategory = async () => (await db.adjustmentCategory.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'ABSENCE' } })).id;
  const pendingAdjustment = async () =>
    db.adjustment.create({
      data: {
        assessedUnitId: await assessedCd(),
        categoryId: await adjustmentCategory(),
        kind: 'DEDUCTION',
        points: '0.50',
        reason: `缺席${fx.next()}`,
        filedByUnitId: seeded.unitId('HQ-AJC'),
        filedById: seeded.accountId('safety'),
      },
    });
  /** A model of its own category (of the seed year), version 1. */
  const MODEL_DEFINITION = { name: '模型', root: { kind: 'imported', label: '得分', key: 's' }, grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }] };
  // 汇总结果 and 考核通报 of a world of their own (results/mini-world.ts): one draft result set and one published
  // bulletin for the reads, a fresh one for each write.
  let draftSet: ReturnType<typeof miniBulletin> | undefined;
  const mini = () => (draftSet ??= miniBulletin(db, seeded, fx, t.clock.now(), { draftOnly: true }));
  let bulletin: ReturnType<typeof miniBulletin> | undefined;
  const published = () => (bulletin ??= miniBulletin(db, seeded, fx, t.clock.now()));
  const openAppeal = async () => {
    const w = await miniBulletin(db, seeded, fx, t.clock.now());
    const set = await db.resultSet.findUniqueOrThrow({ where: { id: w.resultSetId } });
    return db.appeal.create({
      data: {
        resultSetId: set.id,
        bulletinId: w.bulletinId!,
        unitId: CD,
        lineKey: `target:${w.target.id}`,
        lineLabel: w.target.title,
        reason: '请复核',
        filedById: seeded.accountId('unit.chengdu'),
      },
    });
  };
  const scoringModel = async () => {
    const category = await fx.category();
    const m = await db.scoringModel.create({ data: { yearId: seeded.yearId, name: `模型${fx.next()}` } });
    await db.scoringModelCategory.create({ data: { modelId: m.id, categoryId: category.id } });
    await db.scoringModelVersion.create({ data: { modelId: m.id, versionNo: 1, definition: MODEL_DEFINITION, createdById: seeded.accountId('perf') } });
    return { id: m.id, name: m.name, categoryIds: [category.id] };
  };
  const processRow = (id: string) => () => db.assessmentProcess.findUnique({ where: { id } });
  /** 评价: the group and category each rating role is put on a roster for (the deputy: 市州, where its portfolio is). */
  const RATING_SLOT: Partial<Record<Role, ['LEADER_MAIN' | 'LEADER_DEPUTY' | 'ORG' | 'PEER', string]>> = {
    LEADER_MAIN: ['LEADER_MAIN', 'ENTERPRISE'],
    LEADER_DEPUTY: ['LEADER_DEPUTY', 'CITY'],
    FUNC_DEPT: ['ORG', 'ENTERPRISE'],
    PERF_OFFICE: ['ORG', 'ENTERPRISE'],
    UNIT_ADMIN: ['PEER', 'CITY'],
  };
  /** A fresh open period with the caller on a roster (others: the office), the units it rates, optionally all drafted. */
  const ratingSlot = async (caller: Caller, drafts = false) => {
    const { period } = await assessmentPeriod('OPEN');
    const role = isRole(caller) && RATING_SLOT[caller] ? caller : 'PERF_OFFICE';
    const [group, code] = RATING_SLOT[role]!;
    const rater = await db.account.findUniqueOrThrow({ where: { username: DEMO_USER[role] }, include: { portfolioUnits: true } });
    const categoryId = seeded.categoryId(code);
    const scale = await db.ratingScale.findFirstOrThrow({ where: { yearId: seeded.yearId, code: group === 'PEER' ? 'SATISFACTION' : 'GOOD_FAIR_POOR' } });
    await db.raterAssignment.create({ data: { periodId: period.id, group, raterAccountId: rater.id, categoryId, scaleId: scale.id } });
    const units = (await db.assessedUnit.findMany({ where: { categoryId }, orderBy: { id: 'asc' } })).filter(
      (u) => !(group === 'PEER' && u.unitId === rater.unitId) && (group !== 'LEADER_DEPUTY' || rater.portfolioUnits.some((p) => p.unitId === u.unitId)),
    );
    const level = group === 'PEER' ? '满意' : '好';
    if (drafts) await db.rating.createMany({ data: units.map((u) => ({ periodId: period.id, group, raterAccountId: rater.id, assessedUnitId: u.id, level })) });
    return { period, group, categoryId, unit: units[0]!, level, scaleId: scale.id };
  };
  const ratingsOf = (periodId: string) => () => db.rating.findMany({ where: { periodId }, orderBy: { id: 'asc' } });

  const recipes: Record<string, Recipe> = {
    health: async () => ({}),
    'system.info': async () => ({}),

    'auth.login': async (c) => ({ body: { username: isRole(c) ? DEMO_USER[c] : 'admin', password: DEMO_PASSWORD } }),
    'auth.refresh': async (c) => {
      if (!isRole(c)) return {};
      const s = sessions.get(c)!;
      return {
        cookies: { jx_refresh: s.refreshCookie },
        state: () => db.session.findUnique({ where: { id: sessionIdOf(s.token) } }),
        afterSuccess: (res) => {
          s.refreshCookie = res.cookies.find((k) => k.name === 'jx_refresh')!.value;
        },
      };
    },
    'auth.logout': async (c) => {
      if (!isRole(c)) return {};
      // Logging out ends the session it is called with: use a session of its own.
      const { token, sessionId } = await directSession(t, seeded.accountId(DEMO_USER[c]));
      return { token, state: () => db.session.findUnique({ where: { id: sessionId } }) };
    },
    'auth.changePassword': async (c) => {
      const newPassword = `Nw#${fx.next()}kQz9vTp`;
      if (!isRole(c)) return { body: { currentPassword: DEMO_PASSWORD, newPassword } };
      // Changing a password ends every session of the account: use a throwaway account with the role.
      const clone = await roleClone(c);
      const { token } = await directSession(t, clone.id);
      return {
        token,
        body: { currentPassword: DEMO_PASSWORD, newPassword },
        state: () => db.account.findUnique({ where: { id: clone.id }, select: { passwordHash: true, version: true } }),
      };
    },
    'auth.me': async () => ({}),
    'auth.totpSetup': async (c) => {
      if (!isRole(c)) return {};
      const clone = await roleClone(c);
      const { token } = await directSession(t, clone.id);
      return { token, state: totpState(clone.id) };
    },
    'auth.totpEnable': async (c) => {
      const { secret } = newTotpSecret('x');
      const body = { code: currentTotp(secret, t.clock.now()) };
      if (!isRole(c)) return { body };
      const clone = await roleClone(c, { totpPendingSecret: t.app.deps.secrets.encrypt(secret) });
      const { token } = await directSession(t, clone.id);
      return { token, body, state: totpState(clone.id) };
    },
    'auth.totpDisable': async (c) => {
      const { secret } = newTotpSecret('x');
      const body = { password: DEMO_PASSWORD, code: currentTotp(secret, t.clock.now()) };
      if (!isRole(c)) return { body };
      const clone = await roleClone(c, { totpSecret: t.app.deps.secrets.encrypt(secret), totpEnabledAt: t.clock.now() });
      const { token } = await directSession(t, clone.id);
      return { token, body, state: totpState(clone.id) };
    },
    'auth.updateMe': async (c) => {
      const displayName = `改名${fx.next()}`;
      if (!isRole(c)) return { body: { displayName, version: 1 } };
      const id = seeded.accountId(DEMO_USER[c]);
      const { version } = await db.account.findUniqueOrThrow({ where: { id } });
      return {
        body: { displayName, version },
        state: () => db.account.findUnique({ where: { id }, select: { displayName: true, version: true, roles: true } }),
      };
    },

    'units.tree': async () => ({ query: { includeInactive: 'true' } }),
    'units.create': async () => {
      const code = `AZ-C${fx.next()}`;
      return { body: { code, name: `新单位${code}`, kind: 'DIRECT_UNIT', parentId: seeded.rootUnitId }, state: () => db.unit.findUnique({ where: { code } }) };
    },
    'units.update': async () => {
      const u = await fx.unit();
      return {
        params: { id: u.id },
        body: { name: `${u.name}（改）`, shortName: '改', kind: 'DIRECT_UNIT', parentId: seeded.rootUnitId, sortOrder: 1, version: 1 },
        state: unitRow(u.id),
      };
    },
    'units.deactivate': async () => {
      const u = await fx.unit();
      return { params: { id: u.id }, body: { version: 1 }, state: unitRow(u.id) };
    },
    'units.activate': async () => {
      const u = await fx.unit({ active: false });
      return { params: { id: u.id }, body: { version: 1 }, state: unitRow(u.id) };
    },
    'targetTypes.list': async () => ({}),

    'years.list': async () => ({}),
    'years.create': async () => {
      const year = fx.nextYear();
      return { body: { year, name: `${year}年度` }, state: () => db.year.findUnique({ where: { year } }) };
    },
    'years.update': async () => {
      const y = await fx.year();
      return {
        params: { id: y.id },
        body: { name: `${y.year}年度（改）`, status: 'ACTIVE', version: 1 },
        state: () => db.year.findUnique({ where: { id: y.id } }),
      };
    },
    'categories.list': async () => ({ query: { yearId: seeded.yearId } }),
    'categories.create': async () => {
      const code = `NC${fx.next()}`;
      return {
        body: { yearId: seeded.yearId, code, name: `新类别${code}`, targetTypeIds: [safetyType] },
        state: () => db.assessmentCategory.findUnique({ where: { yearId_code: { yearId: seeded.yearId, code } } }),
      };
    },
    'categories.update': async () => {
      const c = await fx.category();
      return { params: { id: c.id }, body: { code: c.code, name: `${c.name}（改）`, targetTypeIds: [safetyType], version: 1 }, state: categoryRow(c.id) };
    },
    'categories.delete': async () => {
      const c = await fx.category();
      return { params: { id: c.id }, query: { version: '1' }, state: categoryRow(c.id) };
    },
    'assessedUnits.list': async () => ({ query: { yearId: seeded.yearId } }),
    'assessedUnits.add': async () => {
      const [c, u] = await Promise.all([fx.category(), fx.unit()]);
      return { body: { categoryId: c.id, unitIds: [u.id] }, state: () => db.assessedUnit.findMany({ where: { unitId: u.id } }) };
    },
    'assessedUnits.remove': async () => {
      const [c, u] = await Promise.all([fx.category(), fx.unit()]);
      const a = await db.assessedUnit.create({ data: { yearId: seeded.yearId, unitId: u.id, categoryId: c.id } });
      return { params: { id: a.id }, query: { version: '1' }, state: () => db.assessedUnit.findUnique({ where: { id: a.id } }) };
    },

    'indicators.tree': async () => ({ query: { yearId: seeded.yearId } }),
    'indicators.create': async () => {
      const code = `AZ-I${fx.next()}`;
      return {
        body: { yearId: seeded.yearId, parentId: null, code, name: `新指标${code}`, weight: '12.5' },
        state: () => db.indicator.findUnique({ where: { yearId_code: { yearId: seeded.yearId, code } } }),
      };
    },
    'indicators.update': async () => {
      const i = await fx.indicator();
      return { params: { id: i.id }, body: { code: i.code, name: `${i.name}（改）`, weight: '24.25', sortOrder: 3, version: 1 }, state: indicatorRow(i.id) };
    },
    'indicators.delete': async () => {
      const i = await fx.indicator();
      return { params: { id: i.id }, query: { version: '1' }, state: indicatorRow(i.id) };
    },
    'indicators.rebalance': async () => {
      const parent = await fx.indicator();
      const [a, b] = await Promise.all([fx.indicator({ parent, weightBp: 5000 }), fx.indicator({ parent, weightBp: 5000 })]);
      return {
        body: {
          yearId: seeded.yearId,
          parentId: parent.id,
          weights: [
            { id: a.id, weight: '24.25', version: 1 },
            { id: b.id, weight: '75.75', version: 1 },
          ],
        },
        state: () => db.indicator.findMany({ where: { parentId: parent.id }, orderBy: { code: 'asc' } }),
      };
    },
    'years.copyFramework': async () => {
      const y = await fx.year();
      return {
        params: { id: y.id },
        body: { fromYearId: seeded.yearId },
        state: async () => ({
          categories: await db.assessmentCategory.count({ where: { yearId: y.id } }),
          assessed: await db.assessedUnit.count({ where: { yearId: y.id } }),
          indicators: await db.indicator.count({ where: { yearId: y.id } }),
        }),
      };
    },
    'targetTypes.update': async () => {
      // A catalogue edit (the name), which the administrator keeps; setting the rhythm is the office's (target-types.test.ts).
      const code = `TTUPD${fx.next()}`;
      const tt = await db.targetType.create({ data: { code, name: `类型${code}`, ownerUnitId: seeded.unitId('HQ-GHC') } });
      return { params: { id: tt.id }, body: { name: `类型${code}改`, version: tt.version }, state: () => db.targetType.findUnique({ where: { id: tt.id } }) };
    },
    'targetTypes.create': async () => {
      const code = `TT${fx.next()}`;
      return {
        body: { code, name: `目标类型${code}`, ownerUnitId: seeded.unitId('HQ-GHC'), reportingRhythm: 'MONTHLY' },
        state: () => db.targetType.findUnique({ where: { code } }),
      };
    },
    'targetTypes.delete': async () => {
      const code = `TTDEL${fx.next()}`;
      const tt = await db.targetType.create({ data: { code, name: `待删类型${code}`, ownerUnitId: seeded.unitId('HQ-GHC') } });
      return { params: { id: tt.id }, query: { version: String(tt.version) }, state: () => db.targetType.findUnique({ where: { id: tt.id } }) };
    },

    'frameworkProposals.list': async () => ({ query: { yearId: seeded.yearId } }),
    'frameworkProposals.create': async () => {
      const code = `AZ-P${fx.next()}`;
      return {
        body: { kind: 'CREATE', yearId: seeded.yearId, targetTypeId: safetyType, code, name: `提议指标${code}`, weight: '5' },
        state: () => db.frameworkProposal.findMany({ where: { after: { path: ['code'], equals: code } } }),
      };
    },
    'frameworkProposals.accept': async () => {
      const p = await pendingProposal();
      return { params: { id: p.id }, body: { version: 1 }, state: proposalState(p.id, p.code) };
    },
    'frameworkProposals.reject': async () => {
      const p = await pendingProposal();
      return { params: { id: p.id }, body: { version: 1, reason: '与年度重点不符' }, state: proposalState(p.id, p.code) };
    },
    'frameworkProposals.withdraw': async () => {
      const p = await pendingProposal();
      return { params: { id: p.id }, body: { version: 1 }, state: proposalState(p.id, p.code) };
    },

    'targets.list': async () => ({ query: { yearId: seeded.yearId, unitId: CD, pageSize: '5' } }),
    'targets.get': async () => ({ params: { id: (await fx.target({ status: 'PUBLISHED', personId: staffPerson })).id } }),
    'targets.create': async () => {
      const title = `新目标${fx.next()}`;
      return {
        body: { yearId: seeded.yearId, unitId: CD, targetTypeId: safetyType, ...targetContent(title), responsibles: [{ personId: cdPerson, share: '100' }] },
        state: () => db.target.findMany({ where: { title } }),
      };
    },
    'targets.update': async () => {
      const tg = await fx.target();
      return {
        params: { id: tg.id },
        body: { ...targetContent(`${tg.title}（改）`), responsibles: [{ personId: cdPerson, share: '100' }], version: 1 },
        state: targetRow(tg.id),
      };
    },
    'targets.submit': async () => {
      const tg = await fx.target({ status: 'DRAFT' });
      return { params: { id: tg.id }, body: { version: 1 }, state: targetRow(tg.id) };
    },
    'targets.approve': async () => {
      const tg = await fx.target({ status: 'SUBMITTED' });
      return { params: { id: tg.id }, body: { version: 1 }, state: targetRow(tg.id) };
    },
    'targets.return': async () => {
      const tg = await fx.target({ status: 'SUBMITTED' });
      return { params: { id: tg.id }, body: { version: 1, reason: '目标值偏低' }, state: targetRow(tg.id) };
    },
    'targets.publish': async () => {
      // A year of its own: other recipes leave the seed year's weights unbalanced, and publishing refuses that.
      const frame = await fx.frameworkYear();
      const tg = await fx.target({ status: 'APPROVED', yearId: frame.yearId, indicatorId: frame.leafId });
      return { params: { id: tg.id }, body: { version: 1 }, state: targetRow(tg.id) };
    },
    'targets.revise': async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      return { params: { id: tg.id }, body: { version: 1, reason: '年中调整' }, state: targetRow(tg.id) };
    },
    'targets.revisionDiff': async () => ({
      params: { id: (await fx.target({ status: 'PUBLISHED', personId: staffPerson })).id },
      query: { from: '1', to: '1' },
    }),
    'targets.bulkApprove': async () => {
      const tg = await fx.target({ status: 'SUBMITTED' });
      return { body: { items: [{ id: tg.id, version: 1 }] }, state: targetRow(tg.id) };
    },
    'targets.bulkReturn': async () => {
      const tg = await fx.target({ status: 'SUBMITTED' });
      return { body: { items: [{ id: tg.id, version: 1 }], reason: '请补充措施' }, state: targetRow(tg.id) };
    },
    'targets.bulkPublish': async () => {
      // A year of its own, as for targets.publish: publishing refuses a tree whose weights are not whole.
      const frame = await fx.frameworkYear();
      const tg = await fx.target({ status: 'APPROVED', yearId: frame.yearId, indicatorId: frame.leafId });
      return { body: { items: [{ id: tg.id, version: 1 }] }, state: targetRow(tg.id) };
    },
    'targets.cancelRevision': async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      await db.target.update({ where: { id: tg.id }, data: { status: 'DRAFT', version: 2 } });
      await db.targetRevision.create({
        data: {
          targetId: tg.id,
          revisionNo: 2,
          status: 'DRAFT',
          reason: '年中调整',
          snapshot: (await db.targetRevision.findFirstOrThrow({ where: { targetId: tg.id } })).snapshot ?? {},
        },
      });
      return { params: { id: tg.id }, body: { version: 2 }, state: targetRow(tg.id) };
    },
    'targets.delete': async () => {
      const tg = await fx.target({ status: 'DRAFT' });
      return { params: { id: tg.id }, query: { version: '1' }, state: targetRow(tg.id) };
    },
    'targets.bulkAssign': async () => {
      const title = `下达目标${fx.next()}`;
      return {
        body: {
          template: { yearId: seeded.yearId, targetTypeId: safetyType, ...targetContent(title) },
          units: [{ unitId: CD }, { unitId: MY, maxScore: '2.5' }],
        },
        state: () => db.target.findMany({ where: { title }, orderBy: { unitId: 'asc' } }),
      };
    },
    'specialTasks.list': async () => ({ query: { yearId: seeded.yearId } }),
    'specialTasks.create': async () => {
      const title = `专项工作${fx.next()}`;
      const { indicatorId: _leaf, ...rest } = targetContent(title);
      const leaf = (await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: '3.3' } } })).id;
      return {
        body: { yearId: seeded.yearId, title, template: { ...rest, indicatorId: leaf }, units: [{ unitId: CD }, { unitId: MY }] },
        state: () => db.specialTask.findMany({ where: { title }, include: { targets: true } }),
      };
    },

    'targets.importTemplate': async () => ({ query: { yearId: seeded.yearId } }),
    'targets.import': async () => {
      const title = `导入目标${fx.next()}`;
      const { payload, headers } = importUpload(await xlsx([goodRow(title)]), seeded.yearId);
      return { body: payload, headers, state: () => db.target.findMany({ where: { title } }) };
    },
    'targets.export': async () => ({ query: { yearId: seeded.yearId, unitId: CD } }),
    'targets.responsibilityLetter': async () => ({ query: { yearId: seeded.yearId, unitId: CD } }),
    'warnings.export': async () => ({ query: { yearId: seeded.yearId, unitId: CD } }),
    'reports.export': async () => ({ query: { yearId: seeded.yearId, unitId: CD } }),
    'orders.export': async () => ({ query: { yearId: seeded.yearId, unitId: CD } }),
    'statistics.overview': async () => ({ query: { yearId: seeded.yearId, groupBy: 'targetType' } }),
    'statistics.export': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.trend': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.completion': async () => ({ query: { yearId: seeded.yearId, groupBy: 'category', month: '6' } }),
    'statistics.activity': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.heatmap': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.specialTasks': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.rankings': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.latestRankings': async () => ({ query: { yearId: seeded.yearId } }),
    'statistics.unitResults': async () => ({ params: { id: CD } }),
    'reports.listForTarget': async () => ({ params: { id: (await fx.target({ status: 'PUBLISHED', personId: staffPerson })).id } }),
    'reports.pending': async () => ({ query: { yearId: seeded.yearId } }),
    'home.queue': async () => ({ query: { yearId: seeded.yearId } }),
    'reports.list': async () => ({ query: { yearId: seeded.yearId, unitId: CD, pageSize: '5' } }),
    'reports.get': async () => {
      const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
      return { params: { id: (await fx.report(tg.id, { periodKey: 'M01', actualPercent: 8 })).id } };
    },
    'reports.submit': async () => {
      const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
      return {
        params: { id: tg.id },
        body: { periodKey: monthPeriodOf(t.clock.now()), actualPercent: 15, narrative: '已完成隐患排查两轮' },
        state: () => db.progressReport.findMany({ where: { targetId: tg.id } }),
      };
    },
    'reports.update': async () => {
      const tg = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
      // The current period's report: still inside its editing window (report.editableDays) on any test date.
      const r = await fx.report(tg.id, { periodKey: monthPeriodOf(t.clock.now()), actualPercent: 8 });
      return {
        params: { id: r.id },
        body: { actualPercent: 10, narrative: '更正：完成 10%', version: 1 },
        state: () => db.progressReport.findUnique({ where: { id: r.id } }),
      };
    },
    'warnings.forTarget': async () => ({ params: { id: (await fx.target({ status: 'PUBLISHED', personId: staffPerson })).id } }),
    'warnings.list': async () => ({ query: { yearId: seeded.yearId, unitId: CD, pageSize: '5' } }),

    'documents.uploadToTarget': async () => {
      const tg = await documentTarget();
      return { params: { id: tg.id }, ...upload(), state: () => db.document.findMany({ where: { targetId: tg.id } }) };
    },
    'documents.uploadToReport': async () => {
      const report = await createReport(db, (await documentTarget()).id, seeded.accountId('unit.chengdu'));
      return { params: { id: report.id }, ...upload(), state: () => db.document.findMany({ where: { reportId: report.id } }) };
    },
    'documents.uploadVersion': async () => {
      const d = await documentRow();
      return { params: { id: d.id }, ...upload(), state: () => db.document.findMany({ where: { seriesId: d.seriesId }, orderBy: { versionNo: 'asc' } }) };
    },
    'documents.listForTarget': async () => ({ params: { id: (await documentRow()).targetId! } }),
    'documents.listForReport': async () => {
      const report = await createReport(db, (await documentTarget()).id, seeded.accountId('unit.chengdu'));
      return { params: { id: report.id } };
    },
    'documents.get': async () => ({ params: { id: (await documentRow()).id } }),
    'documents.download': async () => {
      const d = await documentRow();
      await t.app.deps.documents.put(d.storedName, docxBytes);
      return { params: { id: d.id } };
    },

    'comments.list': async () => ({ params: { id: (await fx.target({ status: 'PUBLISHED', personId: staffPerson })).id } }),
    'comments.create': async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      return { params: { id: tg.id }, body: { body: '进度偏慢，请加快' }, state: () => db.comment.findMany({ where: { targetId: tg.id } }) };
    },
    'orders.list': async () => ({ query: { yearId: seeded.yearId, unitId: CD, pageSize: '5' } }),
    'orders.create': async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      return {
        params: { id: tg.id },
        body: { instruction: '请于期限内书面说明', dueDate: beijingDate(t.clock.now(), 18) },
        state: () => db.supervisionOrder.findMany({ where: { targetId: tg.id } }),
      };
    },
    'orders.respond': async () => {
      const o = await fx.order((await fx.target({ status: 'PUBLISHED' })).id);
      return { params: { id: o.id }, body: { response: '已整改', version: 1 }, state: orderRow(o.id) };
    },
    'orders.close': async (c) => {
      const issuedById = seeded.accountId(isRole(c) ? DEMO_USER[c] : 'leader');
      const o = await fx.order((await fx.target({ status: 'PUBLISHED' })).id, { issuedById, status: 'RESPONDED' });
      return { params: { id: o.id }, body: { note: '整改到位', version: 1 }, state: orderRow(o.id) };
    },
    'orders.reject': async (c) => {
      const issuedById = seeded.accountId(isRole(c) ? DEMO_USER[c] : 'leader');
      const o = await fx.order((await fx.target({ status: 'PUBLISHED' })).id, { issuedById, status: 'RESPONDED' });
      return { params: { id: o.id }, body: { note: '措施不具体', version: 1 }, state: orderRow(o.id) };
    },
    'orders.urge': async (c) => {
      const issuedById = seeded.accountId(isRole(c) ? DEMO_USER[c] : 'leader');
      const o = await fx.order((await fx.target({ status: 'PUBLISHED' })).id, { issuedById });
      return { params: { id: o.id }, body: { note: '请尽快回复', version: 1 }, state: orderRow(o.id) };
    },
    'orders.urges': async () => ({ params: { id: (await fx.order((await fx.target({ status: 'PUBLISHED', personId: staffPerson })).id)).id } }),

    'persons.list': async () => ({ query: { pageSize: '5' } }),
    'persons.get': async () => ({ params: { id: cdPerson } }),
    'persons.onboard': async () => {
      const staffNo = `ON${fx.next()}`;
      return { body: { staffNo, name: '新同事', unitId: CD, startDate: '2026-03-01' }, state: () => db.person.findUnique({ where: { staffNo } }) };
    },
    'persons.update': async () => {
      const p = await fx.person();
      return { params: { id: p.id }, body: { name: `${p.name}改`, phone: '028-12345678', version: 1 }, state: personRow(p.id) };
    },
    'persons.transfer': async () => {
      const p = await fx.person();
      return { params: { id: p.id }, body: { toUnitId: MY, date: '2026-03-01', version: 1 }, state: personRow(p.id) };
    },
    'persons.depart': async () => {
      const p = await fx.person();
      return { params: { id: p.id }, body: { date: '2026-03-01', note: '退休', version: 1 }, state: personRow(p.id) };
    },
    'persons.importTemplate': async () => ({}),
    'persons.import': async () => {
      const staffNo = `IM${fx.next()}`;
      const { payload, headers } = personImportUpload(await personXlsx([newPersonRow(staffNo, '导入同事')]));
      return { body: payload, headers, state: () => db.person.findUnique({ where: { staffNo } }) };
    },
    'persons.export': async () => ({ query: { unitId: CD } }),

    'accounts.list': async () => ({ query: { pageSize: '5' } }),
    'accounts.get': async () => ({ params: { id: someAccount } }),
    'accounts.create': async () => {
      const username = `az.new${fx.next()}`;
      return {
        body: { username, displayName: '新账户', password: 'Strong#Pass9x', access: { roles: ['UNIT_STAFF'], unitId: CD } },
        state: () => db.account.findUnique({ where: { username } }),
      };
    },
    'accounts.update': async () => {
      const a = await fx.account();
      return { params: { id: a.id }, body: { displayName: `${a.displayName}改`, version: 1 }, state: accountRow(a.id) };
    },
    'accounts.setAccess': async () => {
      const a = await fx.account();
      return { params: { id: a.id }, body: { access: { roles: ['UNIT_ADMIN'], unitId: MY }, version: 1 }, state: accountRow(a.id) };
    },
    'accounts.disable': async () => {
      const a = await fx.account();
      await directSession(t, a.id); // a live session, which a refused request must leave alone
      return { params: { id: a.id }, body: { version: 1 }, state: accountRow(a.id) };
    },
    'accounts.enable': async () => {
      const a = await fx.account({ status: 'DISABLED' });
      return { params: { id: a.id }, body: { version: 1 }, state: accountRow(a.id) };
    },
    'accounts.unlock': async () => {
      const a = await fx.account({ lockedUntil: new Date('2026-03-02T03:00:00Z') });
      return { params: { id: a.id }, body: { version: 1 }, state: accountRow(a.id) };
    },
    'accounts.resetTotp': async () => {
      const a = await fx.account();
      await directSession(t, a.id); // a live session, which a refused request must leave alone
      const { secret } = newTotpSecret(a.username);
      await db.account.update({ where: { id: a.id }, data: { totpSecret: t.app.deps.secrets.encrypt(secret), totpEnabledAt: t.clock.now() } });
      return { params: { id: a.id }, body: { version: 1 }, state: accountRow(a.id) };
    },
    'accounts.resetPassword': async () => {
      const a = await fx.account();
      await directSession(t, a.id); // a live session, which a refused request must leave alone
      return { params: { id: a.id }, body: { password: 'Reset#Pass7q', version: 1 }, state: accountRow(a.id) };
    },

    'notifications.list': async () => ({}),
    'notifications.unreadCount': async () => ({}),
    // Each caller marks a notice of its own (anonymous: someone else's, refused with 401 and left unread).
    'notifications.read': async (caller) => {
      const n = await db.notification.create({
        data: { accountId: isRole(caller) ? seeded.accountId(DEMO_USER[caller]) : someAccount, kind: 'COMMENT', title: '测试消息' },
      });
      return { params: { id: n.id }, state: () => db.notification.findUnique({ where: { id: n.id } }) };
    },
    'notifications.readAll': async (caller) => {
      const accountId = isRole(caller) ? seeded.accountId(DEMO_USER[caller]) : someAccount;
      await db.notification.create({ data: { accountId, kind: 'COMMENT', title: '测试消息' } });
      return { state: () => db.notification.findMany({ where: { accountId, readAt: null }, orderBy: { id: 'asc' } }) };
    },
    'announcements.list': async () => ({}),
    'announcements.create': async () => {
      const title = `新公告${fx.next()}`;
      return { body: { title, body: '正文' }, state: () => db.announcement.findMany({ where: { title } }) };
    },
    'announcements.update': async () => {
      const a = await fx.announcement('DRAFT');
      return { params: { id: a.id }, body: { title: `${a.title}（改）`, body: '新正文', pinned: true, version: 1 }, state: announcementRow(a.id) };
    },
    'announcements.publish': async () => {
      const a = await fx.announcement('DRAFT');
      return { params: { id: a.id }, body: { version: 1 }, state: announcementRow(a.id) };
    },
    'announcements.withdraw': async () => {
      const a = await fx.announcement('PUBLISHED');
      return { params: { id: a.id }, body: { version: 1 }, state: announcementRow(a.id) };
    },
    'announcements.delete': async () => {
      const a = await fx.announcement('DRAFT');
      return { params: { id: a.id }, query: { version: '1' }, state: announcementRow(a.id) };
    },

    'settings.list': async () => ({}),
    'settings.public': async () => ({}),
    'settings.update': async () => {
      const key = 'system.name';
      const row = await db.setting.findUnique({ where: { key } });
      return { params: { key }, body: { value: `测试平台${fx.next()}`, version: row?.version ?? 0 }, state: () => db.setting.findUnique({ where: { key } }) };
    },

    'audit.events': async () => ({ query: { pageSize: '5' } }),
    'audit.verify': async () => ({}),
    'audit.logins': async () => ({ query: { pageSize: '5' } }),
    'audit.auditorAccounts': async () => ({}),

    'assessmentPeriods.list': async () => ({ query: { yearId: seeded.yearId } }),
    'assessors.list': async () => ({ query: { yearId: seeded.yearId } }),
    'scoringModels.list': async () => ({ query: { yearId: seeded.yearId } }),
    'adjustmentCategories.list': async () => ({ query: { yearId: seeded.yearId } }),
    'adjustments.list': async () => ({ query: { yearId: seeded.yearId } }),
    'adjustments.file': async () => {
      const reason = `缺席${fx.next()}`;
      return {
        body: { assessedUnitId: await assessedCd(), categoryId: await adjustmentCategory(), reason },
        state: () => db.adjustment.findMany({ where: { reason } }),
      };
    },
    'adjustments.approve': async () => {
      const a = await pendingAdjustment();
      return { params: { id: a.id }, body: { version: 1 }, state: () => db.adjustment.findUnique({ where: { id: a.id } }) };
    },
    'adjustments.reject': async () => {
      const a = await pendingAdjustment();
      return { params: { id: a.id }, body: { version: 1, reason: '依据不足' }, state: () => db.adjustment.findUnique({ where: { id: a.id } }) };
    },
    'adjustments.export': async () => ({ query: { yearId: seeded.yearId } }),
    'adjustmentCategories.create': async () => {
      const code = `CAT_${fx.next()}`;
      return {
        body: { yearId: seeded.yearId, code, name: `类别${code}`, kind: 'DEDUCTION', defaultPoints: '0.5' },
        state: () => db.adjustmentCategory.findMany({ where: { code } }),
      };
    },
    'adjustmentCategories.update': async () => {
      const c = await db.adjustmentCategory.create({
        data: { yearId: seeded.yearId, code: `CAT_${fx.next()}`, name: '待改类别', kind: 'BONUS', defaultPoints: '1' },
      });
      return {
        params: { id: c.id },
        body: { code: c.code, name: '已改类别', kind: 'BONUS', defaultPoints: '2', active: true, version: 1 },
        state: () => db.adjustmentCategory.findUnique({ where: { id: c.id } }),
      };
    },
    // 佐证材料: a pending line of the caller's own unit (the filer attaches), a small PDF.
    'adjustments.uploadEvidence': async (caller) => {
      const filer = isRole(caller) ? await db.account.findUniqueOrThrow({ where: { username: DEMO_USER[caller] } }) : null;
      const a = await db.adjustment.update({
        where: { id: (await pendingAdjustment()).id },
        data: filer?.unitId ? { filedByUnitId: filer.unitId, filedById: filer.id } : {},
      });
      const { payload, headers } = docxUpload(Buffer.from('%PDF-1.4\n%%EOF\n'), '佐证.pdf');
      return { params: { id: a.id }, body: payload, headers, state: () => db.document.findMany({ where: { adjustmentId: a.id } }) };
    },
    'ratingScales.list': async () => ({ query: { yearId: seeded.yearId } }),
    'raters.list': async () => ({ query: { periodId: (await ratingSlot('PERF_OFFICE', true)).period.id } }),
    'raters.candidates': async () => ({
      query: { periodId: (await ratingSlot('PERF_OFFICE')).period.id, categoryId: seeded.categoryId('CITY'), group: 'PEER' },
    }),
    'raters.set': async () => {
      const { period } = await assessmentPeriod('OPEN');
      const scale = await db.ratingScale.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'SATISFACTION' } });
      return {
        body: {
          periodId: period.id,
          categoryId: seeded.categoryId('CITY'),
          group: 'PEER',
          scaleId: scale.id,
          raterAccountIds: [seeded.accountId('unit.chengdu'), seeded.accountId('unit.mianyang')],
        },
        state: () => db.raterAssignment.findMany({ where: { periodId: period.id }, orderBy: { raterAccountId: 'asc' } }),
      };
    },
    'ratings.mine': async (c) => ({ query: { periodId: (await ratingSlot(c, true)).period.id } }),
    'ratings.save': async (c) => {
      const { period, group, unit, level } = await ratingSlot(c);
      return { body: { periodId: period.id, group, assessedUnitId: unit.id, level }, state: ratingsOf(period.id) };
    },
    'ratings.submit': async (c) => {
      const { period, group, categoryId } = await ratingSlot(c, true);
      return { body: { periodId: period.id, group, categoryId }, state: ratingsOf(period.id) };
    },
    'ratings.list': async () => ({ query: { periodId: (await ratingSlot('PERF_OFFICE', true)).period.id, pageSize: '5' } }),
    'ratings.return': async () => {
      const { period } = await ratingSlot('PERF_OFFICE', true);
      const r = (await db.rating.findFirstOrThrow({ where: { periodId: period.id } })).id;
      await db.rating.update({ where: { id: r }, data: { status: 'SUBMITTED', submittedAt: new Date() } });
      return { params: { id: r }, body: { version: 1, reason: '等次依据不足' }, state: () => db.rating.findUnique({ where: { id: r } }) };
    },
    'publicSurvey.template': async () => ({ query: { periodId: (await assessmentPeriod('OPEN')).period.id, categoryId: seeded.categoryId('CITY') } }),
    'publicSurvey.import': async () => {
      const { period } = await assessmentPeriod('OPEN');
      const unitName = (await db.unit.findUniqueOrThrow({ where: { id: CD } })).name;
      const content = await xlsx([{ 考核对象: unitName, '满意度（%）': 91.5 } as never], { sheet: '社会公众评价', headers: ['考核对象', '满意度（%）'] });
      const { payload, headers } = multipartBody([
        { name: 'periodId', value: period.id },
        { name: 'file', filename: '社会公众评价.xlsx', content },
      ]);
      return { body: payload, headers, state: () => db.importedValue.findMany({ where: { periodId: period.id } }) };
    },
    'importedValues.list': async () => ({ query: { periodId: (await assessmentPeriod('OPEN')).period.id, key: 'public' } }),
    'scoringModels.versions': async () => ({ params: { id: (await scoringModel()).id } }),
    'scoringModels.previewInputs': async () => {
      const period = await db.assessmentPeriod.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'H1' } });
      return { query: { periodId: period.id, categoryId: seeded.categoryId('CITY') } };
    },
    'scoringModels.create': async () => {
      const category = await fx.category();
      return {
        body: { yearId: seeded.yearId, name: `模型${fx.next()}`, categoryIds: [category.id], definition: MODEL_DEFINITION },
        state: () => db.scoringModelCategory.findMany({ where: { categoryId: category.id } }),
      };
    },
    'scoringModels.update': async () => {
      const m = await scoringModel();
      return {
        params: { id: m.id },
        body: { name: `${m.name}（改）`, categoryIds: m.categoryIds, definition: MODEL_DEFINITION, version: 1 },
        state: () => db.scoringModel.findUnique({ where: { id: m.id } }),
      };
    },
    'records.grid': async () => {
      openProcess ??= assessmentPeriod('OPEN');
      return { query: { periodId: (await openProcess).period.id, pageSize: '5' } };
    },
    'records.save': async () => {
      openProcess ??= assessmentPeriod('OPEN');
      const { period } = await openProcess;
      const tg = await fx.target({ status: 'PUBLISHED' });
      return {
        body: { periodId: period.id, targetId: tg.id, assessorUnitId: safetyOwner, score: '1.50' },
        state: () => db.assessmentRecord.findMany({ where: { targetId: tg.id }, select: { score: true, status: true } }),
      };
    },
    'records.submit': async () => {
      const { record } = await assessmentRecord('DRAFT');
      return { params: { id: record.id }, body: { version: 1 }, state: recordRow(record.id) };
    },
    'records.revise': async () => {
      const { record } = await assessmentRecord('SUBMITTED');
      return { params: { id: record.id }, body: { version: 1, reason: '补充扣分' }, state: recordRow(record.id) };
    },
    'records.void': async () => {
      const { record } = await assessmentRecord('DRAFT');
      return { params: { id: record.id }, body: { version: 1, reason: '重复录入' }, state: recordRow(record.id) };
    },
    'records.archive': async () => {
      const { record } = await assessmentRecord('SUBMITTED');
      return { params: { id: record.id }, body: { version: 1 }, state: recordRow(record.id) };
    },
    'records.return': async () => {
      const { record } = await assessmentRecord('ARCHIVED');
      return { params: { id: record.id }, body: { version: 1, reason: '依据不足' }, state: recordRow(record.id) };
    },
    'records.template': async () => {
      openProcess ??= assessmentPeriod('OPEN');
      return { query: { periodId: (await openProcess).period.id } };
    },
    'records.import': async () => {
      openProcess ??= assessmentPeriod('OPEN');
      const { period } = await openProcess;
      const tg = await fx.target({ status: 'PUBLISHED' });
      const { payload, headers } = recordImportUpload(await recordXlsx([{ 编号: recordKey(period.id, tg.id, safetyOwner), 得分: 1.5 }]), period.id);
      return {
        body: payload,
        headers,
        state: () => db.assessmentRecord.findMany({ where: { targetId: tg.id }, select: { score: true, status: true } }),
      };
    },
    'records.mine': async () => ({ query: { yearId: seeded.yearId } }),
    'records.mineExport': async () => ({ query: { yearId: seeded.yearId } }),
    'dataAudit.departments': async () => {
      const h1 = await db.assessmentPeriod.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'H1' } });
      return { query: { periodId: h1.id } };
    },
    'dataAudit.activity': async () => {
      const h1 = await db.assessmentPeriod.findFirstOrThrow({ where: { yearId: seeded.yearId, code: 'H1' } });
      return { params: { departmentId: safetyOwner }, query: { periodId: h1.id } };
    },
    'assessors.set': async () => {
      const tg = await fx.target({ status: 'PUBLISHED' });
      return {
        body: { scope: 'target', id: tg.id, unitIds: [seeded.unitId('HQ-AJC')] },
        state: () => db.assessingDepartment.findMany({ where: { targetId: tg.id }, select: { unitId: true } }),
      };
    },
    'results.run': async () => {
      const w = await miniWorld(db, seeded, fx);
      return {
        body: { periodId: w.period.id, categoryIds: [w.category.id] },
        state: () => db.summaryRun.findMany({ where: { resultSet: { periodId: w.period.id } }, select: { runNo: true, categoryIds: true } }),
      };
    },
    'results.runStatus': async () => ({ params: { id: (await mini()).runId } }),
    'results.get': async () => ({ query: { periodId: (await mini()).period.id } }),
    'results.receipt': async () => ({ params: { id: (await mini()).resultSetId, unitId: CD } }),
    'results.waive': async () => {
      const w = await miniBulletin(db, seeded, fx, t.clock.now(), { unassessed: true, draftOnly: true });
      return {
        params: { id: w.resultSetId },
        body: { unitId: CD, key: `target:${w.target.id}:ANNUAL`, reason: '该目标已调整' },
        state: () => db.resultWaiver.findMany({ where: { resultSetId: w.resultSetId }, select: { key: true } }),
      };
    },
    'results.unwaive': async () => {
      const w = await miniBulletin(db, seeded, fx, t.clock.now(), { unassessed: true, draftOnly: true });
      const key = `target:${w.target.id}:ANNUAL`;
      await db.resultWaiver.create({ data: { resultSetId: w.resultSetId, unitId: CD, key, reason: '该目标已调整', createdById: seeded.accountId('perf') } });
      return {
        params: { id: w.resultSetId },
        query: { unitId: CD, key },
        state: () => db.resultWaiver.findMany({ where: { resultSetId: w.resultSetId }, select: { key: true } }),
      };
    },
    'results.publish': async () => {
      const w = await miniBulletin(db, seeded, fx, t.clock.now(), { draftOnly: true });
      const set = await db.resultSet.findUniqueOrThrow({ where: { id: w.resultSetId } });
      return {
        params: { id: set.id },
        body: { version: set.version, title: '考核结果通报', docNo: `测〔2026〕${fx.next()}号` },
        state: () => db.bulletin.findMany({ where: { resultSetId: set.id }, select: { versionNo: true } }),
      };
    },
    'bulletins.list': async () => ({ query: { yearId: (await published()).year.id } }),
    'bulletins.get': async () => ({ params: { id: (await published()).bulletinId! } }),
    'bulletins.receipt': async () => ({ params: { id: (await published()).bulletinId!, unitId: CD } }),
    'bulletins.print': async () => ({ params: { id: (await published()).bulletinId! } }),
    'bulletins.pdf': async () => ({ params: { id: (await published()).bulletinId! } }),
    'bulletins.export': async () => ({ params: { id: (await published()).bulletinId! } }),
    'results.mine': async () => ({}),
    'appeals.list': async () => ({ query: { pageSize: '5' } }),
    'appeals.file': async () => {
      const w = await miniBulletin(db, seeded, fx, t.clock.now());
      return {
        body: { bulletinId: w.bulletinId, lineKey: `target:${w.target.id}`, reason: '该目标已全部完成，请复核' },
        state: () => db.appeal.findMany({ where: { bulletinId: w.bulletinId! }, select: { lineKey: true, status: true } }),
      };
    },
    'appeals.evidence': async () => {
      const a = await openAppeal();
      const { payload, headers } = docxUpload(Buffer.from('%PDF-1.4\n%%EOF\n'), '申诉佐证.pdf');
      return { params: { id: a.id }, body: payload, headers, state: () => db.document.findMany({ where: { appealId: a.id } }) };
    },
    'appeals.accept': async () => {
      const a = await openAppeal();
      return { params: { id: a.id }, body: { version: 1, reason: '复核属实' }, state: () => db.appeal.findUnique({ where: { id: a.id } }) };
    },
    'appeals.reject': async () => {
      const a = await openAppeal();
      return { params: { id: a.id }, body: { version: 1, reason: '依据不足' }, state: () => db.appeal.findUnique({ where: { id: a.id } }) };
    },
    'holidays.list': async () => ({ query: { year: '2026' } }),
    'holidays.set': async () => {
      const year = 2040 + (fx.next() % 50);
      return {
        body: { year, items: [{ date: `${year}-10-01`, name: '国庆节' }] },
        state: () => db.holiday.findMany({ where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) } } }),
      };
    },
    'assessmentPeriods.create': async () => {
      const name = `专项考核${fx.next()}`;
      return {
        body: { yearId: seeded.yearId, kind: 'SPECIAL', name, targetTypeId: safetyType },
        state: () => db.assessmentPeriod.findFirst({ where: { yearId: seeded.yearId, name } }),
      };
    },
    'assessmentPeriods.update': async () => {
      const { period } = await assessmentPeriod('NOT_STARTED');
      return { params: { id: period.id }, body: { name: `${period.name}（改）`, version: 1 }, state: periodRow(period.id) };
    },
    'assessmentPeriods.delete': async () => {
      const { period } = await assessmentPeriod('NOT_STARTED');
      return { params: { id: period.id }, query: { version: '1' }, state: periodRow(period.id) };
    },
    'assessmentProcesses.open': async () => {
      const { process } = await assessmentPeriod('NOT_STARTED');
      return { params: { id: process.id }, body: { version: 1 }, state: processRow(process.id) };
    },
    'assessmentProcesses.close': async () => {
      const { process } = await assessmentPeriod('OPEN');
      return { params: { id: process.id }, body: { version: 1 }, state: processRow(process.id) };
    },
    'assessmentProcesses.reset': async () => {
      const { process } = await assessmentPeriod('CLOSED');
      return { params: { id: process.id }, body: { version: 1, reason: '补录考核记录' }, state: processRow(process.id) };
    },
  };
  return { recipes, sessions, roles, seeded };
}
