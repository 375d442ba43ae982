export { createPrismaClient } from './client.ts';
export { startEmbeddedPostgres, databaseUrl, freePort, type EmbeddedDatabase } from './embedded.ts';
export { openDatabase, ensureDatabase, type OpenedDatabase } from './database.ts';
export { applyMigrations, pendingSchemaSql, writeMigration } from './migrate.ts';
export * from './generated/prisma/client.ts';
