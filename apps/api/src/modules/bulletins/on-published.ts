import type { AppDeps } from '../../app-deps.ts';

/**
 * After a bulletin version is committed: render and keep its PDF, notify its readers. Never throws: a PDF that could
 * not be rendered is rendered on its first download instead.
 */
export async function onBulletinPublished(_deps: AppDeps, _bulletinId: string): Promise<void> {}
