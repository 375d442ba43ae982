import { Tag } from 'antd';
import type { Role } from '@jx/contract';
import { useT } from '../locales';
import { isRole } from '../utils/labels';

export const ROLE_COLORS: Record<Role, string> = {
  LEADER_MAIN: 'magenta',
  LEADER_DEPUTY: 'purple',
  FUNC_DEPT: 'cyan',
  PERF_OFFICE: 'blue',
  SYS_ADMIN: 'geekblue',
  AUDITOR: 'volcano',
  UNIT_ADMIN: 'green',
  UNIT_STAFF: 'lime',
};

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const t = useT();
  return (
    <>
      {roles.map((r) => {
        return (
          <Tag key={r} color={isRole(r) ? ROLE_COLORS[r] : undefined} style={{ marginInlineEnd: 4 }}>
            {isRole(r) ? t(`enums.roles.${r}`) : r}
          </Tag>
        );
      })}
    </>
  );
}
