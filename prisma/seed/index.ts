// Demo data: a realistic 省交通运输厅 (四川) with its units, people, accounts, assessment framework (categories,
// assessed units, indicator trees, one pending 指标修改提议 of 安监处), annual targets with milestones, responsibles and revisions, special tasks, and announcements,
// progress reports, comments, supervision orders and Word work documents (documents.ts; only when the app's document
// store and conversion are given).
// The year before (previous-year.ts) is a finished one: published targets, twelve months of reports, closed assessment.
// Run only on an empty database. Everything is written in one transaction: a failure leaves nothing behind.
// The data is deterministic (seeded PRNG, name-based ids): the same `year` gives the same rows every run;
// only timestamps derived from `now` (password change, announcement dates) move with the clock.
import type { Prisma, PrismaClient, Role } from '../../packages/db/src/generated/prisma/client.ts';
import { buildAccounts, DEMO_PASSWORD, isUnitOwnAccount, ROLE_LABELS } from './accounts.ts';
import { buildAnnouncements } from './announcements.ts';
import { buildAdjustments, buildAssessment, buildAssessmentRecords } from './assessment.ts';
import { buildFramework, buildYears, TARGET_TYPES, targetTypeId } from './categories.ts';
import { buildDocuments, convertDocuments, storeDocuments, type SeedDocumentDeps } from './documents.ts';
import { buildIndicators } from './indicators.ts';
import { buildScoringModels, orgRatedIndicators } from './models.ts';
import { buildPersons } from './persons.ts';
import { buildFrameworkProposals } from './proposals.ts';
import { buildRatings } from './ratings.ts';
import { buildReports } from './reports.ts';
import { buildTargets } from './targets.ts';
import { CHILD_UNITS, ROOT_UNIT, type UnitSeed } from './units.ts';
import { buildPreviousYear } from './previous-year.ts';

export { DEMO_PASSWORD } from './accounts.ts';
export type { SeedDocumentDeps, SeedDocumentStore } from './documents.ts';

export interface SeedOptions {
  /** Turns a plain password into the stored hash (the app passes argon2id). Called once. */
  hashPassword: (plain: string) => Promise<string>;
  /** The active assessment year; the year before it is written as CLOSED. */
  year: number;
  /** The clock for password-change and announcement times; defaults to the current time. */
  now?: Date;
  /**
   * The app's document store, upload conversion and display-name rule (the API passes its own; the seed imports
   * nothing from apps/api, decision 0017): when given, the demo work documents (.docx) are written into the store and
   * their rows into the database; without it the seed writes no documents.
   */
  documents?: SeedDocumentDeps;
}

export interface SeedCounts {
  assessmentPeriods: number;
  assessmentProcesses: number;
  assessmentRecords: number;
  adjustmentCategories: number;
  adjustments: number;
  ratingScales: number;
  raterAssignments: number;
  ratings: number;
  importedValues: number;
  scoringModels: number;
  units: number;
  targetTypes: number;
  years: number;
  assessmentCategories: number;
  categoryTargetTypes: number;
  assessedUnits: number;
  indicators: number;
  frameworkProposals: number;
  persons: number;
  personAssignments: number;
  accounts: number;
  accountPortfolioUnits: number;
  accountPortfolioTargetTypes: number;
  announcements: number;
  specialTasks: number;
  targets: number;
  targetMilestones: number;
  targetResponsibles: number;
  targetRevisions: number;
  progressReports: number;
  comments: number;
  supervisionOrders: number;
  documents: number;
}

export interface SeedAccountInfo {
  username: string;
  displayName: string;
  roles: Role[];
  /** Chinese role labels joined with 、 */
  roleLabel: string;
  /** The unit the account acts for, if any. */
  unitName: string | null;
}

export interface SeedSummary {
  year: number;
  counts: SeedCounts;
  /** The password of every demo account. */
  password: string;
  accounts: SeedAccountInfo[];
}

function unitRow(u: UnitSeed, parentId: string | null): Prisma.UnitCreateManyInput {
  return { id: u.id, code: u.code, name: u.name, shortName: u.shortName, kind: u.kind, parentId, sortOrder: u.sortOrder };
}

export async function seedDemoProvince(prisma: PrismaClient, opts: SeedOptions): Promise<SeedSummary> {
  const { year } = opts;
  if (!Number.isInteger(year) || year < 2001 || year > 2100) throw new Error(`seed: invalid year ${year}`);
  const now = opts.now ?? new Date();

  // Build everything in memory first (pure and deterministic), then write.
  const years = buildYears(year);
  const framework = buildFramework(years);
  const indicators = buildIndicators(years, year);
  const people = buildPersons(year);
  const accounts = buildAccounts(people);
  const targets = buildTargets(years, year, framework, indicators, people, accounts, now);
  const execution = buildReports(targets, accounts, year, now);
  // Word documents: the conversion (the slow part) runs while the other rows are written; awaited inside the transaction.
  const documentsReady = opts.documents
    ? convertDocuments(buildDocuments(targets, execution.reports, people, accounts, year, now), opts.documents)
    : Promise.resolve([]);
  documentsReady.catch(() => undefined); // a failure surfaces where it is awaited
  const admin = accounts.find((a) => a.username === 'admin')!;
  const announcements = buildAnnouncements(year, now, admin.id);
  const assessment = buildAssessment(years, year, framework, now);
  const perfAccount = accounts.find((a) => a.username === 'perf')!;
  const proposals = buildFrameworkProposals(years, year, accounts, now);
  const recorderOf = (unitId: string) => accounts.find((a) => a.unitId === unitId && a.roles.includes('FUNC_DEPT'))?.id ?? perfAccount.id;
  const filerOf = (username: string) => {
    const a = accounts.find((x) => x.username === username)!;
    return { id: a.id, unitId: a.unitId! };
  };
  const adjustments = buildAdjustments(years, year, framework, filerOf, now);
  const scoringModels = buildScoringModels(years, year, framework, indicators, perfAccount.id);
  const scoring = buildAssessmentRecords(assessment, targets.targets, new Map(TARGET_TYPES.map((t) => [t.id, t.ownerUnitId])), recorderOf, now);
  const ratings = buildRatings(years, year, framework, assessment, accounts, now, orgRatedIndicators(scoringModels));
  const before = buildPreviousYear(years, year, framework, indicators, people, accounts, now, recorderOf, filerOf);
  // Hash once, outside the transaction (argon2 is deliberately slow).
  const passwordHash = await opts.hashPassword(DEMO_PASSWORD);

  const written: string[] = [];
  const counts = await prisma
    .$transaction(
      async (tx) => {
        const c = {} as SeedCounts;
        // The root first, so the children's parentId has something to point at.
        await tx.unit.create({ data: unitRow(ROOT_UNIT, null) });
        c.units = 1 + (await tx.unit.createMany({ data: CHILD_UNITS.map((u) => unitRow(u, ROOT_UNIT.id)) })).count;
        c.targetTypes = (await tx.targetType.createMany({ data: TARGET_TYPES })).count;
        c.years = (await tx.year.createMany({ data: years })).count;
        c.assessmentCategories = (await tx.assessmentCategory.createMany({ data: framework.categories })).count;
        c.categoryTargetTypes = (await tx.categoryTargetType.createMany({ data: framework.categoryTargetTypes })).count;
        c.assessedUnits = (await tx.assessedUnit.createMany({ data: framework.assessedUnits })).count;
        // One level per statement, so every parent exists before its children point at it.
        c.indicators = 0;
        for (const level of [1, 2, 3]) {
          c.indicators += (await tx.indicator.createMany({ data: indicators.filter((i) => i.level === level) })).count;
        }
        c.persons = (await tx.person.createMany({ data: people.persons })).count;
        c.personAssignments = (await tx.personAssignment.createMany({ data: people.assignments })).count;
        c.accounts = (
          await tx.account.createMany({
            data: accounts.map((a) => ({
              id: a.id,
              username: a.username,
              displayName: a.displayName,
              personId: a.personId,
              unitId: a.unitId,
              roles: a.roles,
              passwordHash,
              passwordChangedAt: now,
              mustChangePassword: false,
            })),
          })
        ).count;
        c.frameworkProposals = (await tx.frameworkProposal.createMany({ data: proposals })).count;
        c.accountPortfolioUnits = (
          await tx.accountPortfolioUnit.createMany({
            data: accounts.flatMap((a) => a.portfolioUnitIds.map((unitId) => ({ accountId: a.id, unitId }))),
          })
        ).count;
        c.accountPortfolioTargetTypes = (
          await tx.accountPortfolioTargetType.createMany({
            data: accounts.flatMap((a) => a.portfolioTargetTypeCodes.map((code) => ({ accountId: a.id, targetTypeId: targetTypeId(code) }))),
          })
        ).count;
        c.announcements = (await tx.announcement.createMany({ data: announcements })).count;
        c.specialTasks = (await tx.specialTask.createMany({ data: targets.specialTasks })).count;
        c.targets = (await tx.target.createMany({ data: [...before.targets.targets, ...targets.targets] })).count;
        c.targetMilestones = (await tx.targetMilestone.createMany({ data: [...before.targets.milestones, ...targets.milestones] })).count;
        c.targetResponsibles = (await tx.targetResponsible.createMany({ data: [...before.targets.responsibles, ...targets.responsibles] })).count;
        c.targetRevisions = (await tx.targetRevision.createMany({ data: [...before.targets.revisions, ...targets.revisions] })).count;
        c.progressReports = (await tx.progressReport.createMany({ data: [...before.reports, ...execution.reports] })).count;
        c.comments = (await tx.comment.createMany({ data: [...before.comments, ...execution.comments] })).count;
        c.supervisionOrders = (await tx.supervisionOrder.createMany({ data: execution.orders })).count;
        c.assessmentPeriods = (await tx.assessmentPeriod.createMany({ data: [...before.assessment.periods, ...assessment.periods] })).count;
        c.assessmentProcesses = (await tx.assessmentProcess.createMany({ data: [...before.assessment.processes, ...assessment.processes] })).count;
        c.assessmentRecords = (await tx.assessmentRecord.createMany({ data: [...before.scoring.records, ...scoring.records] })).count;
        await tx.recordDeduction.createMany({ data: [...before.scoring.deductions, ...scoring.deductions] });
        c.adjustmentCategories = (await tx.adjustmentCategory.createMany({ data: [...before.adjustments.categories, ...adjustments.categories] })).count;
        c.adjustments = (await tx.adjustment.createMany({ data: [...before.adjustments.adjustments, ...adjustments.adjustments] })).count;
        c.ratingScales = (await tx.ratingScale.createMany({ data: [...before.ratings.scales, ...ratings.scales] })).count;
        c.raterAssignments = (await tx.raterAssignment.createMany({ data: [...before.ratings.assignments, ...ratings.assignments] })).count;
        c.ratings = (await tx.rating.createMany({ data: [...before.ratings.ratings, ...ratings.ratings] })).count;
        c.importedValues = (await tx.importedValue.createMany({ data: [...before.ratings.importedValues, ...ratings.importedValues] })).count;
        c.scoringModels = (await tx.scoringModel.createMany({ data: [...before.models.models, ...scoringModels.models] })).count;
        await tx.scoringModelCategory.createMany({ data: [...before.models.categories, ...scoringModels.categories] });
        await tx.scoringModelVersion.createMany({ data: [...before.models.versions, ...scoringModels.versions] });
        const documents = await documentsReady;
        c.documents = (await tx.document.createMany({ data: documents.map((d) => d.row) })).count;
        // The files last: a failure before this point leaves the store untouched, one after it is cleaned up below.
        if (opts.documents) await storeDocuments(opts.documents.store, documents, written);
        return c;
      },
      // Generous: the app seeds on first start, on whatever machine it is given.
      { timeout: 180_000 },
    )
    .catch(async (e: unknown) => {
      for (const name of written) await opts.documents?.store.delete(name).catch(() => undefined);
      throw e;
    });

  return {
    year,
    counts,
    password: DEMO_PASSWORD,
    accounts: accounts.map((a) => ({
      username: a.username,
      displayName: a.displayName,
      roles: a.roles,
      roleLabel: a.roles.map((r) => ROLE_LABELS[r]).join('、'),
      unitName: a.unitName,
    })),
  };
}

/** One line per demo account, for the server's start-up log. */
export function formatSeedSummary(s: SeedSummary): string {
  // The units' own administrator accounts (unit.<单位代码>) are summed up in one line after the named ones.
  const named = s.accounts.filter((a) => !isUnitOwnAccount(a.username));
  const width = Math.max(...named.map((a) => a.username.length));
  const lines = [
    `演示数据（${s.year}年度）：${s.counts.units} 个单位、${s.counts.persons} 名人员、${s.counts.accounts} 个账户、${s.counts.announcements} 条公告`,
    `演示账户（密码均为 ${s.password}）：`,
    ...named.map((a) => `  ${a.username.padEnd(width)}  ${a.roleLabel}  ${a.displayName}`),
    `  另有 ${s.accounts.length - named.length} 个责任单位管理员账户，用户名为 unit.<单位代码>（如 unit.city-zg）`,
  ];
  return lines.join('\n');
}
