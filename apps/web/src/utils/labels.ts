import { ROLES, UNIT_KINDS, type Role, type UnitKind } from '@jx/contract';
import type { TFunction } from '../locales';

export function isUnitKind(v: string): v is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(v);
}

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

/** Label of a unit kind given as a plain string (AssessedUnit.unitKind is not typed as the enum). */
export function unitKindLabel(t: TFunction, kind: string): string {
  return isUnitKind(kind) ? t(`enums.unitKinds.${kind}`) : kind;
}
