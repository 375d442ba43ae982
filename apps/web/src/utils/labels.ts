import { ROLES, type Role } from '@jx/contract';

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}
