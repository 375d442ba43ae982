import { activate, apiAs, serverNow, strongPassword, uniqueTag } from './api';
import {
  addAssessedUnits,
  approveTarget,
  createAccount,
  createOrder,
  createTarget,
  createUnit,
  listCategories,
  listIndicators,
  listTargetTypes,
  listUnits,
  listYears,
  onboardPerson,
  periodKeys,
  publishTarget,
  returnTarget,
  reviseTarget,
  submitReport,
  submitTarget,
  uploadReportDocument,
  uploadTargetDocument,
  type ApiClient,
  type IndicatorNode,
  type TargetDetail,
} from '@jx/contract';

/**
 * Data a spec makes for itself through the API, so that what it asserts on never depends on the seed's random stream,
 * on the date, or on what another spec (possibly running at the same time) wrote. The seeded demo accounts (leader,
 * perf, safety …) still act on it: they see every unit.
 */

export interface WorldAccount {
  username: string;
  password: string;
  personId: string;
  /** The person's name (a responsible person is picked by it). */
  personName: string;
}

/** A unit of its own: a 市州 bureau assessed in the demo year (category CITY), its 责任单位管理员 and one 责任人. */
export interface UnitWorld {
  tag: string;
  unit: { id: string; name: string };
  yearId: string;
  admin: WorldAccount;
  staff: WorldAccount;
}

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

/** The calendar day in Beijing `days` after `at`, as a date field takes it (`YYYY-MM-DD`). */
export const beijingDate = (at: Date, days = 0) => new Date(at.getTime() + BEIJING + days * DAY).toISOString().slice(0, 10);

/** The reporting period `at` falls in (Beijing time): `M09`, or `Q3` for a quarterly type. */
export function periodAt(at: Date, rhythm: 'MONTHLY' | 'QUARTERLY'): string {
  const month = new Date(at.getTime() + BEIJING).getUTCMonth() + 1;
  return rhythm === 'MONTHLY' ? `M${String(month).padStart(2, '0')}` : `Q${Math.ceil(month / 3)}`;
}

/** How a period reads on the pages: M09 → 9月, Q3 → 第三季度. */
export function periodLabel(key: string): string {
  if (key.startsWith('M')) return `${Number(key.slice(1))}月`;
  return `第${['一', '二', '三', '四'][Number(key.slice(1)) - 1]}季度`;
}

/** The demo year: the one the server's "now" falls in. */
export async function demoYear(api: ApiClient) {
  const year = Number(beijingDate(await serverNow()).slice(0, 4));
  const found = (await api.call(listYears)).find((y) => y.year === year);
  if (!found) throw new Error(`没有 ${year} 年度`);
  return found;
}

async function onboard(admin: ApiClient, unitId: string, name: string, tag: string, startDate: string) {
  return admin.call(onboardPerson, { body: { staffNo: `E2E-${tag}`, name, gender: '女', unitId, position: '科员', startDate } });
}

async function account(
  admin: ApiClient,
  opts: { username: string; displayName: string; personId: string; personName: string; unitId: string; role: 'UNIT_ADMIN' | 'UNIT_STAFF' },
): Promise<WorldAccount> {
  const issued = strongPassword();
  await admin.call(createAccount, {
    body: {
      username: opts.username,
      displayName: opts.displayName,
      personId: opts.personId,
      password: issued,
      access: { roles: [opts.role], unitId: opts.unitId, portfolioUnitIds: [], portfolioTargetTypeIds: [] },
    },
  });
  const password = strongPassword();
  await activate(opts.username, issued, password);
  return { username: opts.username, password, personId: opts.personId, personName: opts.personName };
}

/**
 * A fresh unit with its two accounts, ready to sign in (initial passwords already changed); assessed in the demo year's
 * 市州 category, or in `categoryId`.
 */
export async function createUnitWorld(label = 'E2E 测试交通运输局', opts: { categoryId?: string } = {}): Promise<UnitWorld> {
  const tag = uniqueTag();
  const [admin, perf] = await Promise.all([apiAs('admin'), apiAs('perf')]);
  const root = (await admin.call(listUnits))[0]!;
  const unit = await admin.call(createUnit, { body: { code: `E2E-${tag}`, name: `${label}${tag}`, kind: 'CITY_BUREAU', parentId: root.id, sortOrder: 9000 } });
  const year = await demoYear(perf);
  const categoryId = opts.categoryId ?? (await perf.call(listCategories, { query: { yearId: year.id } })).find((c) => c.code === 'CITY')?.id;
  if (!categoryId) throw new Error('演示年度没有市州类别（CITY）');
  await perf.call(addAssessedUnits, { body: { categoryId, unitIds: [unit.id] } });
  const since = `${year.year}-01-01`;
  const [adminPerson, staffPerson] = await Promise.all([
    onboard(admin, unit.id, `联络员${tag}`, `${tag}-A`, since),
    onboard(admin, unit.id, `责任人${tag}`, `${tag}-S`, since),
  ]);
  const [unitAdmin, staff] = await Promise.all([
    account(admin, {
      username: `e2e.${tag}`,
      displayName: `联络员${tag}`,
      personId: adminPerson.id,
      personName: adminPerson.name,
      unitId: unit.id,
      role: 'UNIT_ADMIN',
    }),
    account(admin, {
      username: `e2e.${tag}.staff`,
      displayName: `责任人${tag}`,
      personId: staffPerson.id,
      personName: staffPerson.name,
      unitId: unit.id,
      role: 'UNIT_STAFF',
    }),
  ]);
  return { tag, unit: { id: unit.id, name: unit.name }, yearId: year.id, admin: unitAdmin, staff };
}

export interface TargetOptions {
  title: string;
  /** Target type code (default SAFETY, reported monthly). */
  typeCode?: string;
  /** Planned cumulative percent per period (default: even steps to 100 % at the year's end). */
  milestones?: { period: string; plannedPercent: number }[];
}

function firstLeaf(nodes: IndicatorNode[]): IndicatorNode | undefined {
  for (const n of nodes) {
    if (n.children.length === 0) return n;
    const leaf = firstLeaf(n.children);
    if (leaf) return leaf;
  }
  return undefined;
}

/** As the unit's administrator: declares the target (staff responsible for 100 %) and submits it for review. */
export async function declaredTarget(world: UnitWorld, opts: TargetOptions): Promise<TargetDetail> {
  const unit = await apiAs(world.admin.username, world.admin.password);
  const types = await unit.call(listTargetTypes);
  const type = types.find((t) => t.code === (opts.typeCode ?? 'SAFETY'));
  if (!type) throw new Error(`没有目标类型 ${opts.typeCode}`);
  const tree = await unit.call(listIndicators, { query: { yearId: world.yearId } });
  // A first-level indicator of the type's own, else one that no type claims (decision 0005).
  const leaf = firstLeaf(tree.roots.filter((r) => r.targetTypeId === type.id)) ?? firstLeaf(tree.roots.filter((r) => !r.targetTypeId));
  if (!leaf) throw new Error(`${type.name}没有末级指标`);
  const keys = periodKeys(type.reportingRhythm);
  const year = (await demoYear(unit)).year;
  const created = await unit.call(createTarget, {
    body: {
      yearId: world.yearId,
      unitId: world.unit.id,
      targetTypeId: type.id,
      indicatorId: leaf.id,
      title: opts.title,
      content: `${opts.title}：工作内容。`,
      measures: '成立专班，按月调度，季度督查。',
      deadline: `${year}-12-31`,
      expectedResult: '年底前全面完成并通过验收。',
      maxScore: '5',
      milestones: opts.milestones ?? keys.map((period, i) => ({ period, plannedPercent: Math.round(((i + 1) * 100) / keys.length) })),
      responsibles: [{ personId: world.staff.personId, share: '100' }],
    },
  });
  return unit.call(submitTarget, { params: { id: created.id }, body: { version: created.version } });
}

/** Declared, approved and published (目标绩效办): the plan is in force from the server's "now". */
export async function publishedTarget(world: UnitWorld, opts: TargetOptions): Promise<TargetDetail> {
  const submitted = await declaredTarget(world, opts);
  const perf = await apiAs('perf');
  const approved = await perf.call(approveTarget, { params: { id: submitted.id }, body: { version: submitted.version } });
  return perf.call(publishTarget, { params: { id: approved.id }, body: { version: approved.version } });
}

/** Declared and returned by 目标绩效办 with a reason: it waits for the unit to change it. */
export async function returnedTarget(world: UnitWorld, opts: TargetOptions & { reason?: string }): Promise<TargetDetail> {
  const submitted = await declaredTarget(world, opts);
  const perf = await apiAs('perf');
  return perf.call(returnTarget, { params: { id: submitted.id }, body: { version: submitted.version, reason: opts.reason ?? '请细化季度节点' } });
}

/** Declared and approved, waiting to be published. */
export async function approvedTarget(world: UnitWorld, opts: TargetOptions): Promise<TargetDetail> {
  const submitted = await declaredTarget(world, opts);
  return (await apiAs('perf')).call(approveTarget, { params: { id: submitted.id }, body: { version: submitted.version } });
}

/** A revision (修订) of a published target started by the unit: a draft, the published plan still in force. */
export async function revisionInProgress(world: UnitWorld, target: TargetDetail): Promise<TargetDetail> {
  const unit = await apiAs(world.admin.username, world.admin.password);
  return unit.call(reviseTarget, { params: { id: target.id }, body: { version: target.version, reason: '根据年中调度调整目标' } });
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const docxForm = (fileName: string, docx: Buffer) => {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(docx)], { type: DOCX }), fileName);
  return form;
};

/** The responsible person reports a period (the current one by default), optionally with a Word document. */
export async function reportedPeriod(
  world: UnitWorld,
  target: TargetDetail,
  opts: { actualPercent: number; periodKey?: string; narrative?: string; document?: { fileName: string; docx: Buffer } },
) {
  const staff = await apiAs(world.staff.username, world.staff.password);
  const periodKey = opts.periodKey ?? periodAt(await serverNow(), target.reportingRhythm);
  const report = await staff.call(submitReport, {
    params: { id: target.id },
    body: { periodKey, actualPercent: opts.actualPercent, narrative: opts.narrative ?? `${periodLabel(periodKey)}按计划推进。` },
  });
  if (opts.document) await staff.call(uploadReportDocument, { params: { id: report.id }, formData: docxForm(opts.document.fileName, opts.document.docx) });
  return report;
}

/** A 工作文档 on the target, uploaded by the unit's administrator. */
export async function targetDocument(world: UnitWorld, target: TargetDetail, fileName: string, docx: Buffer) {
  const unit = await apiAs(world.admin.username, world.admin.password);
  return unit.call(uploadTargetDocument, { params: { id: target.id }, formData: docxForm(fileName, docx) });
}

/** A 督办 by the leader on the target, due `days` after the server's today. */
export async function issuedOrder(target: TargetDetail, instruction: string, days = 10) {
  const leader = await apiAs('leader');
  return leader.call(createOrder, { params: { id: target.id }, body: { instruction, dueDate: beijingDate(await serverNow(), days) } });
}
