import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const prismaDir = join(repoRoot, 'prisma');
export const schemaPath = join(prismaDir, 'schema.prisma');
export const migrationsDir = join(prismaDir, 'migrations');
/** The schema as of the newest migration: new migrations are diffed from it (the live-database diff fails here). */
export const snapshotPath = join(migrationsDir, 'schema.snapshot.prisma');
