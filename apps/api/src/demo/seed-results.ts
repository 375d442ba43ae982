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

type Period = { id: string; yearId: string; code: string; year: number; closedAt: number };

/** A period of the year whose every process has closed (0 while any is open). */
async function closedPeriod(db: Db, where: { code: string; yearStatus: 'CLOSED' | 'ACTIVE' }): Promise<Period | null> {
  const period = await db.assessmentPeriod.findFirst({
    where: { code: where.code, year: { status: where.yearStatus === 'CLOSED' ? 'CLOSED' : { not: 'CLOSED' } } },
    orderBy: { year: { year: 'desc' } },
    select: { id: true, yearId: true, code: true, year: { select: { year: true } }, processes: { select: { status: true, closedAt: true } } },
  });
  if (!period?.processes.length || !period.processes.every((p) => p.status === 'CLOSED')) return null;
  const closedAt = period.processes.reduce((m, p) => Math.max(m, p.closedAt?.getTime() ?? 0), 0);
  return { id: period.id, yearId: period.yearId, code: period.code, year: period.year.year, closedAt };
}

/**
 * The office's results of a closed period: every category with a model summarised an hour before `published`, what
 * stays missing waived, and bulletin version 1 published. Returns the result set and a `publish` for later versions.
 */
async function summariseAndPublish(db: Db, setClock: (d: Date) => void, period: Period, published: number, docNo: string) {
  setClock(new Date(published - 3_600_000));
  const clock = { now: () => new Date(published - 3_600_000) };
  const office = await contextOf(db, 'perf', () => new Date(published));
  const categories = await db.scoringModelCategory.findMany({
    where: { category: { yearId: period.yearId } },
    select: { categoryId: true },
    orderBy: { categoryId: 'asc' },
  });
  for (const c of categories) await runSummaryNow(db, clock, { periodId: period.id, categoryIds: [c.categoryId], requestedById: office.actor.accountId });
  const set = await db.resultSet.findUniqueOrThrow({ where: { periodId: period.id }, select: { id: true } });
  const units = await db.resultUnit.findMany({ where: { resultSetId: set.id }, select: { unitId: true, missing: true } });
  const name = period.code === 'ANNUAL' ? `${period.year}年度` : `${period.year}年半年`;
  await db.resultWaiver.createMany({
    data: units.flatMap((u) =>
      (u.missing as unknown as MissingInput[]).map((m) => ({
        resultSetId: set.id,
        unitId: u.unitId,
        key: m.key,
        reason: `${name}考核按规定不计此项`,
        createdById: office.actor.accountId,
      })),
    ),
    skipDuplicates: true,
  });
  const publish = async (title: string, number: string, at: Date) => {
    setClock(at);
    const { version } = await db.resultSet.findUniqueOrThrow({ where: { id: set.id }, select: { version: true } });
    const by = await contextOf(db, 'perf', () => at);
    return publishBulletin(db, by, set.id, {
      version,
      title,
      docNo: number,
      preface: `各市（州）交通运输局，厅直属各单位，厅机关各处室：\n现将${name}目标绩效考核结果通报如下。`,
      unitsSeeOthers: true,
    });
  };
  const v1 = await publish(`关于${name}目标绩效考核结果的通报`, docNo, new Date(published));
  return { set, v1, publish };
}

/** 10:00 Beijing on the third day after a close (closes are at midnight Beijing). */
const publishedAfter = (closedAt: number) => closedAt + 3 * DAY + 10 * 3_600_000;

/**
 * Demo mode, after the province is seeded, the results as an office would have them through the services themselves:
 * the year before has its 半年 and 年终 bulletins published (three days after each close); once the demo year's 半年
 * assessment has closed, its bulletin version 1 is published three days after the close, 成都 appeals two lines of its
 * receipt the next day, the office rejects one and accepts the other with a corrected score, and version 2 is
 * published. Returns a summary line, or null when nothing was published.
 */
export async function seedDemoResults(owner: Db, now: Date): Promise<string | null> {
  let at = now;
  const db = withClock(owner, () => at);
  const setClock = (d: Date) => {
    at = d;
  };
  const done: string[] = [];
  for (const [code, number] of [
    ['H1', 21],
    ['ANNUAL', 5],
  ] as const) {
    const before = await closedPeriod(db, { code, yearStatus: 'CLOSED' });
    if (!before || publishedAfter(before.closedAt) + DAY > now.getTime()) continue;
    const published = publishedAfter(before.closedAt);
    await summariseAndPublish(db, setClock, before, published, `川交绩〔${new Date(published + 8 * 3_600_000).getUTCFullYear()}〕${number}号`);
    done.push(`${before.year}年${code === 'H1' ? '半年' : '年终'}考核通报`);
  }
  const summary = (s?: string) => [...done, ...(s ? [s] : [])].join('、') || null;

  const period = await closedPeriod(db, { code: 'H1', yearStatus: 'ACTIVE' });
  if (!period || period.closedAt + 4 * DAY > now.getTime()) return summary();
  const published = publishedAfter(period.closedAt);
  const { set, v1, publish } = await summariseAndPublish(db, setClock, period, published, `川交绩〔${period.year}〕21号`);
  const unit = await contextOf(db, 'unit.chengdu', () => at);
  const office = await contextOf(db, 'perf', () => at);

  // 成都 appeals a target's score and one more line the next morning.
  at = new Date(published + DAY);
  const appeals = createAppealService({ db, settings: createSettingsStore(db), summaryRuns: { kick: () => {}, drain: async () => {}, stop: () => {} } });
  const receipt = await db.bulletinUnit.findFirst({ where: { bulletinId: v1.bulletinId, unitId: unit.actor.unitId! }, select: { receipt: true } });
  if (!receipt) return summary(`半年考核通报第 1 版`);
  const lines = receiptLines(receipt.receipt as unknown as UnitReceipt);
  const scored = lines.filter((l) => l.kind === 'target' && l.recordId && l.value !== null && l.maxScore !== undefined && l.value < l.maxScore);
  const [toAccept, toReject] = [scored[0], scored[1] ?? lines.find((l) => l.kind !== 'target')];
  if (!toAccept || !toReject) return summary(`半年考核通报第 1 版`);
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

  await publish(`关于${period.year}年半年目标绩效考核结果的通报（更正）`, `川交绩〔${period.year}〕23号`, new Date(published + 3 * DAY));
  return summary('半年考核通报第 1、2 版，申诉 2 件（采纳 1 件、不予采纳 1 件）');
}
