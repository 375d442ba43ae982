import { receiptLines, type MissingInput, type UnitReceipt } from '@jx/scoring';
import { withClock } from '@jx/db';
import type { Db } from '../lib/db.ts';
import type { RequestContext } from '../lib/context.ts';
import { FakeClock } from '../lib/clock.ts';
import { createSettingsStore } from '../modules/settings/settings.store.ts';
import { runSummaryNow } from '../modules/results/run-now.ts';
import { publishBulletin } from '../modules/results/publish.ts';
import { workSummaryRun } from '../modules/results/work-run.ts';
import { createAppealService } from '../modules/appeals/appeal.service.ts';

const DAY = 86_400_000;

async function contextOf(db: Db, username: string, at: () => Date): Promise<RequestContext> {
  const a = await db.account.findUniqueOrThrow({
    where: { username },
    select: { id: true, username: true, displayName: true, roles: true, unitId: true, personId: true },
  });
  return {
    actor: {
      accountId: a.id,
      sessionId: '',
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
      unitId: a.unitId,
      personId: a.personId,
      portfolioUnitIds: [],
      portfolioTargetTypeIds: [],
    },
    ip: '127.0.0.1',
    requestId: 'demo-seed',
    userAgent: null,
    get now() {
      return at();
    },
  };
}

/**
 * Demo mode, after the province is seeded: once the year's 半年 assessment has closed, its results as an office would
 * have them — every category with a model summarised, what stays missing waived, bulletin version 1 published three
 * days after the close, 成都 appealing two lines of its receipt the next day, the office rejecting one and accepting the
 * other with a corrected score, and version 2 published. Done through the services themselves. Returns a summary line,
 * or null when 半年 has not closed long enough ago.
 */
export async function seedDemoResults(owner: Db, now: Date): Promise<string | null> {
  let at = now;
  const db = withClock(owner, () => at);
  const period = await db.assessmentPeriod.findFirst({
    where: { code: 'H1', year: { status: { not: 'CLOSED' } } },
    orderBy: { year: { year: 'desc' } },
    select: { id: true, yearId: true, processes: { select: { status: true, closedAt: true } } },
  });
  const closedAt = period?.processes.every((p) => p.status === 'CLOSED') ? period.processes.reduce((m, p) => Math.max(m, p.closedAt?.getTime() ?? 0), 0) : 0;
  if (!period || !closedAt || closedAt + 4 * DAY > now.getTime()) return null;
  // 10:00 Beijing on the third day after the close (the close is at midnight Beijing).
  const published = closedAt + 3 * DAY + 10 * 3_600_000;
  at = new Date(published - 3_600_000);
  const clock = { now: () => at };
  const office = await contextOf(db, 'perf', () => at);
  const unit = await contextOf(db, 'unit.chengdu', () => at);

  const categories = await db.scoringModelCategory.findMany({
    where: { category: { yearId: period.yearId } },
    select: { categoryId: true },
    orderBy: { categoryId: 'asc' },
  });
  for (const c of categories) await runSummaryNow(db, clock, { periodId: period.id, categoryIds: [c.categoryId], requestedById: office.actor.accountId });
  const set = await db.resultSet.findUniqueOrThrow({ where: { periodId: period.id }, select: { id: true } });
  const units = await db.resultUnit.findMany({ where: { resultSetId: set.id }, select: { unitId: true, missing: true } });
  await db.resultWaiver.createMany({
    data: units.flatMap((u) =>
      (u.missing as unknown as MissingInput[]).map((m) => ({
        resultSetId: set.id,
        unitId: u.unitId,
        key: m.key,
        reason: '半年考核按规定不计此项',
        createdById: office.actor.accountId,
      })),
    ),
    skipDuplicates: true,
  });
  at = new Date(published);
  const publish = async (title: string, docNo: string) => {
    const { version } = await db.resultSet.findUniqueOrThrow({ where: { id: set.id }, select: { version: true } });
    return publishBulletin(db, office, set.id, {
      version,
      title,
      docNo,
      preface: '各市（州）交通运输局，厅直属各单位，厅机关各处室：\n现将半年目标绩效考核结果通报如下。',
      unitsSeeOthers: true,
    });
  };
  const v1 = await publish('关于半年目标绩效考核结果的通报', '川交绩〔2026〕21号');

  // 成都 appeals a target's score and one more line the next morning.
  at = new Date(published + DAY);
  const appeals = createAppealService({ db, settings: createSettingsStore(db), summaryRuns: { kick: () => {}, drain: async () => {}, stop: () => {} } });
  const receipt = await db.bulletinUnit.findFirst({ where: { bulletinId: v1.bulletinId, unitId: unit.actor.unitId! }, select: { receipt: true } });
  if (!receipt) return `半年考核通报第 1 版`;
  const lines = receiptLines(receipt.receipt as unknown as UnitReceipt);
  const scored = lines.filter((l) => l.kind === 'target' && l.recordId && l.value !== null && l.maxScore !== undefined && l.value < l.maxScore);
  const [toAccept, toReject] = [scored[0], scored[1] ?? lines.find((l) => l.kind !== 'target')];
  if (!toAccept || !toReject) return `半年考核通报第 1 版`;
  const accepted = await appeals.file(unit, {
    bulletinId: v1.bulletinId,
    lineKey: toAccept.key,
    reason: '该目标已于6月底全部完成，验收材料齐全，请复核得分。',
  });
  const rejected = await appeals.file(unit, { bulletinId: v1.bulletinId, lineKey: toReject.key, reason: '认为该项评价偏低，请予复核。' });

  at = new Date(published + 2 * DAY);
  await appeals.reject(office, rejected.id, { version: rejected.version, reason: '经复核，评价依据充分，维持原结果。' });
  await appeals.accept(office, accepted.id, {
    version: accepted.version,
    reason: '经核实验收材料，该目标已全部完成，更正为满分。',
    correctedScore: toAccept.maxScore!,
  });
  const queued = await db.summaryRun.findFirstOrThrow({ where: { resultSetId: set.id, status: 'QUEUED' }, select: { id: true } });
  await db.summaryRun.update({ where: { id: queued.id }, data: { status: 'RUNNING', startedAt: at } });
  await workSummaryRun(db, new FakeClock(at), queued.id);

  at = new Date(published + 3 * DAY);
  await publish('关于半年目标绩效考核结果的通报（更正）', '川交绩〔2026〕23号');
  return '半年考核通报第 1、2 版，申诉 2 件（采纳 1 件、不予采纳 1 件）';
}
