// Progress reports, comments and supervision orders for the published targets of the demo year.
// Reports follow each target's plan with noise so that computeWarning gives roughly 70 % GREEN, 20 % YELLOW,
// 10 % RED at `now`; ~8 % of reports are late (submitted after reportDueAt), the rest a few days before it.
// reportedById: a responsible's account, else the unit's administrator account (every unit has one).
import { periodEnd, reportDueAt } from '@jx/contract';
import type { AccountSeed } from './accounts.ts';
import { TARGET_TYPES } from './categories.ts';
import { createRng, day, stableId } from './random.ts';
import type { TargetsSeed } from './targets.ts';

export const DUE_DAY = 5;
const DAY = 86_400_000;
const HOUR = 3_600_000;

export interface ReportRow {
  id: string;
  targetId: string;
  periodKey: string;
  actualPercent: number;
  actualValue: string | null;
  narrative: string;
  problems: string | null;
  nextSteps: string | null;
  reportedById: string;
  submittedAt: Date;
  late: boolean;
}
export interface CommentRow {
  id: string;
  targetId: string;
  reportId: string;
  authorId: string;
  body: string;
  createdAt: Date;
}
export interface OrderRow {
  id: string;
  targetId: string;
  reportId: string | null;
  issuedById: string;
  instruction: string;
  dueDate: Date;
  status: 'OPEN' | 'RESPONDED' | 'CLOSED';
  response: string | null;
  respondedById: string | null;
  respondedAt: Date | null;
  closedById: string | null;
  closedAt: Date | null;
  closeNote: string | null;
  version: number;
  createdAt: Date;
}
export interface ReportsSeed {
  reports: ReportRow[];
  comments: CommentRow[];
  orders: OrderRow[];
}

const TEXT: Record<string, { narrative: string[]; problems: string[]; next: string[] }> = {
  FUNCTIONAL: {
    narrative: [
      '本期按计划推进“{t}”，完成累计进度 {p}%，重点工程节点按期打通，公路养护巡查、病害处治同步开展。',
      '围绕“{t}”，本期召开推进会 1 次，完成项目建设投资及路面养护工程量，累计完成 {p}%。',
      '本期组织现场督导检查，“{t}”各项措施落实到位，累计完成 {p}%，资金拨付与工程进度基本匹配。',
    ],
    problems: ['受雨季影响部分路段施工窗口期缩短。', '征地拆迁协调难度较大，个别标段进场滞后。', '地方配套资金到位偏慢。', '部分施工单位人员、设备投入不足。'],
    next: ['加大人员设备投入，倒排工期、挂图作战。', '协调地方政府加快要素保障，确保下期节点。', '强化质量安全检查，做好雨季施工防护。'],
  },
  SAFETY: {
    narrative: [
      '本期开展“{t}”相关隐患排查治理，排查整改隐患若干项，累计完成 {p}%，未发生较大及以上生产安全事故。',
      '落实安全生产责任制，组织应急演练和“两客一危”专项检查，“{t}”累计完成 {p}%。',
    ],
    problems: ['部分企业主体责任落实不到位，隐患整改闭环偏慢。', '基层安全监管力量相对薄弱。'],
    next: ['持续开展隐患排查“回头看”，压实企业主体责任。', '加强汛期及节假日安全监管和应急值守。'],
  },
  INTEGRITY: {
    narrative: [
      '本季度落实全面从严治党主体责任，开展廉政警示教育和廉政风险点排查，“{t}”累计完成 {p}%。',
      '围绕“{t}”，组织党风廉政建设专题学习，开展工程建设领域廉政监督检查，累计完成 {p}%。',
    ],
    problems: ['廉政风险防控措施在基层落实存在温差。', '警示教育形式较单一。'],
    next: ['深化以案促改，完善权力运行监督机制。', '开展重点领域廉政风险专项排查。'],
  },
  ORGAN: {
    narrative: [
      '本季度扎实开展机关党建工作，落实“三会一课”制度，“{t}”累计完成 {p}%。',
      '围绕“{t}”，推进党支部标准化规范化建设，开展主题党日活动，累计完成 {p}%。',
    ],
    problems: ['党建与业务融合还不够紧密。', '个别支部组织生活质量有待提高。'],
    next: ['推动党建与业务工作深度融合。', '加强党务干部培训，提升支部工作质量。'],
  },
  SPECIAL: {
    narrative: ['按照专项工作部署推进“{t}”，细化任务清单和责任分工，累计完成 {p}%。', '本期“{t}”专项工作按节点推进，已完成阶段性任务，累计完成 {p}%。'],
    problems: ['跨部门协同机制尚需完善。', '部分任务涉及多方审批，推进偏慢。'],
    next: ['加强统筹调度，定期通报进展。', '对滞后事项开展专项督导。'],
  },
};

const COMMENTS = [
  '进展情况已阅，请继续按计划推进，注意质量安全。',
  '请补充说明滞后原因及具体赶工措施。',
  '本期工作扎实，成效明显，请总结经验做法。',
  '请加强与相关处室的沟通协调，确保下一节点按期完成。',
  '注意做好资金使用管理，确保专款专用。',
  '安全隐患整改要闭环，请附整改台账。',
  '报送内容较笼统，请量化工作成果。',
  '已阅，请密切关注汛期安全风险。',
];
const INSTRUCTIONS = [
  '该目标进度明显滞后于计划，请于限期内书面报告滞后原因及整改措施。',
  '请针对进展报告逾期未报问题作出说明，并及时补报。',
  '请制定赶工方案，明确时间节点和责任人，确保年度目标完成。',
  '请就存在问题提出具体解决措施，必要时提请厅党组协调。',
];
const RESPONSES = [
  '已制定赶工方案，增加施工班组两个，预计下月追回进度。',
  '已补报进展报告，并对相关责任人进行了提醒谈话。',
  '已召开专题会议研究整改措施，相关问题正在逐项销号。',
];

/** Things counted one by one (座, 对, 个 …) are reported in whole numbers; lengths and money to two decimals. */
const COUNTED = new Set(['人次', '期', '件', '篇', '个', '座', '对', '项', '处', '次', '辆', '家', '人', '所', '条', '艘', '台', '套', '场']);
function reportedQuantity(target: number, percent: number, unit: string | null): string {
  const value = (target * percent) / 100;
  return unit && COUNTED.has(unit) ? String(Math.floor(value)) : value.toFixed(2);
}

export function buildReports(targets: TargetsSeed, accounts: AccountSeed[], year: number, now: Date): ReportsSeed {
  const rng = createRng(`reports:${year}`);
  const typeCode = new Map(TARGET_TYPES.map((t) => [t.id, t.code as string]));
  const accountByPerson = new Map(accounts.map((a) => [a.personId, a]));
  const unitAdmin = new Map(accounts.filter((a) => a.roles.includes('UNIT_ADMIN') && a.unitId).map((a) => [a.unitId!, a.id]));
  const byName = (u: string) => accounts.find((a) => a.username === u)!.id;
  const perf = byName('perf');
  const milestonesOf = new Map<string, { period: string; plannedPercent: number }[]>();
  for (const m of targets.milestones) {
    const l = milestonesOf.get(m.targetId) ?? [];
    l.push(m);
    milestonesOf.set(m.targetId, l);
  }
  const respOf = new Map<string, string[]>();
  for (const r of targets.responsibles) respOf.set(r.targetId, [...(respOf.get(r.targetId) ?? []), r.personId]);

  // The plan in force: a target under revision (修订) is still executed and reported against its published snapshot.
  for (const r of targets.revisions) {
    if (r.status === 'PUBLISHED') milestonesOf.set(r.targetId, (r.snapshot as { milestones: { period: string; plannedPercent: number }[] }).milestones);
  }

  const out: ReportsSeed = { reports: [], comments: [], orders: [] };
  const published = targets.targets.filter((t) => t.publishedRevisionNo !== null && t.deadline.getUTCFullYear() === year);
  const classOf = new Map<string, string>();
  for (const t of published) {
    const code = typeCode.get(t.targetTypeId) ?? 'FUNCTIONAL';
    const text = TEXT[code] ?? TEXT.FUNCTIONAL!;
    const ms = [...(milestonesOf.get(t.id) ?? [])].sort((a, b) => periodEnd(year, a.period).getTime() - periodEnd(year, b.period).getTime());
    const ended = ms.filter((m) => periodEnd(year, m.period) <= now);
    const roll = rng.next();
    // A target past its deadline can only be finished (GREEN) or unfinished (RED); the others carry the YELLOW share.
    const pastDeadline = t.deadline.getTime() + DAY - 8 * HOUR <= now.getTime();
    const cls = pastDeadline ? (roll < 0.9 ? 'ok' : 'lagR') : roll < 0.64 ? 'ok' : roll < 0.9 ? 'lagY' : roll < 0.94 ? 'lagR' : roll < 0.97 ? 'miss1' : 'miss2';
    classOf.set(t.id, cls);
    const finalLag = cls === 'lagY' ? rng.int(12, 20) : cls === 'lagR' ? rng.int(28, 40) : 0;
    const drop = cls === 'miss1' ? 1 : cls === 'miss2' ? 2 : 0;
    const reporter = (respOf.get(t.id) ?? []).map((p) => accountByPerson.get(p)).find((a) => a?.unitId === t.unitId)?.id ?? unitAdmin.get(t.unitId) ?? perf;
    let prev = 0;
    ended.forEach((m, i) => {
      const share = ended.length ? (i + 1) / ended.length : 1;
      const noise = cls === 'ok' ? rng.int(-4, 4) : rng.int(-2, 2);
      let pct = m.plannedPercent >= 100 && cls === 'ok' ? 100 : Math.round(m.plannedPercent - finalLag * share + noise);
      pct = Math.min(cls === 'ok' ? 100 : 99, Math.max(prev, pct, 0));
      prev = pct;
      const isLate = rng.chance(0.08);
      const pe = periodEnd(year, m.period).getTime();
      const due = reportDueAt(year, m.period, DUE_DAY).getTime();
      const hours = rng.int(9, 17) * HOUR; // after a Beijing midnight: 09:00–17:00 Beijing time
      let submittedAt = isLate ? new Date(due + rng.int(0, 6) * DAY + hours) : new Date(pe + rng.int(0, DUE_DAY - 1) * DAY + hours);
      if (submittedAt > now) submittedAt = new Date(pe + hours);
      if (i >= ended.length - drop || submittedAt > now) return;
      const late = submittedAt.getTime() > due;
      const value = t.metricTarget === null ? null : reportedQuantity(Number(t.metricTarget), pct, t.metricUnit);
      out.reports.push({
        id: stableId('report', `${t.id}:${m.period}`),
        targetId: t.id,
        periodKey: m.period,
        actualPercent: pct,
        actualValue: value,
        narrative: rng.pick(text.narrative).replace('{t}', t.title).replace('{p}', String(pct)),
        problems: cls === 'ok' && rng.chance(0.5) ? null : rng.pick(text.problems),
        nextSteps: rng.pick(text.next),
        reportedById: reporter,
        submittedAt,
        late,
      });
    });
  }

  // Comments by leaders and functional departments on reports of various units.
  const authors = ['leader', 'deputy', 'safety', 'perf'].map(byName);
  const latestByTarget = new Map<string, ReportRow>();
  for (const r of out.reports) latestByTarget.set(r.targetId, r);
  const pool = [...out.reports];
  const used = new Set<string>();
  for (let tries = 0; out.comments.length < 40 && tries < 400 && pool.length; tries++) {
    const r = rng.pick(pool);
    if (used.has(r.id)) continue;
    used.add(r.id);
    const createdAt = new Date(Math.min(now.getTime() - HOUR, r.submittedAt.getTime() + rng.int(1, 3) * DAY));
    out.comments.push({
      id: stableId('comment', r.id),
      targetId: r.targetId,
      reportId: r.id,
      authorId: rng.pick(authors),
      body: rng.pick(COMMENTS),
      createdAt,
    });
  }

  // Supervision orders: mostly OPEN, on lagging targets; at least two OPEN for 成都.
  const cd = accounts.find((a) => a.username === 'unit.chengdu')!;
  const lagging = published.filter((t) => classOf.get(t.id) !== 'ok' && latestByTarget.has(t.id));
  const cdTargets = published.filter((t) => t.unitId === cd.unitId && latestByTarget.has(t.id)).slice(0, 2);
  const chosen = [...cdTargets];
  for (const t of lagging) {
    if (chosen.length >= 12) break;
    if (!chosen.includes(t)) chosen.push(t);
  }
  const issuers = [byName('leader'), byName('deputy')];
  chosen.forEach((t, i) => {
    const r = latestByTarget.get(t.id)!;
    const status: OrderRow['status'] = i < 2 ? 'OPEN' : i >= 10 ? 'CLOSED' : i >= 8 ? 'RESPONDED' : 'OPEN';
    const issued = new Date(Math.min(now.getTime() - 2 * DAY, r.submittedAt.getTime() + DAY));
    const due = new Date(issued.getTime() + 10 * DAY);
    const responder = unitAdmin.get(t.unitId) ?? r.reportedById;
    const respondedAt = status === 'OPEN' ? null : new Date(issued.getTime() + DAY);
    const closedAt = status === 'CLOSED' ? new Date(issued.getTime() + 1.5 * DAY) : null;
    out.orders.push({
      id: stableId('supervision', t.id),
      targetId: t.id,
      reportId: r.id,
      issuedById: rng.pick(issuers),
      instruction: rng.pick(INSTRUCTIONS),
      dueDate: day(due.getUTCFullYear(), due.getUTCMonth() + 1, due.getUTCDate()),
      status,
      response: respondedAt ? rng.pick(RESPONSES) : null,
      respondedById: respondedAt ? responder : null,
      respondedAt,
      closedById: closedAt ? byName('perf') : null,
      closedAt,
      closeNote: closedAt ? '整改措施已落实，同意销号。' : null,
      version: status === 'OPEN' ? 1 : status === 'RESPONDED' ? 2 : 3,
      createdAt: issued,
    });
  });
  return out;
}
