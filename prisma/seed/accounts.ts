// Demo accounts: one per role (three functional departments, two units), each linked to a person.
import { Role } from '../../packages/db/src/generated/prisma/client.ts';
import type { TargetTypeCode } from './categories.ts';
import type { PersonsSeed } from './persons.ts';
import { stableId } from './random.ts';
import { CHILD_UNITS, ROOT_CODE, unitByCode } from './units.ts';

/** The password of every demo account. Demo data only: the app refuses default passwords in production mode. */
export const DEMO_PASSWORD = 'Demo#2026';

export const ROLE_LABELS: Record<Role, string> = {
  LEADER_MAIN: '厅主要领导',
  LEADER_DEPUTY: '厅分管领导',
  FUNC_DEPT: '职能管理部门',
  PERF_OFFICE: '目标绩效办',
  SYS_ADMIN: '系统管理员',
  AUDITOR: '安全审计员',
  UNIT_ADMIN: '责任单位管理员',
  UNIT_STAFF: '责任人',
};

interface AccountDef {
  username: string;
  role: Role;
  /** The person behind the account: the first active holder of `position` in `unit`. */
  unit: string;
  position: string;
  /**
   * Does the account act for the unit (Account.unitId)? Only unit roles and departments do (schema comment on
   * Account.unitId); leaders, the administrator and the auditor are not scoped to a unit, their person record
   * says where they work.
   */
  actsForUnit: boolean;
  /** The hint after the name in the display name; defaults to the unit's short name. */
  hint?: string;
  portfolioUnits?: string[];
  portfolioTargetTypes?: TargetTypeCode[];
}

const accountDefs: AccountDef[] = [
  { username: 'admin', role: Role.SYS_ADMIN, unit: 'DU-XXZX', position: '工程师', actsForUnit: false, hint: '信息中心' },
  { username: 'auditor', role: Role.AUDITOR, unit: 'HQ-BGS', position: '二级主任科员', actsForUnit: false, hint: '办公室' },
  { username: 'perf', role: Role.PERF_OFFICE, unit: 'HQ-JXB', position: '副主任', actsForUnit: true },
  { username: 'leader', role: Role.LEADER_MAIN, unit: ROOT_CODE, position: '厅长', actsForUnit: false, hint: '厅长' },
  {
    username: 'deputy',
    role: Role.LEADER_DEPUTY,
    unit: ROOT_CODE,
    position: '副厅长',
    actsForUnit: false,
    hint: '副厅长',
    portfolioUnits: ['DU-GLJ', 'DU-GGJ', 'CITY-CD', 'CITY-MY', 'CITY-DY'],
    portfolioTargetTypes: ['SAFETY'],
  },
  { username: 'safety', role: Role.FUNC_DEPT, unit: 'HQ-AJC', position: '副处长', actsForUnit: true },
  { username: 'integrity', role: Role.FUNC_DEPT, unit: 'HQ-JCS', position: '副主任', actsForUnit: true },
  { username: 'party', role: Role.FUNC_DEPT, unit: 'HQ-DW', position: '副主任', actsForUnit: true },
  { username: 'unit.chengdu', role: Role.UNIT_ADMIN, unit: 'CITY-CD', position: '科长', actsForUnit: true, hint: '成都市交通运输局' },
  { username: 'unit.mianyang', role: Role.UNIT_ADMIN, unit: 'CITY-MY', position: '科长', actsForUnit: true, hint: '绵阳市交通运输局' },
  { username: 'staff.chengdu', role: Role.UNIT_STAFF, unit: 'CITY-CD', position: '科员', actsForUnit: true, hint: '成都市交通运输局' },
];

export interface AccountSeed {
  id: string;
  username: string;
  displayName: string;
  personId: string;
  unitId: string | null;
  roles: Role[];
  /** For the summary. */
  unitName: string | null;
  portfolioUnitIds: string[];
  portfolioTargetTypeCodes: TargetTypeCode[];
}

export function buildAccounts(people: PersonsSeed): AccountSeed[] {
  const named = accountDefs.map((d) => {
    const unit = unitByCode(d.unit);
    const person = people.find(d.unit, d.position);
    return {
      id: stableId('account', d.username),
      username: d.username,
      displayName: `${person.name}（${d.hint ?? unit.shortName}）`,
      personId: person.id,
      unitId: d.actsForUnit ? unit.id : null,
      roles: [d.role],
      unitName: d.actsForUnit ? unit.name : null,
      portfolioUnitIds: (d.portfolioUnits ?? []).map((c) => unitByCode(c).id),
      portfolioTargetTypeCodes: d.portfolioTargetTypes ?? [],
    };
  });
  return [...named, ...unitAdminAccounts(people, named)];
}

/** A unit's own administrator account added for every unit (`unit.<unit code>`), as opposed to the named demo accounts. */
export function isUnitOwnAccount(username: string): boolean {
  return /^unit\.[a-z]+-[a-z]+$/.test(username);
}

/**
 * Every other unit files its own reports through its 责任单位管理员 account (`unit.<unit code>`), held by the first
 * active person of the unit without an account: no unit's progress is reported by the performance office.
 */
function unitAdminAccounts(people: PersonsSeed, named: AccountSeed[]): AccountSeed[] {
  const served = new Set(named.filter((a) => a.roles.includes(Role.UNIT_ADMIN)).map((a) => a.unitId));
  const holders = new Set(named.map((a) => a.personId));
  return CHILD_UNITS.filter((u) => !served.has(u.id)).flatMap((unit) => {
    const person = people.persons.find((p) => p.unitId === unit.id && p.status === 'ACTIVE' && !holders.has(p.id));
    if (!person) return [];
    const username = `unit.${unit.code.toLowerCase()}`;
    return [
      {
        id: stableId('account', username),
        username,
        displayName: `${person.name}（${unit.shortName}）`,
        personId: person.id,
        unitId: unit.id,
        roles: [Role.UNIT_ADMIN],
        unitName: unit.name,
        portfolioUnitIds: [],
        portfolioTargetTypeCodes: [],
      },
    ];
  });
}
