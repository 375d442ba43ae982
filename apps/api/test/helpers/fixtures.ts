import type { AnnouncementStatus, PrismaClient, Role, TargetStatus } from '@jx/db';
import type { Seeded } from './seeded.ts';
import { SEED_NOW } from './constants.ts';

/**
 * Records written straight through Prisma (no API call, no audit event), so a test can give every request
 * its own fresh target. Codes and names are unique within the test file's database.
 */
export function createFixtures(db: PrismaClient, seeded: Seeded) {
  let n = 0;
  const next = () => ++n;
  let nextYear = 2031;

  return {
    /** A unique suffix for codes, names and usernames. */
    next,
    nextYear: () => nextYear++,

    unit(opts: { active?: boolean; parentId?: string } = {}) {
      const i = next();
      return db.unit.create({
        data: {
          code: `FX-U${i}`,
          name: `测试单位${i}`,
          kind: 'DIRECT_UNIT',
          parentId: opts.parentId ?? seeded.rootUnitId,
          sortOrder: 9000 + i,
          active: opts.active ?? true,
        },
      });
    },

    year() {
      const y = nextYear++;
      return db.year.create({ data: { year: y, name: `${y}年度`, status: 'PLANNING' } });
    },

    category(opts: { yearId?: string } = {}) {
      const i = next();
      return db.assessmentCategory.create({ data: { yearId: opts.yearId ?? seeded.yearId, code: `FX${i}`, name: `测试类别${i}`, sortOrder: 900 + i } });
    },

    /**
     * An indicator (default: first level of the seed year, 10 %); under `parent` it is one level below it.
     * Weights are whatever the test says, so sibling sets may well not sum to 100 %.
     */
    indicator(opts: { yearId?: string; parent?: { id: string; level: number; yearId: string }; weightBp?: number; code?: string } = {}) {
      const i = next();
      return db.indicator.create({
        data: {
          yearId: opts.parent?.yearId ?? opts.yearId ?? seeded.yearId,
          parentId: opts.parent?.id ?? null,
          level: opts.parent ? opts.parent.level + 1 : 1,
          code: opts.code ?? `FX-I${i}`,
          name: `测试指标${i}`,
          weightBp: opts.weightBp ?? 1000,
          sortOrder: 900 + i,
        },
      });
    },

    /** An active person with one open assignment (since 2020-01-01) in the unit with this code. */
    async person(unitCode = 'CITY-CD') {
      const i = next();
      const unitId = seeded.unitId(unitCode);
      return db.person.create({
        data: {
          staffNo: `FX${String(i).padStart(5, '0')}`,
          name: `测试人员${i}`,
          position: '科员',
          unitId,
          assignments: { create: { unitId, position: '科员', startDate: new Date('2020-01-01T00:00:00Z') } },
        },
      });
    },

    /** An account whose password is the demo password (no change required). */
    account(
      opts: {
        roles?: Role[];
        unitId?: string | null;
        status?: 'ACTIVE' | 'DISABLED';
        lockedUntil?: Date | null;
        portfolioUnitIds?: string[];
        username?: string;
      } = {},
    ) {
      const i = next();
      const roles = opts.roles ?? ['UNIT_STAFF'];
      return db.account.create({
        data: {
          username: opts.username ?? `fx.account${i}`,
          displayName: `测试账户${i}`,
          roles,
          unitId: opts.unitId === undefined ? seeded.unitId('CITY-CD') : opts.unitId,
          status: opts.status ?? 'ACTIVE',
          passwordHash: seeded.demoPasswordHash,
          passwordChangedAt: SEED_NOW,
          mustChangePassword: false,
          lockedUntil: opts.lockedUntil ?? null,
          failedLoginCount: opts.lockedUntil ? 5 : 0,
          portfolioUnits: opts.portfolioUnitIds ? { create: opts.portfolioUnitIds.map((unitId) => ({ unitId })) } : undefined,
        },
      });
    },

    /**
     * A target of the seed year (default: 成都, 安全生产 on leaf 2.3.1, monthly plan to 100 % in December, one responsible
     * person), in the given state. A PUBLISHED one has its revision 1.
     */
    async target(
      opts: {
        status?: TargetStatus;
        unitCode?: string;
        typeCode?: string;
        leafCode?: string;
        yearId?: string;
        indicatorId?: string;
        personId?: string;
        deadline?: string;
        milestones?: { period: string; plannedPercent: number }[];
      } = {},
    ) {
      const i = next();
      const unitId = seeded.unitId(opts.unitCode ?? 'CITY-CD');
      const type = await db.targetType.findUniqueOrThrow({ where: { code: opts.typeCode ?? 'SAFETY' } });
      const leaf = opts.indicatorId
        ? await db.indicator.findUniqueOrThrow({ where: { id: opts.indicatorId } })
        : await db.indicator.findUniqueOrThrow({ where: { yearId_code: { yearId: seeded.yearId, code: opts.leafCode ?? '2.3.1' } } });
      const person = opts.personId ?? (await seeded.personIn(opts.unitCode ?? 'CITY-CD'));
      const status = opts.status ?? 'DRAFT';
      const periods =
        type.reportingRhythm === 'MONTHLY' ? Array.from({ length: 12 }, (_, k) => `M${String(k + 1).padStart(2, '0')}`) : ['Q1', 'Q2', 'Q3', 'Q4'];
      const milestones = opts.milestones ?? periods.map((period, k) => ({ period, plannedPercent: Math.round(((k + 1) * 100) / periods.length) }));
      const t = await db.target.create({
        data: {
          yearId: opts.yearId ?? seeded.yearId,
          unitId,
          targetTypeId: type.id,
          indicatorId: leaf.id,
          title: `测试目标${i}`,
          content: '工作内容',
          measures: '工作措施',
          deadline: new Date(`${opts.deadline ?? '2026-12-31'}T00:00:00Z`),
          expectedResult: '预期效果',
          maxScore: '5',
          origin: 'DECLARED',
          status,
          returnReason: status === 'RETURNED' ? '请补充' : null,
          publishedRevisionNo: status === 'PUBLISHED' ? 1 : null,
          milestones: { create: milestones },
          responsibles: { create: [{ personId: person, shareBp: 10000 }] },
        },
      });
      if (status === 'PUBLISHED') {
        const p = await db.person.findUniqueOrThrow({ where: { id: person } });
        await db.targetRevision.create({
          data: {
            targetId: t.id,
            revisionNo: 1,
            status: 'PUBLISHED',
            reason: '首次发布',
            publishedAt: new Date('2026-02-01T00:00:00Z'),
            snapshot: {
              title: t.title,
              content: t.content,
              measures: t.measures,
              deadline: opts.deadline ?? '2026-12-31',
              expectedResult: t.expectedResult,
              maxScore: '5.00',
              metricUnit: null,
              metricTarget: null,
              indicatorId: leaf.id,
              indicatorName: leaf.name,
              milestones,
              responsibles: [{ personId: person, personName: p.name, shareBp: 10000, share: '100.00' }],
            },
          },
        });
      }
      return t;
    },

    /**
     * A year of its own with a whole (valid) framework: one category holding 成都 with every target type, and one
     * first-level indicator of 100 % that is a leaf. For tests that other files' or recipes' indicator edits of the
     * seed year must not disturb (publishing refuses a tree whose weights are not whole).
     */
    async frameworkYear() {
      const y = await this.year();
      const c = await this.category({ yearId: y.id });
      const types = await db.targetType.findMany();
      await db.categoryTargetType.createMany({ data: types.map((t) => ({ categoryId: c.id, targetTypeId: t.id })) });
      await db.assessedUnit.create({ data: { yearId: y.id, unitId: seeded.unitId('CITY-CD'), categoryId: c.id } });
      const leaf = await this.indicator({ yearId: y.id, weightBp: 10000 });
      return { yearId: y.id, leafId: leaf.id };
    },

    /** A progress report (进展报告) of a target for one period, written directly (default: on time, by staff.chengdu). */
    report(targetId: string, opts: { periodKey: string; actualPercent: number; reportedById?: string; late?: boolean; submittedAt?: Date }) {
      return db.progressReport.create({
        data: {
          targetId,
          periodKey: opts.periodKey,
          actualPercent: opts.actualPercent,
          narrative: `${opts.periodKey} 进展情况`,
          reportedById: opts.reportedById ?? seeded.accountId('staff.chengdu'),
          submittedAt: opts.submittedAt ?? SEED_NOW,
          late: opts.late ?? false,
        },
      });
    },

    /** A supervision order (督办) on a target, written directly (default: OPEN, issued by leader, due 2026-03-20). */
    order(targetId: string, opts: { issuedById?: string; status?: 'OPEN' | 'RESPONDED' | 'CLOSED'; dueDate?: string } = {}) {
      const status = opts.status ?? 'OPEN';
      return db.supervisionOrder.create({
        data: {
          targetId,
          issuedById: opts.issuedById ?? seeded.accountId('leader'),
          instruction: '请说明进度滞后原因并提出整改措施',
          dueDate: new Date(`${opts.dueDate ?? '2026-03-20'}T00:00:00Z`),
          status,
          response: status === 'OPEN' ? null : '已制定整改方案',
          respondedAt: status === 'OPEN' ? null : SEED_NOW,
        },
      });
    },

    announcement(status: AnnouncementStatus = 'DRAFT') {
      const i = next();
      return db.announcement.create({
        data: {
          title: `测试公告${i}`,
          body: `测试公告正文${i}`,
          status,
          publishedAt: status === 'DRAFT' ? null : SEED_NOW,
        },
      });
    },
  };
}
export type Fixtures = ReturnType<typeof createFixtures>;
