import type { AnnouncementStatus, PrismaClient, Role } from '@jx/db';
import type { Seeded } from './seeded.ts';

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
        data: { code: `FX-U${i}`, name: `测试单位${i}`, kind: 'DIRECT_UNIT', parentId: opts.parentId ?? seeded.rootUnitId, sortOrder: 9000 + i, active: opts.active ?? true },
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
    account(opts: { roles?: Role[]; unitId?: string | null; status?: 'ACTIVE' | 'DISABLED'; lockedUntil?: Date | null; portfolioUnitIds?: string[]; username?: string } = {}) {
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
          passwordChangedAt: new Date('2026-03-01T00:00:00Z'),
          mustChangePassword: false,
          lockedUntil: opts.lockedUntil ?? null,
          failedLoginCount: opts.lockedUntil ? 5 : 0,
          portfolioUnits: opts.portfolioUnitIds ? { create: opts.portfolioUnitIds.map((unitId) => ({ unitId })) } : undefined,
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
          publishedAt: status === 'DRAFT' ? null : new Date('2026-03-01T00:00:00Z'),
        },
      });
    },
  };
}
export type Fixtures = ReturnType<typeof createFixtures>;
