// Checks the demo seed against a throwaway embedded PostgreSQL:
//   - seeds two fresh databases and compares their data (the seed must be deterministic);
//   - checks the invariants the app relies on (one open assignment per active person, categories, accounts…);
//   - runs the seed a second time on a seeded database and checks the failure left nothing behind.
// It lives with the API because it seeds with the API's document store and conversion and re-converts stored files
// with them (the seed itself imports nothing from apps/api, decision 0017). Not a vitest file: it starts its own
// PostgreSQL and seeds twice. Run from the repository root:  pnpm --filter @jx/api exec tsx test/seed/seed.check.ts
// Removes its temporary folder when done.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations, createPrismaClient, databaseUrl, ensureDatabase, startEmbeddedPostgres, type PrismaClient } from '@jx/db';
import { computeWarning, isReportLate, periodEnd } from '@jx/contract';
import { convertDocxInProcess } from '../../src/modules/documents/convert.ts';
import { STORED_NAME_PATTERN } from '../../src/modules/documents/file-name.ts';
import { createLocalDiskStorage, type LocalDiskStorage } from '../../src/modules/documents/storage/index.ts';
import { seedDocumentDeps } from '../../src/seed-if-empty.ts';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { SHOWCASE_TARGETS, SHOWCASE_UNIT } from '../../../../prisma/seed/documents.ts';
import { formatSeedSummary, seedDemoProvince, type SeedSummary } from '../../../../prisma/seed/index.ts';
import { DUE_DAY } from '../../../../prisma/seed/reports.ts';
import { buildAccounts } from '../../../../prisma/seed/accounts.ts';
import { buildFramework, buildYears } from '../../../../prisma/seed/categories.ts';
import { buildIndicators } from '../../../../prisma/seed/indicators.ts';
import { buildPersons } from '../../../../prisma/seed/persons.ts';
import { buildTargets } from '../../../../prisma/seed/targets.ts';
import { seedDemoResults } from '../../src/demo/seed-results.ts';

const YEAR = 2026;
const NOW = new Date('2026-10-15T02:00:00.000Z');
const hashPassword = async (plain: string) => `x:${plain}`;

/** Every seeded table in a stable order, without the columns the database fills from its own clock. */
async function dump(db: PrismaClient) {
  const noClock = { createdAt: true, updatedAt: true } as const;
  return {
    units: await db.unit.findMany({ orderBy: { code: 'asc' }, omit: noClock }),
    targetTypes: await db.targetType.findMany({ orderBy: { code: 'asc' }, omit: noClock }),
    years: await db.year.findMany({ orderBy: { year: 'asc' }, omit: noClock }),
    categories: await db.assessmentCategory.findMany({ orderBy: [{ yearId: 'asc' }, { code: 'asc' }], omit: noClock }),
    categoryTargetTypes: await db.categoryTargetType.findMany({ orderBy: [{ categoryId: 'asc' }, { targetTypeId: 'asc' }] }),
    assessedUnits: await db.assessedUnit.findMany({ orderBy: [{ yearId: 'asc' }, { unitId: 'asc' }], omit: noClock }),
    indicators: await db.indicator.findMany({ orderBy: [{ yearId: 'asc' }, { code: 'asc' }], omit: noClock }),
    proposals: await db.frameworkProposal.findMany({ orderBy: { id: 'asc' } }),
    persons: await db.person.findMany({ orderBy: { staffNo: 'asc' }, omit: noClock }),
    assignments: await db.personAssignment.findMany({ orderBy: [{ personId: 'asc' }, { startDate: 'asc' }], omit: { createdAt: true } }),
    accounts: await db.account.findMany({ orderBy: { username: 'asc' }, omit: noClock }),
    portfolioUnits: await db.accountPortfolioUnit.findMany({ orderBy: [{ accountId: 'asc' }, { unitId: 'asc' }] }),
    portfolioTargetTypes: await db.accountPortfolioTargetType.findMany({ orderBy: [{ accountId: 'asc' }, { targetTypeId: 'asc' }] }),
    announcements: await db.announcement.findMany({ orderBy: { id: 'asc' } }),
    specialTasks: await db.specialTask.findMany({ orderBy: { id: 'asc' }, omit: noClock }),
    targets: await db.target.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
    milestones: await db.targetMilestone.findMany({ orderBy: [{ targetId: 'asc' }, { period: 'asc' }] }),
    responsibles: await db.targetResponsible.findMany({ orderBy: [{ targetId: 'asc' }, { personId: 'asc' }] }),
    revisions: await db.targetRevision.findMany({ orderBy: { id: 'asc' } }),
    reports: await db.progressReport.findMany({ orderBy: { id: 'asc' }, omit: noClock }),
    comments: await db.comment.findMany({ orderBy: { id: 'asc' } }),
    orders: await db.supervisionOrder.findMany({ orderBy: { id: 'asc' }, omit: { updatedAt: true } }),
    documents: await db.document.findMany({ orderBy: { id: 'asc' } }),
  };
}
type Dump = Awaited<ReturnType<typeof dump>>;

function checkInvariants(d: Dump, summary: SeedSummary): void {
  const unitById = new Map(d.units.map((u) => [u.id, u]));
  const root = d.units.find((u) => u.code === 'ROOT');
  assert.ok(root && root.parentId === null && root.kind === 'HQ_DIVISION', 'root unit');
  assert.ok(
    d.units.every((u) => u.active && (u.id === root.id || u.parentId === root.id)),
    'every unit active, under the root',
  );
  const kinds = (k: string) => d.units.filter((u) => u.kind === k && u.id !== root.id).length;
  assert.equal(kinds('CITY_BUREAU'), 21, '21 市州交通运输局');
  assert.equal(kinds('ENTERPRISE'), 3, '3 企业');
  assert.ok(kinds('HQ_DIVISION') >= 10 && kinds('DIRECT_UNIT') >= 8, 'divisions and direct units');
  assert.ok(
    d.units.every((u) => /^[A-Za-z0-9_.-]{2,32}$/.test(u.code) && (u.shortName ?? '').length <= 20),
    'unit codes and short names fit the contract',
  );

  // Years, categories, assessed units.
  assert.deepEqual(
    d.years.map((y) => [y.year, y.status, y.name]),
    [
      [YEAR - 1, 'CLOSED', `${YEAR - 1}年度`],
      [YEAR, 'ACTIVE', `${YEAR}年度`],
    ],
  );
  const typeCode = new Map(d.targetTypes.map((t) => [t.id, t.code]));
  for (const y of d.years) {
    const cats = d.categories.filter((c) => c.yearId === y.id);
    assert.equal(cats.length, 4, 'four categories per year');
    const typesOf = (code: string) =>
      d.categoryTargetTypes
        .filter((ct) => ct.categoryId === cats.find((c) => c.code === code)!.id)
        .map((ct) => typeCode.get(ct.targetTypeId))
        .sort();
    assert.deepEqual(typesOf('HQ'), ['FUNCTIONAL', 'INTEGRITY', 'ORGAN', 'SAFETY', 'SPECIAL']);
    assert.deepEqual(typesOf('CITY'), ['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'SPECIAL'], 'no 机关建设 for city bureaus');
    const assessed = d.assessedUnits.filter((a) => a.yearId === y.id);
    assert.equal(assessed.length, d.units.length - 1, 'every unit but the root is assessed');
    for (const a of assessed) {
      const kind = unitById.get(a.unitId)!.kind;
      const cat = cats.find((c) => c.id === a.categoryId)!;
      assert.equal(
        { HQ_DIVISION: 'HQ', DIRECT_UNIT: 'DIRECT', CITY_BUREAU: 'CITY', ENTERPRISE: 'ENTERPRISE' }[kind],
        cat.code,
        'unit in the category of its kind',
      );
    }
  }

  // Indicator trees: the Sichuan first level, 2–5 second-level indicators each, some third-level ones, every
  // sibling set exactly 100 %, and the year before a little different from the demo year.
  const treeOf = (yearId: string) => d.indicators.filter((i) => i.yearId === yearId);
  const shape = (yearId: string) =>
    treeOf(yearId)
      .map((i) => `${i.code}:${i.name}:${i.weightBp}`)
      .sort();
  for (const y of d.years) {
    const rows = treeOf(y.id);
    const byId = new Map(rows.map((i) => [i.id, i]));
    const first = rows.filter((i) => i.parentId === null).sort((a, b) => a.sortOrder - b.sortOrder);
    assert.deepEqual(
      first.map((i) => [i.name, i.weightBp]),
      [
        ['职能职责', 6000],
        ['行政效能', 1500],
        ['服务质量', 1500],
        ['自身建设', 1000],
      ],
      `${y.year}: first level`,
    );
    for (const f of first) {
      const second = rows.filter((i) => i.parentId === f.id);
      assert.ok(second.length >= 2 && second.length <= 5, `${y.year} ${f.name}: 2–5 second-level indicators`);
    }
    const parents = [null, ...rows.map((i) => i.id)];
    for (const p of parents) {
      const kids = rows.filter((i) => i.parentId === p);
      if (kids.length)
        assert.equal(
          kids.reduce((s, k) => s + k.weightBp, 0),
          10_000,
          `${y.year}: siblings under ${p ?? 'the root'} sum to 100 %`,
        );
    }
    for (const i of rows) {
      assert.equal(i.level, i.parentId ? byId.get(i.parentId)!.level + 1 : 1, `${i.code}: level`);
      assert.ok(i.level <= 3 && i.weightBp > 0 && i.weightBp <= 10_000, `${i.code}: level and weight in range`);
      assert.ok(i.targetTypeId === null || i.level === 1, `${i.code}: only first-level indicators name a target type`);
      assert.ok(/^[A-Za-z0-9_.-]{1,32}$/.test(i.code) && i.name.length <= 60, `${i.code}: fits the contract`);
    }
    assert.ok(
      rows.some((i) => i.level === 3),
      `${y.year}: some third-level indicators`,
    );
  }
  assert.notDeepEqual(shape(d.years[0]!.id), shape(d.years[1]!.id), 'the two years have different trees');

  // 指标修改提议 (0029): one pending CREATE of 安监处 (the 安全生产 type's owner, account safety) in the demo year — a
  // new first-level 安全生产 indicator, shaped as the proposals service writes it, dated by the seed's clock.
  const safetyType = d.targetTypes.find((t) => t.code === 'SAFETY')!;
  const safetyAccount = d.accounts.find((a) => a.username === 'safety')!;
  assert.equal(d.proposals.length, 1, 'one framework proposal');
  const proposal = d.proposals[0]!;
  const demoYear = d.years.find((y) => y.year === YEAR)!;
  assert.deepEqual(
    [proposal.kind, proposal.status, proposal.yearId, proposal.targetTypeId, proposal.proposedById, proposal.parentId, proposal.indicatorId],
    ['CREATE', 'PENDING', demoYear.id, safetyType.id, safetyAccount.id, null, null],
    'a pending proposal of 安监处 for a new 安全生产 indicator of the demo year',
  );
  assert.equal(safetyAccount.unitId, safetyType.ownerUnitId, 'the proposer belongs to the type’s owning department');
  assert.equal(proposal.before, null);
  const after = proposal.after as { code: string; name: string; description: string | null; weightPercent: string; sortOrder: number };
  assert.deepEqual(Object.keys(after).sort(), ['code', 'description', 'name', 'sortOrder', 'weightPercent']);
  assert.ok(
    /^\d{1,3}\.\d{2}$/.test(after.weightPercent) && Number(after.weightPercent) > 0 && Number(after.weightPercent) <= 100,
    'a weight as the service formats it',
  );
  assert.ok(/[\u4e00-\u9fff]/.test(after.name) && after.name.length <= 60 && /^[A-Za-z0-9_.-]{1,32}$/.test(after.code), 'a Chinese name and a valid code');
  assert.ok(!treeOf(demoYear.id).some((i) => i.parentId === null && i.code === after.code), 'the proposed code is free among the first-level indicators');
  assert.ok(proposal.decidedAt === null && proposal.decidedById === null && proposal.decisionReason === null && proposal.version === 1, 'undecided');
  assert.ok(proposal.createdAt <= NOW && proposal.createdAt.getTime() > NOW.getTime() - 30 * 24 * 60 * 60 * 1000, 'proposed recently, by the seed clock');

  // Persons and their histories.
  const active = d.persons.filter((p) => p.status === 'ACTIVE');
  const departed = d.persons.filter((p) => p.status === 'DEPARTED');
  assert.ok(active.length >= 180 && active.length <= 260, `about 200 active persons (got ${active.length})`);
  assert.equal(departed.length, 3, 'three departed persons');
  assert.equal(new Set(d.persons.map((p) => p.phone)).size, d.persons.length, 'distinct phones');
  assert.equal(new Set(d.persons.map((p) => p.name)).size, d.persons.length, 'distinct names');
  let transfers = 0;
  for (const p of d.persons) {
    assert.ok(/^P\d{5}$/.test(p.staffNo) && /^138\d{8}$/.test(p.phone ?? '') && (p.gender === '男' || p.gender === '女'), `person fields ${p.staffNo}`);
    const hist = d.assignments.filter((a) => a.personId === p.id);
    assert.ok(hist.length > 0, `${p.staffNo} has a history`);
    for (let i = 0; i < hist.length; i++) {
      const a = hist[i]!;
      const next = hist[i + 1];
      if (next) {
        assert.equal(a.endReason, 'TRANSFER', `${p.staffNo}: only a transfer is followed by another assignment`);
        assert.equal(a.endDate?.getTime(), next.startDate.getTime(), `${p.staffNo}: a transfer opens the next assignment that day`);
        assert.notEqual(a.unitId, next.unitId, `${p.staffNo}: a transfer changes the unit`);
        transfers++;
      }
      if (a.endDate) assert.ok(a.endDate > a.startDate, `${p.staffNo}: assignment ends after it starts`);
      assert.ok(a.startDate < NOW, `${p.staffNo}: assignment starts in the past`);
    }
    const last = hist[hist.length - 1]!;
    if (p.status === 'ACTIVE') {
      assert.ok(last.endDate === null && last.endReason === null, `${p.staffNo}: open assignment`);
      assert.equal(hist.filter((a) => a.endDate === null).length, 1, `${p.staffNo}: exactly one open assignment`);
      assert.equal(p.unitId, last.unitId, `${p.staffNo}: unitId is the open assignment's unit`);
      assert.equal(p.position, last.position, `${p.staffNo}: position is the open assignment's`);
    } else {
      assert.ok(p.unitId === null && last.endReason === 'DEPART' && last.endDate !== null, `${p.staffNo}: departed`);
    }
  }
  assert.ok(transfers >= 5, `at least five transfers (got ${transfers})`);
  for (const u of d.units) {
    const n = active.filter((p) => p.unitId === u.id).length;
    assert.ok(n >= 3 && n <= 8, `${u.code}: 3–8 persons (got ${n})`);
  }

  // Accounts.
  const personById = new Map(d.persons.map((p) => [p.id, p]));

  const unitAccount = /^unit\.[a-z]+-[a-z]+$/;
  assert.deepEqual(
    d.accounts.map((a) => a.username).filter((u) => !unitAccount.test(u)),
    ['admin', 'auditor', 'deputy', 'integrity', 'leader', 'party', 'perf', 'safety', 'staff.chengdu', 'unit.chengdu', 'unit.mianyang'],
  );
  // Every assessed unit has its own administrator account, so that no unit's reports are filed by someone else.
  for (const au of d.assessedUnits) {
    assert.ok(
      d.accounts.some((a) => a.unitId === au.unitId && a.roles.includes('UNIT_ADMIN')),
      `${unitById.get(au.unitId)!.code}: has a 责任单位管理员 account`,
    );
  }
  for (const a of d.accounts) {
    const person = personById.get(a.personId ?? '');
    assert.ok(person && person.status === 'ACTIVE', `${a.username}: linked to an active person`);
    assert.ok(a.status === 'ACTIVE' && !a.mustChangePassword && a.passwordHash === 'x:Demo#2026', `${a.username}: usable demo login`);
    assert.equal(a.passwordChangedAt.getTime(), NOW.getTime(), `${a.username}: password changed now`);
    assert.ok(/^[a-z][a-z0-9._-]{2,31}$/.test(a.username), `${a.username}: username fits the contract`);
    assert.equal(a.roles.length, 1, `${a.username}: one role`);
    const needsUnit = a.roles.some((r) => r === 'FUNC_DEPT' || r === 'UNIT_ADMIN' || r === 'UNIT_STAFF' || r === 'PERF_OFFICE');
    if (needsUnit) assert.equal(a.unitId, person.unitId, `${a.username}: acts for the person's unit`);
    else assert.equal(a.unitId, null, `${a.username}: not scoped to a unit`);
  }
  const byName = (u: string) => d.accounts.find((a) => a.username === u)!;
  const code = (id: string) => unitById.get(id)!.code;
  assert.equal(code(byName('safety').unitId!), 'HQ-AJC');
  assert.equal(code(byName('integrity').unitId!), 'HQ-JCS');
  assert.equal(code(byName('party').unitId!), 'HQ-DW');
  assert.equal(code(byName('perf').unitId!), 'HQ-JXB');
  assert.equal(code(byName('unit.mianyang').unitId!), 'CITY-MY');
  const deputy = byName('deputy').id;
  assert.deepEqual(
    d.portfolioUnits
      .filter((p) => p.accountId === deputy)
      .map((p) => code(p.unitId))
      .sort(),
    ['CITY-CD', 'CITY-DY', 'CITY-MY', 'DU-GGJ', 'DU-GLJ'],
  );
  assert.deepEqual(
    d.portfolioTargetTypes.map((p) => [p.accountId, typeCode.get(p.targetTypeId)]),
    [[deputy, 'SAFETY']],
  );
  const owner = (c: string) => code(d.targetTypes.find((t) => t.code === c)!.ownerUnitId);
  assert.deepEqual(['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'ORGAN', 'SPECIAL'].map(owner), ['HQ-GHC', 'HQ-JCS', 'HQ-AJC', 'HQ-DW', 'HQ-JXB']);
  const rhythm = (c: string) => d.targetTypes.find((t) => t.code === c)!.reportingRhythm;
  assert.deepEqual(['FUNCTIONAL', 'INTEGRITY', 'SAFETY', 'ORGAN', 'SPECIAL'].map(rhythm), ['MONTHLY', 'QUARTERLY', 'MONTHLY', 'QUARTERLY', 'MONTHLY']);

  // Announcements.
  const published = d.announcements.filter((a) => a.status === 'PUBLISHED');
  assert.ok(published.length >= 3 && published.every((a) => a.publishedAt && a.publishedAt < NOW), 'published in the past');
  assert.equal(d.announcements.filter((a) => a.pinned).length, 1, 'one pinned');
  assert.equal(d.announcements.filter((a) => a.status === 'DRAFT' && a.publishedAt === null).length, 1, 'one draft');
  assert.ok(
    d.announcements.every((a) => a.title.length <= 100 && a.body.length <= 10_000 && a.body.includes('\n')),
    'announcement sizes',
  );

  // The summary reports what was written.
  assert.equal(summary.counts.units, d.units.length);
  assert.equal(summary.counts.persons, d.persons.length);
  assert.equal(summary.counts.personAssignments, d.assignments.length);
  assert.equal(summary.counts.assessedUnits, d.assessedUnits.length);
  assert.equal(summary.counts.indicators, d.indicators.length);
  assert.equal(summary.counts.frameworkProposals, d.proposals.length);
  assert.equal(summary.accounts.length, d.accounts.length);

  // Targets of the active year: 25–40 per assessed unit, on leaves, types that apply, plans ending at 100 %, shares
  // summing to 100 % among the unit's active persons, a revision per publish, review queues not empty.
  const targetYear = d.years.find((y) => y.year === YEAR)!;
  const leafIds = new Set(d.indicators.filter((i) => i.yearId === targetYear.id && !d.indicators.some((c) => c.parentId === i.id)).map((i) => i.id));
  for (const au of d.assessedUnits.filter((a) => a.yearId === targetYear.id)) {
    const mine = d.targets.filter((x) => x.unitId === au.unitId && x.yearId === targetYear.id);
    // A 厅机关处室 has a handful of functional targets of its own function; the units 16–17 of the business.
    const [min, max] = unitById.get(au.unitId)!.code.startsWith('HQ-') ? [12, 30] : [25, 40];
    assert.ok(mine.length >= min && mine.length <= max, `targets of ${unitById.get(au.unitId)!.code}: ${mine.length}`);
    const applies = new Set(d.categoryTargetTypes.filter((c) => c.categoryId === au.categoryId).map((c) => c.targetTypeId));
    assert.ok(
      mine.every((x) => applies.has(x.targetTypeId)),
      'target types apply to the category',
    );
  }
  const leavesOf = (yearId: string) =>
    new Set(d.indicators.filter((i) => i.yearId === yearId && !d.indicators.some((c) => c.parentId === i.id)).map((i) => i.id));
  for (const y of d.years) {
    const leaves = leavesOf(y.id);
    assert.ok(
      d.targets.filter((x) => x.yearId === y.id).every((x) => leaves.has(x.indicatorId) && x.deadline.getUTCFullYear() === y.year),
      `${y.year}: targets on leaves, deadline in the year`,
    );
  }
  assert.ok(leafIds.size > 0);
  // The year before is finished: fewer targets per unit, every one published as planned (no 修订 left open).
  const yearBefore = d.years.find((y) => y.year === YEAR - 1)!;
  const before = d.targets.filter((x) => x.yearId === yearBefore.id);
  for (const au of d.assessedUnits.filter((a) => a.yearId === yearBefore.id)) {
    const n = before.filter((x) => x.unitId === au.unitId).length;
    assert.ok(
      n >= 6 && n < d.targets.filter((x) => x.yearId === targetYear.id && x.unitId === au.unitId).length,
      `${YEAR - 1} targets of ${code(au.unitId)}: ${n}`,
    );
  }
  assert.ok(
    before.every((x) => x.status === 'PUBLISHED' && x.publishedRevisionNo === 1),
    `${YEAR - 1}: every target published`,
  );

  for (const x of d.targets) {
    const ms = d.milestones.filter((m) => m.targetId === x.id);
    assert.ok(
      ms.length > 0 && ms.at(-1)!.plannedPercent === 100 && ms.every((m, k) => k === 0 || m.plannedPercent >= ms[k - 1]!.plannedPercent),
      `plan of ${x.title}`,
    );
    const rs = d.responsibles.filter((r) => r.targetId === x.id);
    assert.equal(
      rs.reduce((a, r) => a + r.shareBp, 0),
      10_000,
      `shares of ${x.title}`,
    );
    assert.ok(
      rs.every((r) => d.persons.find((p) => p.id === r.personId)?.unitId === x.unitId),
      'responsibles work in the unit',
    );
    const revs = d.revisions.filter((r) => r.targetId === x.id);
    assert.equal(revs.filter((r) => r.status === 'PUBLISHED').length, x.publishedRevisionNo ?? 0, `revisions of ${x.title}`);
  }
  // By October the year's targets are in force: a handful still in review or returned, a few 修订 under way.
  const unpublished = d.targets.filter((x) => x.publishedRevisionNo === null && x.yearId === targetYear.id);
  assert.ok(unpublished.some((x) => x.status === 'SUBMITTED') && unpublished.length <= 20, `never published: ${unpublished.length}`);
  assert.ok(d.targets.filter((x) => x.publishedRevisionNo === 1 && x.status !== 'PUBLISHED').length <= 40, 'a few 修订 under way');
  // Times read in order: declared, then its revision 1 opened and published, a 修订 opened after that, all before now.
  for (const x of d.targets) {
    const revs = d.revisions.filter((r) => r.targetId === x.id).sort((p, q) => p.revisionNo - q.revisionNo);
    let last = x.createdAt;
    for (const r of revs) {
      assert.ok(r.createdAt >= last && (!r.publishedAt || r.publishedAt > r.createdAt), `times of ${x.title} revision ${r.revisionNo}`);
      last = r.publishedAt ?? r.createdAt;
    }
    assert.ok(last <= NOW, `${x.title}: nothing after now`);
  }
  // Each division works on its own function: no road or bridge works for 办公室, 机关党委, 人事处 and the like.
  const roadWorks = /公路|桥梁|航道|服务区/;
  for (const x of d.targets.filter((t) => ['HQ-BGS', 'HQ-DW', 'HQ-RSC', 'HQ-CWC', 'HQ-JCS', 'HQ-KJC', 'HQ-JXB'].includes(code(t.unitId)))) {
    assert.ok(!(typeCode.get(x.targetTypeId) === 'FUNCTIONAL' && roadWorks.test(x.title)), `${code(x.unitId)} owns ${x.title}`);
  }
  assert.ok(d.targets.filter((x) => x.publishedRevisionNo === 1 && x.status !== 'PUBLISHED').length >= 5, 'revisions in progress');
  assert.equal(d.specialTasks.length, 2, 'two special tasks');
  assert.ok(
    d.specialTasks.every((s) => d.targets.filter((x) => x.specialTaskId === s.id && x.origin === 'SPECIAL').length >= 5),
    'special tasks decomposed',
  );
  checkExecution(d);
}

/**
 * Word work documents: stored like uploads (file under a generated name with the recorded sha256 and size), about one
 * report in eight plus every report of the showcase targets of 成都, real headings and a 完成情况统计 table, and a
 * sample converted for real gives exactly the stored HTML, text and title.
 */
async function checkDocuments(d: Dump, storage: LocalDiskStorage): Promise<void> {
  assert.ok(d.documents.length > 0, 'documents seeded');
  assert.deepEqual((await readdir(storage.dir)).sort(), d.documents.map((x) => x.storedName).sort(), 'one stored file per document row');
  for (const doc of d.documents) {
    assert.ok(STORED_NAME_PATTERN.test(doc.storedName), `${doc.id}: generated stored name`);
    assert.ok((doc.targetId === null) !== (doc.reportId === null), `${doc.id}: on a target or on a report`);
    const bytes = await storage.get(doc.storedName);
    assert.equal(createHash('sha256').update(bytes).digest('hex'), doc.sha256, `${doc.id}: sha256`);
    assert.equal(bytes.length, doc.sizeBytes, `${doc.id}: size`);
    assert.ok(doc.html.startsWith('<h1>') && doc.html.includes('<table>') && doc.html.includes('<h2>'), `${doc.id}: headings and a table`);
    assert.ok(doc.createdAt <= NOW && doc.fileName.endsWith('.docx') && doc.warnings.length === 0, `${doc.id}: fields`);
  }
  const onReports = d.documents.filter((x) => x.reportId);
  // The demo year's reports: the year before has none of the Word documents.
  const activeYear = d.years.find((y) => y.year === YEAR)!.id;
  const activeTargets = new Set(d.targets.filter((t) => t.yearId === activeYear).map((t) => t.id));
  const share = onReports.length / d.reports.filter((r) => activeTargets.has(r.targetId)).length;
  assert.ok(share > 0.1 && share < 0.2, `about one report in eight has a document (${(100 * share).toFixed(1)}%)`);
  assert.ok(
    onReports.every((x) => x.html.includes('完成情况统计')),
    'report documents carry the statistics table',
  );
  const cd = d.units.find((u) => u.code === SHOWCASE_UNIT)!;
  const documented = new Set(onReports.map((x) => x.reportId));
  const showcase = d.targets.filter(
    (t) => t.unitId === cd.id && d.reports.some((r) => r.targetId === t.id) && d.reports.filter((r) => r.targetId === t.id).every((r) => documented.has(r.id)),
  );
  assert.ok(showcase.length >= SHOWCASE_TARGETS, `${SHOWCASE_TARGETS} showcase targets of 成都 with a document on every report`);
  const series = new Map<string, number>();
  for (const x of d.documents) series.set(x.seriesId, Math.max(series.get(x.seriesId) ?? 0, x.versionNo));
  assert.ok([...series.values()].filter((n) => n === 2).length >= SHOWCASE_TARGETS, 'some documents have a second version');
  // The stored HTML is what the upload conversion makes of the stored bytes.
  const sample = d.documents.filter((_, i) => i % 25 === 0);
  for (const doc of sample) {
    const c = await convertDocxInProcess(await storage.get(doc.storedName));
    assert.equal(doc.html, c.html, `${doc.id}: stored html is the conversion's`);
    assert.equal(doc.text, c.text, `${doc.id}: stored text is the conversion's`);
    assert.equal(doc.title, c.title, `${doc.id}: title`);
  }
  console.log(`${d.documents.length} documents (${onReports.length} on reports, ${(100 * share).toFixed(1)}%), ${sample.length} re-converted and identical`);
}

/** Progress reports follow docs/decisions/0009-execution.md; prints the warning spread at NOW. */
function checkExecution(d: Dump): void {
  const targetById = new Map(d.targets.map((t) => [t.id, t]));
  const typeById = new Map(d.targetTypes.map((t) => [t.id, t]));
  const accountById = new Map(d.accounts.map((a) => [a.id, a]));
  const yearById = new Map(d.years.map((y) => [y.id, y.year]));
  const yearOf = (targetId: string) => yearById.get(targetById.get(targetId)!.yearId)!;
  const reportsOf = new Map<string, Dump['reports']>();
  for (const r of d.reports) reportsOf.set(r.targetId, [...(reportsOf.get(r.targetId) ?? []), r]);
  for (const r of d.reports) {
    const t = targetById.get(r.targetId);
    assert.ok(t && t.publishedRevisionNo !== null, `report ${r.id}: only targets with a plan in force get reports`);
    assert.equal(r.late, isReportLate(yearOf(t.id), r.periodKey, r.submittedAt, DUE_DAY), `report ${r.id}: late flag matches reportDueAt`);
    assert.ok(r.submittedAt > periodEnd(yearOf(t.id), r.periodKey) && r.submittedAt <= NOW, `report ${r.id}: submitted after its period ended, before now`);
    assert.ok(r.actualPercent >= 0 && r.actualPercent <= 100, `report ${r.id}: percent in range`);
    if (t.metricTarget !== null) assert.ok(r.actualValue !== null, `report ${r.id}: quantitative target needs actualValue`);
    // Nothing is reported on a target before it is first published.
    const firstPublished = d.revisions.find((v) => v.targetId === t.id && v.revisionNo === 1)?.publishedAt;
    assert.ok(firstPublished && r.submittedAt >= firstPublished, `report ${r.id}: filed after the target was published`);
    // Filed by the unit itself (a responsible's or the unit administrator's account), never by the office.
    assert.equal(accountById.get(r.reportedById)?.unitId, t.unitId, `report ${r.id}: reported by its own unit`);
    // Things counted one by one are reported in whole numbers.
    if (t.metricUnit && ['个', '座', '对', '项', '次'].includes(t.metricUnit))
      assert.ok(Number.isInteger(Number(r.actualValue)), `report ${r.id}: whole ${t.metricUnit}`);
  }
  for (const [targetId, rs] of reportsOf) {
    const y = yearOf(targetId);
    const sorted = [...rs].sort((a, b) => periodEnd(y, a.periodKey).getTime() - periodEnd(y, b.periodKey).getTime());
    sorted.forEach((r, i) =>
      assert.ok(i === 0 || r.actualPercent >= sorted[i - 1]!.actualPercent, `target ${targetId}: cumulative percent decreases at ${r.periodKey}`),
    );
  }
  const reportIds = new Set(d.reports.map((r) => r.id));
  assert.ok(
    d.comments.every((c) => c.reportId && reportIds.has(c.reportId) && c.createdAt <= NOW),
    'comments on existing reports, in the past',
  );
  assert.ok(d.comments.length >= 30, 'about 40 comments');
  const cd = d.units.find((u) => u.code === 'CITY-CD')!;
  const openCd = d.orders.filter((o) => o.status === 'OPEN' && targetById.get(o.targetId)?.unitId === cd.id);
  assert.ok(openCd.length >= 2, 'at least two OPEN supervision orders for 成都');
  assert.ok(
    d.orders.every((o) => (o.status === 'OPEN') === (o.response === null) && (o.status === 'CLOSED') === (o.closedAt !== null)),
    'order states consistent',
  );

  const year = d.years.find((y) => y.year === YEAR)!;
  // Every target with a plan in force, those under revision (修订) included: the warning centre lists them all.
  const published = d.targets.filter((t) => t.publishedRevisionNo !== null && t.yearId === year.id);
  const milestonesOf = new Map<string, { periodKey: string; plannedPercent: number }[]>();
  const firstPublishedAt = new Map<string, Date>();
  for (const r of d.revisions) {
    if (r.status !== 'PUBLISHED') continue;
    const snapshot = r.snapshot as { milestones: { period: string; plannedPercent: number }[] };
    milestonesOf.set(
      r.targetId,
      snapshot.milestones.map((m) => ({ periodKey: m.period, plannedPercent: m.plannedPercent })),
    );
    if (r.publishedAt && !(firstPublishedAt.get(r.targetId)! <= r.publishedAt)) firstPublishedAt.set(r.targetId, r.publishedAt);
  }
  const inForceTargets = new Set(published.map((t) => t.id));
  const revising = published.filter((t) => t.status !== 'PUBLISHED');
  assert.ok(
    revising.every((t) => reportsOf.has(t.id) || !milestonesOf.get(t.id)?.length),
    'targets under revision are still reported on',
  );
  assert.ok(
    d.reports.every((r) => inForceTargets.has(r.targetId) || targetById.get(r.targetId)?.yearId !== year.id),
    'reports only on targets in force',
  );
  const spread = { GREEN: 0, YELLOW: 0, RED: 0 };
  for (const t of published) {
    const w = computeWarning(
      {
        year: YEAR,
        rhythm: typeById.get(t.targetTypeId)!.reportingRhythm,
        deadline: t.deadline.toISOString().slice(0, 10),
        milestones: milestonesOf.get(t.id) ?? [],
        reports: (reportsOf.get(t.id) ?? []).map((r) => ({ periodKey: r.periodKey, actualPercent: r.actualPercent })),
        firstPublishedAt: firstPublishedAt.get(t.id) ?? null,
      },
      NOW,
      { yellowLagPoints: 10, redLagPoints: 25, overdueRedDays: 5, dueDay: DUE_DAY },
    );
    spread[w.level]++;
  }
  const pct = (n: number) => `${((100 * n) / published.length).toFixed(1)}%`;
  const late = d.reports.filter((r) => r.late).length;
  console.log(
    `warnings at ${NOW.toISOString()} over ${published.length} published targets: GREEN ${spread.GREEN} (${pct(spread.GREEN)}), YELLOW ${spread.YELLOW} (${pct(spread.YELLOW)}), RED ${spread.RED} (${pct(spread.RED)}); ` +
      `${d.reports.length} reports, ${late} late (${((100 * late) / d.reports.length).toFixed(1)}%), ${d.comments.length} comments, ${d.orders.length} orders`,
  );
  assert.ok(spread.GREEN / published.length > 0.6 && spread.GREEN / published.length < 0.8, 'about 70 % GREEN');
  assert.ok(spread.YELLOW / published.length > 0.12 && spread.YELLOW / published.length < 0.28, 'about 20 % YELLOW');
  assert.ok(spread.RED / published.length > 0.05 && spread.RED / published.length < 0.16, 'about 10 % RED');
}

/** The year before: reports for all twelve months, every process closed, its 半年 and 年终 bulletins published. */
async function checkResults(db: PrismaClient, d: Dump): Promise<void> {
  const before = d.years.find((y) => y.year === YEAR - 1)!;
  const targets = new Set(d.targets.filter((t) => t.yearId === before.id).map((t) => t.id));
  const months = new Set(d.reports.filter((r) => targets.has(r.targetId) && r.periodKey.startsWith('M')).map((r) => r.periodKey));
  assert.equal(months.size, 12, `${YEAR - 1}: reports in all twelve months`);
  const open = await db.assessmentProcess.count({ where: { period: { yearId: before.id }, status: { not: 'CLOSED' } } });
  assert.equal(open, 0, `${YEAR - 1}: every assessment process closed`);
  const bulletins = await db.bulletin.findMany({
    where: { yearId: before.id, supersededAt: null },
    select: { periodId: true, publishedAt: true, docNo: true },
  });
  const periods = await db.assessmentPeriod.findMany({ where: { yearId: before.id }, select: { id: true, code: true } });
  const codes = bulletins.map((b) => periods.find((p) => p.id === b.periodId)!.code).sort();
  assert.deepEqual(codes, ['ANNUAL', 'H1'], `${YEAR - 1}: 半年 and 年终 bulletins published`);
  assert.ok(
    bulletins.every((b) => b.publishedAt < NOW),
    'bulletins published in the past',
  );
  const units = await db.bulletinUnit.count({ where: { bulletin: { yearId: before.id } } });
  assert.ok(units >= 2 * (d.assessedUnits.filter((a) => a.yearId === before.id).length - 3), `${YEAR - 1}: the bulletins rank the units (${units})`);
}

/** In December the year's targets are published; only a handful of targets or revisions wait for review. */
function checkDecember(): void {
  const december = new Date(Date.UTC(YEAR, 11, 10, 2));
  const years = buildYears(YEAR);
  const framework = buildFramework(years);
  const indicators = buildIndicators(years, YEAR);
  const people = buildPersons(YEAR);
  const accounts = buildAccounts(people);
  const t = buildTargets(years, YEAR, framework, indicators, people, accounts, december);
  const inReview = t.targets.filter((x) => x.status === 'SUBMITTED').length;
  assert.ok(inReview <= 15, `December: ${inReview} 待审核 of ${t.targets.length}`);
  assert.ok(t.targets.filter((x) => x.publishedRevisionNo === null).length <= 20, 'December: nearly every target published');
  console.log(`December: ${inReview} 待审核 of ${t.targets.length} targets`);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'mubiao-seed-check-'));
  let server: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  const clients: PrismaClient[] = [];
  try {
    server = await startEmbeddedPostgres({ dataDir: dir, fast: true, persistent: false });
    const seeded: { summary: SeedSummary; data: Dump; ms: number; db: PrismaClient; storage: LocalDiskStorage }[] = [];
    for (const name of ['seed_a', 'seed_b']) {
      await ensureDatabase(server.serverUrl, name);
      const url = databaseUrl(server.serverUrl, name);
      await applyMigrations(url);
      const db = createPrismaClient(url);
      clients.push(db);
      const storage = createLocalDiskStorage(join(dir, `${name}-documents`));
      const started = performance.now();
      const summary = await seedDemoProvince(db, { hashPassword, year: YEAR, now: NOW, documents: seedDocumentDeps(storage) });
      const ms = performance.now() - started;
      seeded.push({ summary, data: await dump(db), ms, db, storage });
    }
    const [a, b] = seeded as [(typeof seeded)[0], (typeof seeded)[0]];

    for (const table of Object.keys(a.data) as (keyof Dump)[]) {
      assert.deepEqual(b.data[table], a.data[table], `table ${table} differs between two runs`);
    }
    assert.deepEqual(b.summary, a.summary, 'summaries differ between two runs');
    checkInvariants(a.data, a.summary);
    await checkDocuments(a.data, a.storage);
    assert.deepEqual(
      await readdir(b.storage.dir).then((f) => f.sort()),
      await readdir(a.storage.dir).then((f) => f.sort()),
      'stored files differ between two runs',
    );

    // A failing seed (here: a second run on a seeded database) must leave nothing half-written.
    const files = (await readdir(a.storage.dir)).sort();
    await assert.rejects(seedDemoProvince(a.db, { hashPassword, year: YEAR, now: NOW, documents: seedDocumentDeps(a.storage) }));
    assert.deepEqual(await dump(a.db), a.data, 'a failed seed changed the database');
    assert.deepEqual((await readdir(a.storage.dir)).sort(), files, 'a failed seed changed the document store');

    // The API's demo mode then publishes results; the year before has its 半年 and 年终 bulletins.
    const resultsStarted = performance.now();
    const results = await seedDemoResults(a.db, NOW);
    const resultsMs = performance.now() - resultsStarted;
    await checkResults(a.db, a.data);
    console.log(`results: ${results} (${resultsMs.toFixed(0)} ms)`);
    checkDecember();

    console.log(formatSeedSummary(a.summary));
    console.log('counts:', a.summary.counts);
    console.log(`seed took ${a.ms.toFixed(0)} ms and ${b.ms.toFixed(0)} ms (two fresh databases); the data is identical.`);
    console.log('seed check passed');
  } finally {
    await Promise.allSettled(clients.map((c) => c.$disconnect()));
    await server?.stop().catch((e: unknown) => console.error('stopping PostgreSQL failed:', e));
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
