/**
 * createMany in slices small enough for one statement each: a larger one Prisma splits itself and sends the parts
 * concurrently on one connection, which node-postgres warns is deprecated.
 */
export async function inChunks<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}
