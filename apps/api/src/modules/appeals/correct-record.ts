import type { Prisma } from '@jx/db';
import type { Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { ValidationError, t } from '../../lib/errors.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { auditableRecord, recordInclude } from '../assessment/record.mapper.ts';

/**
 * An accepted appeal's correction of a record in force: the office acts for the assessing department, the old values
 * are kept as a revision (as 修订 keeps them), the record stays SUBMITTED or ARCHIVED with the new score and a new
 * version, and the change is audited with the appeal's reason.
 */
export async function correctRecordByAppeal(tx: Tx, ctx: RequestContext, q: { recordId: string; score: number; reason: string; appealId: string }) {
  const r = await tx.assessmentRecord.findUniqueOrThrow({ where: { id: q.recordId }, include: { ...recordInclude, target: { select: { maxScore: true } } } });
  if (q.score > Number(r.target.maxScore))
    throw ValidationError.field('correctedScore', t('appeals.correctionAboveMax', { maxScore: r.target.maxScore.toFixed(2) }));
  await tx.assessmentRecordRevision.create({
    data: {
      recordId: r.id,
      revisionNo: r._count.revisions + 1,
      snapshot: auditableRecord(r) as Prisma.InputJsonValue,
      reason: `申诉采纳：${q.reason}`,
      createdById: ctx.actor.accountId,
    },
  });
  const score = q.score.toFixed(2);
  await tx.assessmentRecord.update({ where: { id: r.id }, data: { score, version: { increment: 1 } } });
  await recordAudit(tx, ctx, {
    action: 'record.correctByAppeal',
    objectType: 'AssessmentRecord',
    objectId: r.id,
    before: { score: r.score?.toFixed(2) ?? null },
    after: { score, appealId: q.appealId },
    reason: q.reason,
  });
}
