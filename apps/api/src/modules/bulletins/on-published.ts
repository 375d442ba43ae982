import type { AppDeps } from '../../app-deps.ts';
import { notify } from '../notifications/notify.ts';
import { storeBulletinPdf } from './bulletin-files.ts';

/** Those a bulletin concerns: its units' admins, the leaders, the departments owning its categories' target types. */
async function readersOf(deps: AppDeps, bulletinId: string): Promise<string[]> {
  const units = await deps.db.bulletinUnit.findMany({ where: { bulletinId }, select: { unitId: true, categoryId: true } });
  const categoryIds = [...new Set(units.map((u) => u.categoryId))];
  const owners = await deps.db.targetType.findMany({ where: { categories: { some: { categoryId: { in: categoryIds } } } }, select: { ownerUnitId: true } });
  const accounts = await deps.db.account.findMany({
    where: {
      status: 'ACTIVE',
      OR: [
        { roles: { has: 'UNIT_ADMIN' }, unitId: { in: units.map((u) => u.unitId) } },
        { roles: { hasSome: ['LEADER_MAIN', 'LEADER_DEPUTY'] } },
        { roles: { has: 'FUNC_DEPT' }, unitId: { in: owners.map((o) => o.ownerUnitId) } },
      ],
    },
    select: { id: true },
  });
  return accounts.map((a) => a.id);
}

/**
 * After a bulletin version is committed: render and keep its PDF, notify its readers. Never throws: a PDF that could
 * not be rendered is rendered on its first download instead.
 */
export async function onBulletinPublished(deps: AppDeps, bulletinId: string): Promise<void> {
  try {
    const b = await deps.db.bulletin.findUniqueOrThrow({ where: { id: bulletinId }, select: { title: true, versionNo: true } });
    const readers = await readersOf(deps, bulletinId);
    await deps.db.$transaction((tx) =>
      notify(tx, readers, {
        kind: 'BULLETIN_PUBLISHED',
        title: b.versionNo > 1 ? `考核通报已更正（第 ${b.versionNo} 版）：${b.title}` : `发布考核通报：${b.title}`,
        link: `/assessment/bulletins/${bulletinId}`,
        dedupeKey: `bulletin:${bulletinId}`,
      }),
    );
  } catch (e) {
    console.error('考核通报发布通知失败', e);
  }
  await storeBulletinPdf(deps, bulletinId).catch((e) => console.error('考核通报 PDF 生成失败，将在首次下载时生成', e));
}
