import { listPendingReports, type PendingReportItem } from '@jx/contract';
import type { AppDeps } from '../../../app-deps.ts';
import type { Actor } from '../../../lib/context.ts';
import { serializeAnswer, type SerializedJson } from '../../../http/serialized-json.ts';
import { columnScope } from '../state/state-scope.ts';
import { scopeKey } from '../state/analysis-cache.ts';
import { listPendingReports as pendingReportsOf } from './pending-reports.ts';

/** The whole list as kept, with what it is reckoned to hold in memory (the read cache's byte budget). */
interface KeptList {
  items: PendingReportItem[];
  overdue: number;
  approxBytes: number;
  /** Pages already written, by `page|pageSize`: sent as the same bytes (and compressed copy) every time. */
  pages: Map<string, SerializedJson>;
}

/** Pages kept per list: the home card asks for the first few; a client walking every page size is not kept for. */
const KEPT_PAGES = 16;

/**
 * 本期待报送, a page at a time. The whole list is kept in memory per unit scope until a report, a target or a name
 * change is heard (a report or a publication writes the target's state) or a planned period begins or falls due
 * (decision 0026); a page is cut from it. A 责任人's list depends on which targets are theirs and is read every time.
 */
export async function cachedPendingReports(
  deps: AppDeps,
  actor: Actor,
  q: { yearId: string; page: number; pageSize: number },
  now: Date,
): Promise<SerializedJson> {
  const dueDay = (await deps.settings.all())['report.dueDay'];
  const compute = async () => {
    const { items, until } = await pendingReportsOf(deps.db, actor, q.yearId, now, dueDay);
    // Reckoned for the list and for its kept pages, which together hold it about twice.
    const value: KeptList = { items, overdue: items.filter((i) => i.overdue).length, approxBytes: 800 * items.length, pages: new Map() };
    return { value, until };
  };
  const kept = !!columnScope(actor);
  const list = kept
    ? await deps.readCache.remember(`${listPendingReports.id}|${scopeKey(actor)}|${q.yearId}|${dueDay}`, ['state', 'base', 'assessment'], now, compute)
    : (await compute()).value;
  const pageKey = `${q.page}|${q.pageSize}`;
  const keptPage = list.pages.get(pageKey);
  if (keptPage) return keptPage;
  const start = (q.page - 1) * q.pageSize;
  const answer = { items: list.items.slice(start, start + q.pageSize), total: list.items.length, overdue: list.overdue };
  const page = serializeAnswer(listPendingReports, answer, { kept: kept && list.pages.size < KEPT_PAGES });
  if (page.kept) list.pages.set(pageKey, page);
  return page;
}
