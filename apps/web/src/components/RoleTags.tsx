import { Tag } from 'antd';
import type { Role } from '@jx/contract';
import { useT } from '../locales';

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
        const known = r in ROLE_COLORS;
        return (
          <Tag key={r} color={known ? ROLE_COLORS[r as Role] : undefined} style={{ marginInlineEnd: 4 }}>
            {known ? t(`enums.roles.${r as Role}`) : r}
          </Tag>
        );
      })}
    </>
  );
}
