import type { PrismaClient } from './generated/prisma/client.ts';

/**
 * The columns the schema fills from the database's own clock (`@default(now())`) or Prisma's (`@updatedAt`), per
 * model. `withClock` fills them from the application's clock instead, so a server or a seed pinned to another instant
 * (tests, demo data) writes coherent times. clock-stamps.test.ts keeps this list equal to prisma/schema.prisma.
 */
export const CLOCK_STAMPS: Record<string, { created: readonly string[]; updated: readonly string[] }> = {
  Unit: { created: ['createdAt'], updated: ['updatedAt'] },
  TargetType: { created: ['createdAt'], updated: ['updatedAt'] },
  Year: { created: ['createdAt'], updated: ['updatedAt'] },
  AssessmentCategory: { created: ['createdAt'], updated: ['updatedAt'] },
  Indicator: { created: ['createdAt'], updated: ['updatedAt'] },
  FrameworkProposal: { created: ['createdAt'], updated: ['updatedAt'] },
  AssessedUnit: { created: ['createdAt'], updated: ['updatedAt'] },
  Person: { created: ['createdAt'], updated: ['updatedAt'] },
  PersonAssignment: { created: ['createdAt'], updated: [] },
  Account: { created: ['passwordChangedAt', 'createdAt'], updated: ['updatedAt'] },
  PasswordHistory: { created: ['createdAt'], updated: [] },
  Session: { created: ['createdAt', 'lastSeenAt'], updated: [] },
  LoginThrottle: { created: [], updated: ['updatedAt'] },
  LoginEvent: { created: ['at'], updated: [] },
  AuditEvent: { created: ['at'], updated: [] },
  Announcement: { created: ['createdAt'], updated: ['updatedAt'] },
  Setting: { created: [], updated: ['updatedAt'] },
  Target: { created: ['createdAt'], updated: ['updatedAt'] },
  TargetRevision: { created: ['createdAt'], updated: [] },
  SpecialTask: { created: ['createdAt'], updated: ['updatedAt'] },
  ProgressReport: { created: ['createdAt'], updated: ['updatedAt'] },
  Document: { created: ['createdAt'], updated: [] },
  Comment: { created: ['createdAt'], updated: [] },
  SupervisionOrder: { created: ['createdAt'], updated: ['updatedAt'] },
  SupervisionUrge: { created: ['createdAt'], updated: [] },
  Notification: { created: ['createdAt'], updated: [] },
  AssessmentPeriod: { created: ['createdAt'], updated: ['updatedAt'] },
  AssessmentProcess: { created: ['createdAt'], updated: ['updatedAt'] },
  AssessingDepartment: { created: ['createdAt'], updated: [] },
  AssessmentRecord: { created: ['createdAt'], updated: ['updatedAt'] },
  AssessmentRecordRevision: { created: ['createdAt'], updated: [] },
  RatingScale: { created: ['createdAt'], updated: ['updatedAt'] },
  RaterAssignment: { created: ['createdAt'], updated: [] },
  Rating: { created: ['createdAt'], updated: ['updatedAt'] },
  ImportedValue: { created: ['createdAt'], updated: [] },
  AdjustmentCategory: { created: ['createdAt'], updated: ['updatedAt'] },
  Adjustment: { created: ['createdAt'], updated: ['updatedAt'] },
  ScoringModel: { created: ['createdAt'], updated: ['updatedAt'] },
  ScoringModelVersion: { created: ['createdAt'], updated: [] },
  ResultSet: { created: ['createdAt'], updated: ['updatedAt'] },
  SummaryRun: { created: ['createdAt'], updated: [] },
  ResultWaiver: { created: ['createdAt'], updated: [] },
  Appeal: { created: ['createdAt'], updated: ['updatedAt'] },
  Holiday: { created: ['createdAt'], updated: [] },
};

type Data = Record<string, unknown>;

/** Sets each field the caller left out (a created row also gets its `updatedAt`). */
function stamp(data: unknown, fields: readonly string[], at: Date) {
  const rows = Array.isArray(data) ? data : [data];
  for (const row of rows as Data[]) {
    if (!row || typeof row !== 'object') continue;
    for (const f of fields) if (row[f] === undefined) row[f] = at;
  }
}

/**
 * The client with time stamps taken from `now()`. Covers top-level create, createMany, update, updateMany and upsert
 * (and the same inside interactive transactions); rows created through a nested write keep the database default.
 */
export function withClock(client: PrismaClient, now: () => Date): PrismaClient {
  const extended = client.$extends({
    name: 'clock-stamps',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          const fields = CLOCK_STAMPS[model];
          if (fields) {
            const at = now();
            const a = args as { data?: unknown; create?: unknown; update?: unknown };
            const onCreate = [...fields.created, ...fields.updated];
            if (operation === 'create' || operation === 'createMany' || operation === 'createManyAndReturn') stamp(a.data, onCreate, at);
            if (operation === 'update' || operation === 'updateMany' || operation === 'updateManyAndReturn') stamp(a.data, fields.updated, at);
            if (operation === 'upsert') {
              stamp(a.create, onCreate, at);
              stamp(a.update, fields.updated, at);
            }
          }
          return query(args);
        },
      },
    },
  });
  // A query extension changes no method's shape: the extended client is used wherever a PrismaClient is expected.
  return extended as unknown as PrismaClient;
}
