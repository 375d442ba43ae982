import type { Access, Role, RouteDef } from '@jx/contract';

/** Whether an account holding `roles` may call a route with this access list (the server decides scope). */
export function canAccess(access: Access, roles: readonly Role[]): boolean {
  if (access === 'public' || access === 'authenticated') return true;
  return roles.some((r) => access.includes(r));
}

export function canCall(route: RouteDef, roles: readonly Role[]): boolean {
  return canAccess(route.access, roles);
}
