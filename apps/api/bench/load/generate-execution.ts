import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@jx/db';
import { isReportLate, periodKeys, reportDueAt } from '@jx/contract';
import { inChunks } from '../create-many.ts';

/** The load run's accounts, all with the same password. */
export const BENCH_PASSWORD = 'Bench#2026-load';

export interface ExecutionWorld {
  yearId: string;
  officeUnitId: string;
  departmentIds: string[];
  typeIds: string[];
  /** The instant the data is written as of (the server's clock in the load run). */
  now: Date;
  rand: () => number;
  passwordHash: string;
}

const DUE_DAY = 5;
const DAY = 86_400_000;

/**
 * 目标执行 data over the province's published targets, as of `now`: monthly plans for two target types and quarterly
 * for the other two, a report for every period fallen due (most on time, some late, a few missing, progress spread
 * around the plan), document metadata on a fifth of the reports, leaders' comments, supervision orders (open, answered,
 * closed, some overdue), unread and read notices, and the accounts the load run signs in with. createMany in slices.
 */
export async function generateExecution(db: PrismaClient, w: ExecutionWorld) {
  const { rand, now } = w;
  await db.targetType.updateMany({ where: { id: { in: w.typeIds.slice(2) } }, data: { reportingRhythm: 'QUARTERLY' } });
  const types = await db.targetType.findMany({ where: { id: { in: w.typeIds } }, select: { id: true, reportingRhythm: true } });
  const rhythmOf = new Map(types.map((t) => [t.id, t.reportingRhythm]));
  const targets = await db.target.findMany({ where: { yearId: w.yearId }, select: { id: true, unitId: true, targetTypeId: true }, orderBy: { id: 'asc' } });
  const units = [...new Set(targets.map((t) => t.unitId))].sort();

  const accounts = await createAccounts(db, w, units);
  const milestones: Prisma.TargetMilestoneCreateManyInput[] = [];
  const reports: Prisma.ProgressReportCreateManyInput[] = [];
  const documents: Prisma.DocumentCreateManyInput[] = [];
  const comments: Prisma.CommentCreateManyInput[] = [];
  const orders: Prisma.SupervisionOrderCreateManyInput[] = [];
  for (const t of targets) {
    const keys = periodKeys(rhythmOf.get(t.targetTypeId)!);
    keys.forEach((period, k) => milestones.push({ targetId: t.id, period, plannedPercent: Math.round(((k + 1) * 100) / keys.length) }));
    // How the target goes: some ahead of plan, most a little behind, a few far behind.
    const pace = 0.6 + 0.5 * rand();
    const reporter = accounts.unitAdmin.get(t.unitId)!;
    keys.forEach((periodKey, k) => {
      const due = reportDueAt(2026, periodKey, DUE_DAY);
      if (due > now || rand() < 0.04) return; // not yet due, or missing
      const submittedAt = new Date(due.getTime() - (rand() < 0.12 ? -3 * DAY * rand() : 10 * DAY * rand()));
      if (submittedAt > now) return;
      const id = randomUUID();
      const planned = ((k + 1) * 100) / keys.length;
      reports.push({
        id,
        targetId: t.id,
        periodKey,
        actualPercent: Math.min(100, Math.round(planned * pace)),
        narrative: `${periodKey} 按计划推进，完成阶段性任务。`,
        problems: rand() < 0.3 ? '资金到位较慢' : null,
        nextSteps: '加快推进下一阶段工作',
        reportedById: reporter,
        submittedAt,
        late: isReportLate(2026, periodKey, submittedAt, DUE_DAY),
      });
      if (rand() < 0.2) documents.push(documentRow(t.id, id, reporter, submittedAt));
      if (rand() < 0.1) comments.push({ targetId: t.id, reportId: id, authorId: accounts.leader, body: '请抓紧推进，确保按期完成。', createdAt: submittedAt });
    });
    if (rand() < 0.03) {
      const r = rand();
      const status = r < 0.5 ? 'OPEN' : r < 0.8 ? 'RESPONDED' : 'CLOSED';
      const dueDate = new Date(Date.UTC(2026, 8 + Math.floor(rand() * 5), 1 + Math.floor(rand() * 27)));
      orders.push({
        targetId: t.id,
        issuedById: accounts.leader,
        instruction: '请说明进度滞后原因并提出整改措施',
        dueDate,
        status,
        response: status === 'OPEN' ? null : '已制定整改方案',
        respondedById: status === 'OPEN' ? null : reporter,
        respondedAt: status === 'OPEN' ? null : now,
        closedById: status === 'CLOSED' ? accounts.leader : null,
        closedAt: status === 'CLOSED' ? now : null,
      });
    }
  }
  await inChunks(milestones, (data) => db.targetMilestone.createMany({ data }), 5000);
  // The published revision's snapshot, complete (the target detail and revisions read it), now that plans exist.
  await db.$executeRaw`
    UPDATE "TargetRevision" r SET snapshot = jsonb_build_object(
      'title', t.title, 'content', t.content, 'measures', t.measures, 'deadline', to_char(t.deadline, 'YYYY-MM-DD'),
      'expectedResult', t."expectedResult", 'maxScore', to_char(t."maxScore", 'FM999990.00'), 'metricUnit', t."metricUnit",
      'metricTarget', t."metricTarget", 'indicatorId', t."indicatorId", 'indicatorName', i.name, 'responsibles', '[]'::jsonb,
      'milestones', (SELECT jsonb_agg(jsonb_build_object('period', m.period, 'plannedPercent', m."plannedPercent") ORDER BY m.period)
                     FROM "TargetMilestone" m WHERE m."targetId" = t.id))
    FROM "Target" t JOIN "Indicator" i ON i.id = t."indicatorId"
    WHERE r."targetId" = t.id AND t."yearId" = ${w.yearId}::uuid`;
  await inChunks(reports, (data) => db.progressReport.createMany({ data }), 2000);
  await inChunks(documents, (data) => db.document.createMany({ data }), 1000);
  await inChunks(comments, (data) => db.comment.createMany({ data }), 2000);
  await inChunks(orders, (data) => db.supervisionOrder.createMany({ data }), 1000);
  const notices = await createNotifications(db, [...accounts.unitAdmin.values(), accounts.leader, accounts.deputy], now, rand);
  return {
    accounts,
    counts: { milestones: milestones.length, reports: reports.length, documents: documents.length, comments: comments.length, orders: orders.length, notices },
  };
}

function documentRow(targetId: string, reportId: string, uploadedById: string, at: Date): Prisma.DocumentCreateManyInput {
  const id = randomUUID();
  return {
    id,
    seriesId: id,
    versionNo: 1,
    targetId: null,
    reportId,
    fileName: '进展情况说明.docx',
    storedName: `${randomUUID()}.docx`,
    sha256: '0'.repeat(64),
    sizeBytes: 24_576,
    title: '进展情况说明',
    html: '<p>本月完成情况说明。</p>',
    text: '本月完成情况说明。',
    warnings: [],
    uploadedById,
    createdAt: at,
  };
}

/**
 * bench.leader (主要领导), bench.deputy (分管领导 of a quarter of the units), bench.safety (安监处), bench.office
 * (目标绩效办) and one 单位管理员 per unit.
 */
async function createAccounts(db: PrismaClient, w: ExecutionWorld, units: string[]) {
  const base = { passwordHash: w.passwordHash, passwordChangedAt: new Date(w.now.getTime() - DAY), mustChangePassword: false };
  const leader = randomUUID();
  const deputy = randomUUID();
  const safety = randomUUID();
  const office = randomUUID();
  const unitAdmin = new Map(units.map((u) => [u, randomUUID()]));
  await db.account.createMany({
    data: [
      { id: leader, username: 'bench.leader', displayName: '主要领导', roles: ['LEADER_MAIN'], unitId: w.officeUnitId, ...base },
      { id: deputy, username: 'bench.deputy', displayName: '分管领导', roles: ['LEADER_DEPUTY'], unitId: w.officeUnitId, ...base },
      { id: safety, username: 'bench.safety', displayName: '安监处', roles: ['FUNC_DEPT'], unitId: w.departmentIds[1]!, ...base },
      { id: office, username: 'bench.office', displayName: '目标绩效办', roles: ['PERF_OFFICE'], unitId: w.officeUnitId, ...base },
      ...units.map((u, i) => ({
        id: unitAdmin.get(u)!,
        username: `bench.unit${i}`,
        displayName: `单位管理员${i}`,
        roles: ['UNIT_ADMIN' as const],
        unitId: u,
        ...base,
      })),
    ],
  });
  await db.accountPortfolioUnit.createMany({ data: units.filter((_, i) => i % 4 === 1).map((unitId) => ({ accountId: deputy, unitId })) });
  return { leader, deputy, safety, office, unitAdmin, firstUnitId: units[0]! };
}

/** Twenty notices per account, half of them read. */
async function createNotifications(db: PrismaClient, accountIds: string[], now: Date, rand: () => number) {
  const rows: Prisma.NotificationCreateManyInput[] = accountIds.flatMap((accountId) =>
    Array.from({ length: 20 }, (_, i) => ({
      accountId,
      kind: 'REPORT_DUE',
      title: `进展报告提醒 ${i + 1}`,
      link: '/reports',
      readAt: rand() < 0.5 ? now : null,
      createdAt: new Date(now.getTime() - i * DAY),
    })),
  );
  await inChunks(rows, (data) => db.notification.createMany({ data }), 5000);
  return rows.length;
}
