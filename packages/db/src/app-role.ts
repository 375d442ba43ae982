import { Client } from 'pg';

/** The login role the API runs as in embedded mode (decision 0003). */
export const DEFAULT_APP_ROLE = 'jx_app';

/** Security records the app only reads and appends to: no UPDATE, DELETE or TRUNCATE for its role. */
export const APPEND_ONLY_TABLES = ['AuditEvent', 'LoginEvent'] as const;
/** Prisma's migration history: only the owner (the migration runner) touches it. */
const OWNER_ONLY_TABLES = ['_prisma_migrations'];
/** Serialises concurrent starts on one database (GRANT on the same object from two sessions can fail). */
const APP_ROLE_LOCK = 7_310_043;

export interface AppRoleOptions {
  role?: string;
  /** Creates the role when it is missing, and sets its password when it exists. Without one the role must exist. */
  password?: string;
  schema?: string;
}

/**
 * Connected as the database owner after migrations: creates the app's login role if needed (no superuser, no
 * CREATEDB/CREATEROLE, no replication, no BYPASSRLS) and gives it exactly SELECT/INSERT/UPDATE/DELETE on the tables,
 * SELECT/INSERT on the append-only ones, nothing on `_prisma_migrations`, USAGE/SELECT on sequences. Idempotent:
 * run on every start so tables added by a migration are covered. Refuses a role that could still rewrite the audit log.
 */
export async function ensureAppRole(ownerUrl: string, opts: AppRoleOptions = {}): Promise<void> {
  const role = opts.role ?? DEFAULT_APP_ROLE;
  const schema = opts.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`数据库角色名 "${role}" 只能包含小写字母、数字和下划线`);
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const id = (name: string) => client.escapeIdentifier(name);
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [APP_ROLE_LOCK]);
    const owner = (await client.query<{ user: string; db: string }>('SELECT current_user AS "user", current_database() AS db')).rows[0]!;
    if (owner.user === role) throw new Error(`应用数据库角色不能是数据库所有者 ${role}`);
    await upsertRole(client, role, opts.password);

    const existing = (await client.query<{ tablename: string }>('SELECT tablename FROM pg_tables WHERE schemaname = $1', [schema])).rows.map(
      (r) => r.tablename,
    );
    const present = (names: readonly string[]) => names.filter((n) => existing.includes(n)).map((n) => `${id(schema)}.${id(n)}`);
    const r = id(role);
    await client.query(`GRANT CONNECT ON DATABASE ${id(owner.db)} TO ${r}`);
    await client.query(`GRANT USAGE ON SCHEMA ${id(schema)} TO ${r}`);
    // Start from nothing each time, so a privilege granted by hand or by an older version does not linger.
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA ${id(schema)} FROM ${r}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${id(schema)} TO ${r}`);
    const appendOnly = present(APPEND_ONLY_TABLES);
    if (appendOnly.length) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON ${appendOnly.join(', ')} FROM ${r}`);
    const ownerOnly = present(OWNER_ONLY_TABLES);
    if (ownerOnly.length) await client.query(`REVOKE ALL ON ${ownerOnly.join(', ')} FROM ${r}`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA ${id(schema)} FROM ${r}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${id(schema)} TO ${r}`);
    await assertCannotRewrite(client, role, appendOnly);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

async function upsertRole(client: Client, role: string, password: string | undefined) {
  const r = client.escapeIdentifier(role);
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
  const found = await client.query<{ safe: boolean }>(
    'SELECT NOT (rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls) AND rolcanlogin AS safe FROM pg_roles WHERE rolname = $1',
    [role],
  );
  const withPassword = password ? ` PASSWORD ${client.escapeLiteral(password)}` : '';
  if (found.rowCount === 0) {
    if (!password) throw new Error(`数据库角色 ${role} 不存在：先用 APP_ROLE_PASSWORD=… pnpm db:app-role ${role} 创建`);
    await client.query(`CREATE ROLE ${r} ${attributes}${withPassword}`);
    return;
  }
  // Only touch attributes that are wrong: a non-superuser owner (managed PostgreSQL) may not name them at all.
  if (!found.rows[0]!.safe) await client.query(`ALTER ROLE ${r} ${attributes}`);
  if (password) await client.query(`ALTER ROLE ${r}${withPassword}`);
}

/** Catches privileges that come from elsewhere: membership of the owner's role, pg_write_all_data, a superuser… */
async function assertCannotRewrite(client: Client, role: string, tables: string[]) {
  const checks = await client.query<{ bypass: boolean }>('SELECT rolsuper OR rolbypassrls AS bypass FROM pg_roles WHERE rolname = $1', [role]);
  if (checks.rows[0]?.bypass) throw new Error(`应用数据库角色 ${role} 是超级用户或可绕过行级安全，不能用于运行应用`);
  for (const table of tables) {
    const res = await client.query<{ can: boolean }>(
      `SELECT has_table_privilege($1, $2, 'UPDATE') OR has_table_privilege($1, $2, 'DELETE') OR has_table_privilege($1, $2, 'TRUNCATE') AS can`,
      [role, table],
    );
    if (res.rows[0]?.can) {
      throw new Error(`应用数据库角色 ${role} 仍可修改或删除 ${table}（可能继承了表所有者或 pg_write_all_data 的权限），请先撤销该成员关系`);
    }
  }
}

/** `url` with another user and password (same host, port and database). */
export function withCredentials(url: string, role: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = encodeURIComponent(password);
  return u.toString();
}
