import type { PrismaClient } from '@jx/db';

/**
 * The year's 年终 assessment under way, as on the bench's day in December: its processes open, and a third of their
 * records still drafts (the departments' 评分表 rows left to submit, which the office's and departments' home counts).
 */
export async function openAnnualAssessment(db: PrismaClient, w: { yearId: string; now: Date }) {
  const annual = await db.assessmentPeriod.findFirstOrThrow({ where: { yearId: w.yearId, code: 'ANNUAL' }, select: { id: true } });
  await db.assessmentProcess.updateMany({
    where: { periodId: annual.id },
    data: { status: 'OPEN', openedAt: new Date(w.now.getTime() - 5 * 86_400_000), closedAt: null },
  });
  await db.$executeRaw`
    UPDATE "AssessmentRecord" SET status = 'DRAFT', "submittedAt" = NULL
    WHERE "periodId" = ${annual.id}::uuid AND abs(hashtext(id::text)) % 3 = 0`;
}
