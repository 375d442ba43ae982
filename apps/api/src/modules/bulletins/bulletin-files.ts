import type { Bulletin } from '@jx/contract';
import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../../lib/context.ts';
import { bulletinHtml } from './bulletin-html.ts';
import { renderPdf } from './bulletin-pdf.ts';
import { createBulletinReader } from './bulletin.read.ts';

/** The whole bulletin as the office reads it: what the circulated PDF shows. */
const OFFICE: Actor = {
  accountId: '00000000-0000-0000-0000-000000000000',
  sessionId: '',
  username: 'system',
  displayName: '系统',
  roles: ['PERF_OFFICE'],
  unitId: null,
  personId: null,
  portfolioUnitIds: [],
  portfolioTargetTypeIds: [],
};

/** Who issues bulletins: the root unit (the department itself). */
export async function issuerName(deps: Pick<AppDeps, 'db'>): Promise<string> {
  const root = await deps.db.unit.findFirst({ where: { parentId: null }, orderBy: { sortOrder: 'asc' }, select: { name: true } });
  return root?.name ?? '';
}

export async function printHtml(deps: Pick<AppDeps, 'db' | 'settings'>, bulletin: Bulletin): Promise<string> {
  return bulletinHtml(bulletin, await issuerName(deps));
}

/** Renders the full bulletin to PDF and keeps it with the bulletin (the only write to a published bulletin's row). */
export async function storeBulletinPdf(deps: Pick<AppDeps, 'db' | 'settings'>, bulletinId: string): Promise<Buffer> {
  const bulletin = await createBulletinReader(deps.db, deps.settings).get(OFFICE, bulletinId);
  const pdf = await renderPdf(await printHtml(deps, bulletin));
  await deps.db.bulletin.update({ where: { id: bulletinId }, data: { pdf: new Uint8Array(pdf) } });
  return pdf;
}
