import { describe, expect, it } from 'vitest';
import { canReadTarget, type TargetReadFacts } from '@jx/contract';
import { createTestApp } from '../helpers/app.ts';
import { loadSeeded } from '../helpers/seeded.ts';
import { createFixtures } from '../helpers/fixtures.ts';
import { targetReadWhere } from '../../src/modules/targets/target.policy.ts';
import { actorOf } from '../helpers/actor.ts';

/**
 * The target read rule is written twice — as the query every list, count and export runs (`targetReadWhere`) and as
 * the yes/no function the web and the write rules use (`canReadTarget`) — and the two must agree on every target for
 * every kind of account, including a 责任人 whose published plan still names them while a revision drops them.
 */
describe('target read policy: the query and its yes/no twin agree', async () => {
  const t = await createTestApp();
  const { db } = t;
  const seeded = await loadSeeded(db);
  const fx = createFixtures(db, seeded);

  // A 责任人 of 成都 on one target in the working copy only, and on another in the published version only.
  const staffPerson = (await db.account.findUniqueOrThrow({ where: { username: 'staff.chengdu' } })).personId!;
  const colleague = await fx.person('CITY-CD');
  await fx.target({ status: 'DRAFT', personId: staffPerson });
  const dropped = await fx.target({ status: 'PUBLISHED', personId: staffPerson });
  await db.targetResponsible.deleteMany({ where: { targetId: dropped.id } });
  await db.targetResponsible.create({ data: { targetId: dropped.id, personId: colleague.id, shareBp: 10000 } });

  const rows = await db.target.findMany({
    select: {
      id: true,
      unitId: true,
      targetTypeId: true,
      targetType: { select: { ownerUnitId: true } },
      responsibles: { select: { personId: true } },
      revisions: { where: { status: 'PUBLISHED' }, select: { snapshot: true } },
    },
  });
  const facts = rows.map((r): TargetReadFacts & { id: string } => ({
    id: r.id,
    unitId: r.unitId,
    targetTypeId: r.targetTypeId,
    ownerUnitId: r.targetType.ownerUnitId,
    responsiblePersonIds: r.responsibles.map((p) => p.personId),
    publishedResponsiblePersonIds: r.revisions.flatMap((v) =>
      ((v.snapshot as { responsibles?: { personId: string }[] }).responsibles ?? []).map((p) => p.personId),
    ),
  }));

  it.each(['leader', 'deputy', 'perf', 'safety', 'integrity', 'party', 'admin', 'auditor', 'unit.chengdu', 'unit.mianyang', 'staff.chengdu'])(
    '%s',
    async (username) => {
      const actor = await actorOf(db, username);
      const byQuery = (await db.target.findMany({ where: targetReadWhere(actor), select: { id: true } })).map((r) => r.id).sort();
      const byRule = facts
        .filter((f) => canReadTarget(actor, f))
        .map((f) => f.id)
        .sort();
      expect(byRule).toEqual(byQuery);
    },
  );

  it('the 责任人 case is really exercised: the dropped target is readable through its published plan only', async () => {
    const actor = await actorOf(db, 'staff.chengdu');
    const f = facts.find((x) => x.id === dropped.id)!;
    expect(f.responsiblePersonIds).not.toContain(staffPerson);
    expect(canReadTarget(actor, f)).toBe(true);
  });
});
