import type { Db, Tx } from '../../../lib/db.ts';
import { readSettings } from '../../settings/settings.store.ts';
import { warningThresholds } from '../warnings/warning.service.ts';
import { loadStateInputs } from './state-inputs.ts';
import { stateValues, type StateValues } from './state-values.ts';
import { freshnessStamp, knownFresh, rememberFresh } from './state-freshness.ts';

/** Serialises refreshes across requests, workers and instances (a second one waits, then finds little left to do). */
const REFRESH_LOCK = 0x7a5e_57a7;
const CHUNK = 2000;

/** `now` as the UTC wall time Prisma keeps in `timestamp(3)` columns, whatever the session's time zone. */
const utc = (now: Date) => now.toISOString();

/**
 * Recomputes every TargetState row that is stale (changed since) or expired (its calendar moved on) as of `now`, so a
 * read that follows sees exactly what `computeWarning` says now (with the settings as stored, not as cached). Cheap when nothing is stale: one indexed probe.
 * The rows are taken with FOR UPDATE SKIP LOCKED inside the lock: a writer whose trigger already holds a row keeps it
 * stale for the next read, and a writer that comes later waits for this transaction, so no newer change is overwritten.
 */
export async function refreshStaleStates(db: Db, now: Date): Promise<number> {
  if (knownFresh(db, now)) return 0;
  const stamp = freshnessStamp(db);
  // Two index probes: `IS NULL OR <=` as one condition would be a sequential scan that finds nothing. The earliest
  // expiry comes along (the first entry of the same index), so a clean probe holds until then (state-freshness.ts).
  const [probe] = await db.$queryRaw<{ stale: boolean; until: string | null }[]>`
    SELECT EXISTS (SELECT 1 FROM "TargetState" WHERE "validUntil" IS NULL)
        OR EXISTS (SELECT 1 FROM "TargetState" WHERE "validUntil" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')) AS stale,
           to_char((SELECT min("validUntil") FROM "TargetState"), 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS until`;
  if (!probe?.stale) {
    rememberFresh(db, stamp, probe?.until ? new Date(probe.until) : null);
    return 0;
  }
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${REFRESH_LOCK})`;
      // Read here, not from the settings cache: a threshold changed on another instance a second ago counts.
      const t = await warningThresholds({ all: () => readSettings(tx) });
      const stale = await tx.$queryRaw<{ targetId: string }[]>`
        SELECT "targetId" FROM "TargetState"
        WHERE "targetId" IN (SELECT "targetId" FROM "TargetState" WHERE "validUntil" IS NULL
                             UNION ALL
                             SELECT "targetId" FROM "TargetState" WHERE "validUntil" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC'))
        FOR UPDATE SKIP LOCKED`;
      for (let i = 0; i < stale.length; i += CHUNK) {
        const inputs = await loadStateInputs(
          tx,
          stale.slice(i, i + CHUNK).map((r) => r.targetId),
        );
        await writeStates(
          tx,
          inputs.map((x) => stateValues(x, now, t)),
          now,
        );
      }
      return stale.length;
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

/** One UPDATE per chunk, from a JSON array of rows. */
async function writeStates(tx: Tx, rows: StateValues[], now: Date) {
  if (!rows.length) return;
  await tx.$executeRaw`
    UPDATE "TargetState" s SET
      "validUntil" = (v."validUntil" AT TIME ZONE 'UTC'),
      "computedAt" = (${utc(now)}::timestamptz AT TIME ZONE 'UTC'),
      "inForce" = v."inForce",
      "title" = v."title",
      "deadline" = v."deadline",
      "level" = v."level"::"WarningLevel",
      "plannedPercent" = v."plannedPercent",
      "actualPercent" = v."actualPercent",
      "lagPoints" = v."lagPoints",
      "overdueDays" = v."overdueDays",
      "reasons" = v."reasons",
      "reportsDue" = v."reportsDue",
      "reportsSubmitted" = v."reportsSubmitted",
      "reportsLate" = v."reportsLate",
      "ordersOpen" = v."ordersOpen",
      "ordersOverdue" = v."ordersOverdue",
      "reportCount" = v."reportCount",
      "lateReportCount" = v."lateReportCount"
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS v(
      "targetId" uuid, "validUntil" timestamptz, "inForce" boolean, "title" text, "deadline" date, "level" text,
      "plannedPercent" int, "actualPercent" int, "lagPoints" int, "overdueDays" int, "reasons" jsonb,
      "reportsDue" int, "reportsSubmitted" int, "reportsLate" int, "ordersOpen" int, "ordersOverdue" int, "reportCount" int, "lateReportCount" int)
    WHERE s."targetId" = v."targetId"`;
}
