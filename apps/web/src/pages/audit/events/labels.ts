import { ROUTES, type RouteDef } from '@jx/contract';
import { lookup, type MessageKey, type TFunction } from '../../../locales';
import { zhCN } from '../../../locales/zh-CN';

/**
 * Readable names for the raw `action` and `objectType` of an audit event. An action is a contract
 * route id (`settings.update`), one of the few non-route actions the API writes (`assessedUnits.move`,
 * named in the audit catalogue), or, for a refused request, `METHOD /api/path` (the route pattern).
 */
export interface ActionLabel {
  /** The action as stored: what the filter searches and auditors quote. */
  raw: string;
  /** The route summary without its trailing explanation in parentheses, for the table. */
  short: string;
  /** The whole route summary or catalogue label; 未登记的操作 when nothing names it. */
  full: string;
  known: boolean;
}

const ROUTE_BY_ID = new Map(ROUTES.map((r) => [r.id, r]));
const DENIED_ACTION = /^(GET|POST|PUT|PATCH|DELETE) (\/\S*)$/;

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const ROUTE_PATTERNS = ROUTES.map((r) => ({
  route: r,
  re: new RegExp(`^${escapeRegExp(r.path).replace(/:[A-Za-z_]\w*/g, '[^/]+')}$`),
}));

/** The route a refused request was for: its exact pattern first, else a concrete path that fits one. */
function routeOfRequest(method: string, path: string): RouteDef | undefined {
  const [p = path] = path.split('?');
  return ROUTES.find((r) => r.method === method && r.path === p) ?? ROUTE_PATTERNS.find((x) => x.route.method === method && x.re.test(p))?.route;
}

function routeOfAction(action: string): RouteDef | undefined {
  const byId = ROUTE_BY_ID.get(action);
  if (byId) return byId;
  const [, method, path] = DENIED_ACTION.exec(action) ?? [];
  return method && path ? routeOfRequest(method, path) : undefined;
}

/** `开始绑定动态口令（生成密钥与二维码，确认前不生效）` → `开始绑定动态口令`. */
function shorten(summary: string) {
  return summary.replace(/\s*（[^（）]*）$/, '') || summary;
}

const actionKey = (action: string) => `audit.events.actions.${action}`;

export function actionLabel(t: TFunction, action: string): ActionLabel {
  const route = routeOfAction(action);
  if (route) return { raw: action, short: shorten(route.summary), full: route.summary, known: true };
  if (lookup(zhCN, actionKey(action)) !== undefined) {
    const label = t(actionKey(action) as MessageKey);
    return { raw: action, short: label, full: label, known: true };
  }
  const unknown = t('audit.events.unknownAction');
  return { raw: action, short: unknown, full: unknown, known: false };
}

/** What an action filter can offer: every route that changes something, and the non-route actions. */
export function knownActions(t: TFunction): ActionLabel[] {
  const routeActions = ROUTES.filter((r) => r.method !== 'GET' && r.access !== 'public').map((r) => r.id);
  const catalogued = Object.entries(zhCN.audit.events.actions).flatMap(([group, names]) => Object.keys(names).map((n) => `${group}.${n}`));
  return [...new Set([...routeActions, ...catalogued])].map((a) => actionLabel(t, a));
}

export const OBJECT_TYPES = Object.keys(zhCN.audit.events.objectTypes) as (keyof typeof zhCN.audit.events.objectTypes)[];

export function objectTypeLabel(t: TFunction, type: string): string {
  return (OBJECT_TYPES as string[]).includes(type) ? t(`audit.events.objectTypes.${type as (typeof OBJECT_TYPES)[number]}`) : type;
}
