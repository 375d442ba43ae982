export { createPrismaClient, type PoolOptions, type QueryEvent } from './client.ts';
export { startEmbeddedPostgres, databaseUrl, freePort, type EmbeddedDatabase } from './embedded.ts';
export { openDatabase, ensureDatabase, type OpenedDatabase } from './database.ts';
export { applyMigrations, pendingSchemaSql, writeMigration } from './migrate.ts';
export { ensureAppRole, withCredentials, DEFAULT_APP_ROLE, APPEND_ONLY_TABLES, type AppRoleOptions } from './app-role.ts';
export { readOrCreateSecretFile } from './app-role-secret.ts';
export * from './generated/prisma/client.ts';
export { withClock, CLOCK_STAMPS } from './clock-stamps.ts';
export { backup, restore, BACKUP_FORMAT, type BackupManifest, type BackupPaths } from './backup.ts';
