import type { z } from 'zod';
import type { RatedRater, RaterAssignment, RaterCandidate, RaterGroup, Role, listRaters, setRaters } from '@jx/contract';
import type { Prisma } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ConflictError, NotFoundError, ValidationError, t, type ErrorText } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assignmentProgress } from './rating.expected.ts';

type ListQuery = z.output<NonNullable<typeof listRaters.query>>;
type SetBody = z.output<NonNullable<typeof setRaters.body>>;

/** 绩效委 members: any leader, department or office account. */
const ORG_ROLES: Role[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'FUNC_DEPT', 'PERF_OFFICE'];
/**
 * 互评: the account acting for an assessed unit of the category — a unit's admin, or for 厅机关处室 (whose accounts are
 * the departments' and the office's) the department's own account.
 */
const PEER_ROLES: Role[] = ['UNIT_ADMIN', 'FUNC_DEPT', 'PERF_OFFICE'];
const ROLES_OF: Record<Exclude<RaterGroup, 'PUBLIC'>, Role[]> = {
  LEADER_MAIN: ['LEADER_MAIN'],
  LEADER_DEPUTY: ['LEADER_DEPUTY'],
  ORG: ORG_ROLES,
  PEER: PEER_ROLES,
};
const REFUSAL: Record<Exclude<RaterGroup, 'PUBLIC'>, 'raters.notLeaderMain' | 'raters.notLeaderDeputy' | 'raters.notOrgMember' | 'raters.notPeer'> = {
  LEADER_MAIN: 'raters.notLeaderMain',
  LEADER_DEPUTY: 'raters.notLeaderDeputy',
  ORG: 'raters.notOrgMember',
  PEER: 'raters.notPeer',
};

interface AccountLike {
  displayName: string;
  roles: Role[];
  unitId: string | null;
  status: string;
}

/** Why an account may not rate in the group for a category whose assessed units are `categoryUnitIds` (null: it may). */
function refusal(group: Exclude<RaterGroup, 'PUBLIC'>, a: AccountLike, categoryUnitIds: ReadonlySet<string>): ErrorText | null {
  if (a.status !== 'ACTIVE') return t('raters.accountInactive', { name: a.displayName });
  const roleOk = a.roles.some((r) => ROLES_OF[group].includes(r));
  const unitOk = group !== 'PEER' || (a.unitId !== null && categoryUnitIds.has(a.unitId));
  return roleOk && unitOk ? null : t(REFUSAL[group], { name: a.displayName });
}

const include = {
  category: { select: { name: true, sortOrder: true } },
  indicator: { select: { name: true } },
  scale: { select: { name: true } },
  rater: { select: { displayName: true, username: true, unitId: true, unit: { select: { name: true } } } },
} as const satisfies Prisma.RaterAssignmentInclude;
type Row = Prisma.RaterAssignmentGetPayload<{ include: typeof include }>;

const GROUP_ORDER: RaterGroup[] = ['LEADER_MAIN', 'LEADER_DEPUTY', 'ORG', 'PEER', 'PUBLIC'];

function toDto(r: Row, progress: { expected: number; submitted: number; drafts: number } | undefined): RaterAssignment {
  return {
    id: r.id,
    periodId: r.periodId,
    categoryId: r.categoryId,
    categoryName: r.category.name,
    group: r.group,
    indicatorId: r.indicatorId,
    indicatorName: r.indicator?.name ?? null,
    scaleId: r.scaleId,
    scaleName: r.scale.name,
    raterAccountId: r.raterAccountId,
    raterName: r.rater.displayName,
    raterUsername: r.rater.username,
    raterUnitId: r.rater.unitId,
    raterUnitName: r.rater.unit?.name ?? null,
    expected: progress?.expected ?? 0,
    submitted: progress?.submitted ?? 0,
    drafts: progress?.drafts ?? 0,
  };
}

const byRoster = (a: Row, b: Row) =>
  a.category.sortOrder - b.category.sortOrder ||
  GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
  (a.indicator?.name ?? '').localeCompare(b.indicator?.name ?? '', 'zh-CN') ||
  a.rater.username.localeCompare(b.rater.username);

/** The slot a roster change names: a period, a category, a group and (绩效委 only) an indicator. */
interface Slot {
  periodId: string;
  categoryId: string;
  group: RaterGroup;
  indicatorId: string | null;
}
const slotWhere = (s: Slot): Prisma.RaterAssignmentWhereInput => ({
  periodId: s.periodId,
  categoryId: s.categoryId,
  group: s.group,
  indicatorId: s.indicatorId,
});
/** The ratings given in a slot (by whichever rater). */
const slotRatings = (s: Slot, raterAccountIds?: string[]): Prisma.RatingWhereInput => ({
  periodId: s.periodId,
  group: s.group,
  indicatorId: s.indicatorId,
  assessedUnit: { categoryId: s.categoryId },
  ...(raterAccountIds ? { raterAccountId: { in: raterAccountIds } } : {}),
});

/** 评价名单: who rates which category in a period, in which group, on which scale; set by the performance office. */
export function createRosterService(db: Db) {
  async function list(tx: Db | Tx, where: Prisma.RaterAssignmentWhereInput, periodId: string): Promise<RaterAssignment[]> {
    const [rows, progress] = await Promise.all([tx.raterAssignment.findMany({ where, include }), assignmentProgress(tx, periodId)]);
    return rows.sort(byRoster).map((r) => toDto(r, progress.get(r.id)));
  }

  /** The period, and the category of its year: 404 / 400 on the field. */
  async function periodAndCategory(tx: Db | Tx, periodId: string, categoryId: string) {
    const period = await tx.assessmentPeriod.findUnique({ where: { id: periodId }, select: { id: true, yearId: true } });
    if (!period) throw new NotFoundError('assessmentPeriod');
    const category = await tx.assessmentCategory.findUnique({ where: { id: categoryId }, select: { id: true, yearId: true } });
    if (!category) throw new NotFoundError('category');
    if (category.yearId !== period.yearId) throw ValidationError.field('categoryId', t('raters.categoryOfOtherYear'));
    return { period, category };
  }

  const categoryUnitIds = async (tx: Db | Tx, categoryId: string) =>
    new Set((await tx.assessedUnit.findMany({ where: { categoryId }, select: { unitId: true } })).map((u) => u.unitId));

  return {
    async list(q: ListQuery): Promise<RaterAssignment[]> {
      if (!(await db.assessmentPeriod.findUnique({ where: { id: q.periodId }, select: { id: true } }))) throw new NotFoundError('assessmentPeriod');
      return list(db, { periodId: q.periodId, ...(q.categoryId ? { categoryId: q.categoryId } : {}), ...(q.group ? { group: q.group } : {}) }, q.periodId);
    },

    async candidates(q: { periodId: string; categoryId: string; group: RaterGroup }): Promise<RaterCandidate[]> {
      await periodAndCategory(db, q.periodId, q.categoryId);
      if (q.group === 'PUBLIC') return [];
      const units = q.group === 'PEER' ? [...(await categoryUnitIds(db, q.categoryId))] : null;
      const rows = await db.account.findMany({
        where: { status: 'ACTIVE', roles: { hasSome: ROLES_OF[q.group] }, ...(units ? { unitId: { in: units } } : {}) },
        select: { id: true, displayName: true, username: true, unitId: true, roles: true, unit: { select: { name: true } } },
        orderBy: { username: 'asc' },
      });
      return rows.map((a) => ({
        accountId: a.id,
        displayName: a.displayName,
        username: a.username,
        unitId: a.unitId,
        unitName: a.unit?.name ?? null,
        roles: a.roles,
      }));
    },

    /**
     * Replaces a slot's raters. Every account is checked against the group (400 naming `raterAccountIds.<i>`). Raters
     * taken off who have submitted ratings in the slot: 409 listing them, unless confirmed; then all their ratings of the
     * slot go with them (a rater taken off never leaves drafts behind). The scale changes only while the slot has no
     * ratings at all (a level given on one scale means nothing on another).
     */
    set(ctx: RequestContext, body: SetBody): Promise<{ items: RaterAssignment[] }> {
      return db.$transaction(async (tx) => {
        const { period } = await periodAndCategory(tx, body.periodId, body.categoryId);
        if (body.group === 'PUBLIC') throw ValidationError.field('group', t('raters.publicHasNoRaters'));
        const group = body.group;
        const slot: Slot = { periodId: body.periodId, categoryId: body.categoryId, group, indicatorId: body.indicatorId ?? null };
        if (slot.indicatorId) {
          if (group !== 'ORG') throw ValidationError.field('indicatorId', t('raters.indicatorOnlyForOrg'));
          const indicator = await tx.indicator.findUnique({ where: { id: slot.indicatorId }, select: { yearId: true } });
          if (!indicator) throw new NotFoundError('indicator');
          if (indicator.yearId !== period.yearId) throw ValidationError.field('indicatorId', t('raters.indicatorOfOtherYear'));
        }
        const scale = await tx.ratingScale.findUnique({ where: { id: body.scaleId }, select: { id: true, yearId: true } });
        if (!scale) throw new NotFoundError('ratingScale');
        if (scale.yearId !== period.yearId) throw ValidationError.field('scaleId', t('raters.scaleOfOtherYear'));

        const accounts = await tx.account.findMany({
          where: { id: { in: body.raterAccountIds } },
          select: { id: true, displayName: true, roles: true, unitId: true, status: true },
        });
        const unitsOfCategory = group === 'PEER' ? await categoryUnitIds(tx, slot.categoryId) : new Set<string>();
        const seen = new Set<string>();
        body.raterAccountIds.forEach((id, i) => {
          const path = `raterAccountIds.${i}`;
          if (seen.has(id)) throw ValidationError.field(path, t('raters.duplicateAccount'));
          seen.add(id);
          const account = accounts.find((a) => a.id === id);
          if (!account) throw ValidationError.field(path, t('raters.accountUnknown'));
          const why = refusal(group, account, unitsOfCategory);
          if (why) throw ValidationError.field(path, why);
        });

        const before = await tx.raterAssignment.findMany({ where: slotWhere(slot), include });
        const removed = before.filter((r) => !seen.has(r.raterAccountId));
        if (before.some((r) => r.scaleId !== scale.id) && (await tx.rating.count({ where: slotRatings(slot) })) > 0)
          throw new ConflictError(t('raters.scaleInUse'));
        if (removed.length) {
          const removedIds = removed.map((r) => r.raterAccountId);
          const submitted = await tx.rating.groupBy({
            by: ['raterAccountId'],
            where: { ...slotRatings(slot, removedIds), status: 'SUBMITTED' },
            _count: { _all: true },
          });
          if (submitted.length && !body.confirm) {
            const raters: RatedRater[] = submitted.map((s) => ({
              raterAccountId: s.raterAccountId,
              raterName: removed.find((r) => r.raterAccountId === s.raterAccountId)!.rater.displayName,
              submitted: s._count._all,
            }));
            throw new ConflictError(t('raters.haveRatings', { count: raters.length, names: raters.map((r) => r.raterName).join('、') }), { raters });
          }
          await tx.rating.deleteMany({ where: slotRatings(slot, removedIds) });
          await tx.raterAssignment.deleteMany({ where: { id: { in: removed.map((r) => r.id) } } });
        }
        await tx.raterAssignment.updateMany({ where: { ...slotWhere(slot), scaleId: { not: scale.id } }, data: { scaleId: scale.id } });
        const kept = new Set(before.map((r) => r.raterAccountId));
        const added = body.raterAccountIds.filter((id) => !kept.has(id));
        if (added.length) await tx.raterAssignment.createMany({ data: added.map((raterAccountId) => ({ ...slot, raterAccountId, scaleId: scale.id })) });

        await recordAudit(tx, ctx, {
          action: 'raters.set',
          objectType: 'RaterRoster',
          objectId: slot.categoryId,
          before: { ...slot, scaleId: before[0]?.scaleId ?? null, raterAccountIds: before.map((r) => r.raterAccountId).sort() },
          after: { ...slot, scaleId: body.raterAccountIds.length ? scale.id : null, raterAccountIds: [...body.raterAccountIds].sort() },
          reason: removed.length && body.confirm ? '移出已提交评价的评价人（其评价一并删除）' : null,
        });
        return { items: await list(tx, slotWhere(slot), slot.periodId) };
      });
    },
  };
}
