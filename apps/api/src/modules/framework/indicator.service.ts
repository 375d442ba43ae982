import type { z } from 'zod';
import {
  checkSiblingWeights,
  childLevel,
  formatWeightBp,
  weightBpOf,
  type createIndicator,
  type FieldIssue,
  type RebalanceWeightsBody,
  type updateIndicator,
} from '@jx/contract';
import type { Indicator } from '@jx/db';
import type { Db, Tx } from '../../lib/db.ts';
import type { RequestContext } from '../../lib/context.ts';
import { InvalidStateError, issue, NotFoundError, t, ValidationError, VersionConflictError } from '../../lib/errors.ts';
import { assertUpdated } from '../../lib/versioned.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { auditableIndicator, buildIndicatorTree, indicatorInclude, indicatorOrder, toIndicatorDto } from './indicator.mapper.ts';

export type CreateBody = z.output<NonNullable<typeof createIndicator.body>>;
export type UpdateBody = z.output<NonNullable<typeof updateIndicator.body>>;
type RebalanceBody = z.output<typeof RebalanceWeightsBody>;

const loadIndicator = (db: Db | Tx, id: string) => db.indicator.findUnique({ where: { id }, include: indicatorInclude });

/**
 * The year whose framework is being edited: it must exist (`field` names the request field that points at it)
 * and must not be closed — a closed year's indicators are what its results were computed on.
 */
export async function assertFrameworkEditable(tx: Tx, yearId: string, field: string | null) {
  const year = await tx.year.findUnique({ where: { id: yearId } });
  if (!year) throw field ? ValidationError.field(field, t('common.notFound', { entity: 'year' })) : new NotFoundError('year');
  if (year.status === 'CLOSED') throw new InvalidStateError(t('framework.yearClosed', { year: year.name }));
  return year;
}

/** Only a first-level indicator names a target type, and the type must exist. */
async function assertTargetType(tx: Tx, level: number, targetTypeId: string | null | undefined) {
  if (!targetTypeId) return;
  if (level !== 1) throw ValidationError.field('targetTypeId', t('framework.targetTypeOnlyOnLevel1'));
  if (!(await tx.targetType.findUnique({ where: { id: targetTypeId } })))
    throw ValidationError.field('targetTypeId', t('common.notFound', { entity: 'targetType' }));
}

/**
 * What still hangs on an indicator and keeps it from being deleted: its lower-level indicators, and the targets on it
 * (targets hang on leaves; the foreign key would refuse too, but with nothing a user can act on).
 */
async function assertIndicatorDeletable(tx: Tx, indicator: Indicator) {
  const children = await tx.indicator.count({ where: { parentId: indicator.id } });
  if (children > 0) throw new InvalidStateError(t('framework.indicatorHasChildren', { name: indicator.name, count: children }));
  const targets = await tx.target.count({ where: { indicatorId: indicator.id } });
  if (targets > 0) throw new InvalidStateError(t('framework.indicatorHasTargets', { count: targets }));
}

/** Creates an indicator inside the caller's transaction: a direct edit and an accepted proposal alike. */
export async function createIndicatorIn(tx: Tx, ctx: RequestContext, body: CreateBody) {
  await assertFrameworkEditable(tx, body.yearId, 'yearId');
  let level = 1;
  if (body.parentId) {
    const parent = await tx.indicator.findUnique({ where: { id: body.parentId } });
    if (!parent || parent.yearId !== body.yearId) throw ValidationError.field('parentId', t('framework.parentNotInYear'));
    const next = childLevel(parent.level);
    if (!next.ok) throw ValidationError.field('parentId', next.text);
    level = next.level;
  }
  await assertTargetType(tx, level, body.targetTypeId);
  const created = await tx.indicator.create({
    data: {
      yearId: body.yearId,
      parentId: body.parentId ?? null,
      level,
      code: body.code,
      name: body.name,
      description: body.description ?? null,
      weightBp: weightBpOf(body.weight),
      sortOrder: body.sortOrder,
      targetTypeId: body.targetTypeId ?? null,
    },
    include: indicatorInclude,
  });
  await recordAudit(tx, ctx, {
    action: 'indicators.create',
    objectType: 'Indicator',
    objectId: created.id,
    before: null,
    after: auditableIndicator(created),
  });
  return toIndicatorDto(created);
}

/** A single edit may leave its sibling set short of (or over) 100 %; the tree lists that as a problem. */
export async function updateIndicatorIn(tx: Tx, ctx: RequestContext, id: string, body: UpdateBody) {
  const before = await tx.indicator.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('indicator');
  await assertFrameworkEditable(tx, before.yearId, null);
  await assertTargetType(tx, before.level, body.targetTypeId);
  assertUpdated(
    await tx.indicator.updateMany({
      where: { id, version: body.version },
      data: {
        code: body.code,
        name: body.name,
        description: body.description ?? null,
        weightBp: weightBpOf(body.weight),
        sortOrder: body.sortOrder,
        targetTypeId: body.targetTypeId ?? null,
        version: { increment: 1 },
      },
    }),
    'indicator',
  );
  const after = (await loadIndicator(tx, id))!;
  await recordAudit(tx, ctx, {
    action: 'indicators.update',
    objectType: 'Indicator',
    objectId: id,
    before: auditableIndicator(before),
    after: auditableIndicator(after),
  });
  return toIndicatorDto(after);
}

export async function removeIndicatorIn(tx: Tx, ctx: RequestContext, id: string, version: number) {
  const before = await tx.indicator.findUnique({ where: { id } });
  if (!before) throw new NotFoundError('indicator');
  await assertFrameworkEditable(tx, before.yearId, null);
  if (before.version !== version) throw new VersionConflictError('indicator');
  await assertIndicatorDeletable(tx, before);
  assertUpdated(await tx.indicator.deleteMany({ where: { id, version } }), 'indicator');
  await recordAudit(tx, ctx, { action: 'indicators.delete', objectType: 'Indicator', objectId: id, before: auditableIndicator(before), after: null });
  return { ok: true as const };
}

export function createIndicatorService(db: Db) {
  async function tree(client: Db | Tx, yearId: string) {
    const rows = await client.indicator.findMany({ where: { yearId }, include: indicatorInclude, orderBy: indicatorOrder });
    return buildIndicatorTree(yearId, rows);
  }

  return {
    /** The year's tree with each sibling set's sum; an unknown year has an empty tree (like its categories). */
    tree: (yearId: string) => tree(db, yearId),

    create: (ctx: RequestContext, body: CreateBody) => db.$transaction((tx) => createIndicatorIn(tx, ctx, body)),
    update: (ctx: RequestContext, id: string, body: UpdateBody) => db.$transaction((tx) => updateIndicatorIn(tx, ctx, id, body)),
    remove: (ctx: RequestContext, id: string, version: number) => db.$transaction((tx) => removeIndicatorIn(tx, ctx, id, version)),

    /**
     * Sets the weights of one whole sibling set at once: every sibling exactly once, summing to exactly 100 %,
     * each at the version the caller saw. Any problem refuses the whole request and writes nothing.
     */
    rebalance(ctx: RequestContext, body: RebalanceBody) {
      return db.$transaction(async (tx) => {
        await assertFrameworkEditable(tx, body.yearId, 'yearId');
        if (body.parentId) {
          const parent = await tx.indicator.findUnique({ where: { id: body.parentId } });
          if (!parent || parent.yearId !== body.yearId) throw ValidationError.field('parentId', t('framework.parentNotInYear'));
        }
        const siblings = await tx.indicator.findMany({ where: { yearId: body.yearId, parentId: body.parentId }, orderBy: indicatorOrder });
        const byId = new Map(siblings.map((s) => [s.id, s]));

        const issues: FieldIssue[] = [];
        body.weights.forEach((w, i) => {
          if (!byId.has(w.id)) issues.push(issue(`weights.${i}.id`, t('framework.notASibling')));
        });
        const given = new Set(body.weights.map((w) => w.id));
        const missing = siblings.filter((s) => !given.has(s.id));
        if (missing.length) {
          issues.push(issue('weights', t('framework.siblingsMissing', { count: missing.length, names: missing.map((m) => m.name).join('、') })));
        }
        if (issues.length) throw new ValidationError(issues);

        const bps = body.weights.map((w) => weightBpOf(w.weight));
        const check = checkSiblingWeights(bps);
        if (!check.valid) {
          const text = t('weights.sumNot100', { sum: formatWeightBp(check.sumBp) });
          throw new ValidationError(body.weights.map((_, i) => issue(`weights.${i}.weight`, text)));
        }
        // Every sibling at the version the caller saw, before anything is written.
        if (body.weights.some((w) => byId.get(w.id)!.version !== w.version)) throw new VersionConflictError('indicator');

        for (const [i, w] of body.weights.entries()) {
          const before = byId.get(w.id)!;
          if (before.weightBp === bps[i]) continue;
          assertUpdated(
            await tx.indicator.updateMany({ where: { id: w.id, version: w.version }, data: { weightBp: bps[i]!, version: { increment: 1 } } }),
            'indicator',
          );
          await recordAudit(tx, ctx, {
            action: 'indicators.rebalance',
            objectType: 'Indicator',
            objectId: w.id,
            before: { weightPercent: formatWeightBp(before.weightBp) },
            after: { weightPercent: formatWeightBp(bps[i]!) },
          });
        }
        return tree(tx, body.yearId);
      });
    },
  };
}
