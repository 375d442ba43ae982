import type { TargetSnapshot } from '@jx/contract';
import type { Db } from '../../../lib/db.ts';
import { hasRole, type Actor } from '../../../lib/context.ts';
import { ConflictError, ForbiddenError, NotFoundError, t } from '../../../lib/errors.ts';
import { targetReadWhere } from '../target.policy.ts';
import type { LetterData, LetterGroup, LetterTarget } from './letter-data.ts';

/**
 * How much of a unit's targets the actor reads (the rule of targets.list, targetReadWhere):
 * `whole` — the office, the main leader, a deputy with the unit in its portfolio, the unit itself;
 * `types` — a department (the types it owns) or a deputy overseeing target types;
 * `own` — a 责任人 of the unit: the targets decomposed to them; null — nothing (403).
 */
export function letterScope(actor: Actor, unitId: string): 'whole' | 'types' | 'own' | null {
  if (hasRole(actor, 'LEADER_MAIN') || hasRole(actor, 'PERF_OFFICE')) return 'whole';
  if (hasRole(actor, 'LEADER_DEPUTY') && actor.portfolioUnitIds.includes(unitId)) return 'whole';
  if (hasRole(actor, 'UNIT_ADMIN') && actor.unitId === unitId) return 'whole';
  if (hasRole(actor, 'UNIT_STAFF') && actor.unitId === unitId && actor.personId) return 'own';
  if (hasRole(actor, 'FUNC_DEPT') && actor.unitId) return 'types';
  if (hasRole(actor, 'LEADER_DEPUTY') && actor.portfolioTargetTypeIds.length) return 'types';
  return null;
}

/** `2.10.1` after `2.9.3`: indicator codes compared number by number. */
const byCode = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * The letter of one unit and year: its published targets within the actor's scope (scope is part of the query), each
 * in the version in force (the published snapshot, also for a target whose revision is under way). 404 → 403 → 409.
 */
export async function loadLetter(db: Db, actor: Actor, q: { yearId: string; unitId: string }): Promise<LetterData> {
  const [year, unit] = await Promise.all([
    db.year.findUnique({ where: { id: q.yearId }, select: { year: true } }),
    db.unit.findUnique({ where: { id: q.unitId }, select: { name: true } }),
  ]);
  if (!year) throw new NotFoundError('year');
  if (!unit) throw new NotFoundError('unit');
  const scope = letterScope(actor, q.unitId);
  if (!scope) throw new ForbiddenError(t('letter.unitNotVisible'));

  const rows = await db.target.findMany({
    where: { AND: [targetReadWhere(actor), { yearId: q.yearId, unitId: q.unitId, publishedRevisionNo: { not: null } }] },
    select: {
      id: true,
      publishedRevisionNo: true,
      targetType: { select: { id: true, name: true, sortOrder: true } },
      revisions: { select: { revisionNo: true, snapshot: true } },
    },
  });
  if (!rows.length) {
    const key = scope === 'types' ? 'letter.noPublishedTargetsOfYourTypes' : scope === 'own' ? 'letter.noPublishedTargetsOfYours' : 'letter.noPublishedTargets';
    throw new ConflictError(t(key, { unitName: unit.name, year: year.year }));
  }

  const inForce = rows.map((r) => ({
    type: r.targetType,
    snapshot: r.revisions.find((v) => v.revisionNo === r.publishedRevisionNo)!.snapshot as unknown as TargetSnapshot,
  }));
  const indicators = await db.indicator.findMany({
    where: { id: { in: [...new Set(inForce.map((x) => x.snapshot.indicatorId))] } },
    select: { id: true, code: true },
  });
  const codeOf = new Map(indicators.map((i) => [i.id, i.code]));
  inForce.sort(
    (a, b) =>
      a.type.sortOrder - b.type.sortOrder ||
      a.type.name.localeCompare(b.type.name, 'zh') ||
      byCode(codeOf.get(a.snapshot.indicatorId) ?? '', codeOf.get(b.snapshot.indicatorId) ?? '') ||
      a.snapshot.title.localeCompare(b.snapshot.title, 'zh'),
  );

  const groups: (LetterGroup & { typeId: string })[] = [];
  for (const { type, snapshot: s } of inForce) {
    if (groups.at(-1)?.typeId !== type.id) groups.push({ typeId: type.id, typeName: type.name, targets: [] });
    const target: LetterTarget = {
      title: s.title,
      content: s.content,
      measures: s.measures,
      deadline: s.deadline,
      expectedResult: s.expectedResult,
      maxScore: s.maxScore,
      responsibles: s.responsibles.map((p) => ({ name: p.personName, share: p.share })),
    };
    groups.at(-1)!.targets.push(target);
  }
  const person = scope === 'own' ? await db.person.findUnique({ where: { id: actor.personId! }, select: { name: true } }) : null;
  return {
    year: year.year,
    unitName: unit.name,
    limitedToTypes: scope === 'types' ? groups.map((g) => g.typeName) : null,
    limitedToPerson: person?.name ?? null,
    groups: groups.map(({ typeName, targets }) => ({ typeName, targets })),
  };
}
