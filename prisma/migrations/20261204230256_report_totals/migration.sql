-- AlterTable
ALTER TABLE "TargetState" ADD COLUMN     "lateReportCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reportCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "TargetStateTally" ADD COLUMN     "lateReportCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reportCount" INTEGER NOT NULL DEFAULT 0;

-- The tallies sum the two new counts too: the delta type, the function that applies it and the three triggers'
-- functions gain them (new attributes go last, as ROW(...) is positional).
ALTER TYPE target_state_delta ADD ATTRIBUTE "reportCount" int, ADD ATTRIBUTE "lateReportCount" int;

CREATE OR REPLACE FUNCTION target_state_tally_apply(delta target_state_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TargetStateTally" AS t ("yearId", "unitId", "targetTypeId", "level", "targets", "plannedSum", "actualSum", "reportsDue", "reportsSubmitted", "reportsLate", "ordersOpen", "ordersOverdue", "reportCount", "lateReportCount")
  SELECT d."yearId", d."unitId", d."targetTypeId", d."level", sum(d.sign), sum(d.sign * d."plannedPercent"), sum(d.sign * d."actualPercent"), sum(d.sign * d."reportsDue"), sum(d.sign * d."reportsSubmitted"), sum(d.sign * d."reportsLate"), sum(d.sign * d."ordersOpen"), sum(d.sign * d."ordersOverdue"), sum(d.sign * d."reportCount"), sum(d.sign * d."lateReportCount")
  FROM unnest(delta) d GROUP BY 1, 2, 3, 4
  ORDER BY 1, 2, 3, 4
  ON CONFLICT ("yearId", "unitId", "targetTypeId", "level") DO UPDATE SET
    "targets" = t."targets" + EXCLUDED."targets",
    "plannedSum" = t."plannedSum" + EXCLUDED."plannedSum",
    "actualSum" = t."actualSum" + EXCLUDED."actualSum",
    "reportsDue" = t."reportsDue" + EXCLUDED."reportsDue",
    "reportsSubmitted" = t."reportsSubmitted" + EXCLUDED."reportsSubmitted",
    "reportsLate" = t."reportsLate" + EXCLUDED."reportsLate",
    "ordersOpen" = t."ordersOpen" + EXCLUDED."ordersOpen",
    "ordersOverdue" = t."ordersOverdue" + EXCLUDED."ordersOverdue",
    "reportCount" = t."reportCount" + EXCLUDED."reportCount",
    "lateReportCount" = t."lateReportCount" + EXCLUDED."lateReportCount";
$$;

CREATE OR REPLACE FUNCTION target_state_tally_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_state_tally_apply(ARRAY(SELECT ROW(n."yearId", n."unitId", n."targetTypeId", COALESCE(n."level"::text, 'NONE'), 1, n."plannedPercent", n."actualPercent", n."reportsDue", n."reportsSubmitted", n."reportsLate", n."ordersOpen", n."ordersOverdue", n."reportCount", n."lateReportCount")::target_state_delta FROM new_rows n));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION target_state_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_state_tally_apply(ARRAY(SELECT ROW(o."yearId", o."unitId", o."targetTypeId", COALESCE(o."level"::text, 'NONE'), -1, o."plannedPercent", o."actualPercent", o."reportsDue", o."reportsSubmitted", o."reportsLate", o."ordersOpen", o."ordersOverdue", o."reportCount", o."lateReportCount")::target_state_delta FROM old_rows o));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION target_state_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_state_tally_apply(ARRAY(
    WITH changed AS (
      SELECT o."targetId" FROM old_rows o JOIN new_rows n USING ("targetId")
      WHERE (o."yearId", o."unitId", o."targetTypeId", o."level", o."plannedPercent", o."actualPercent", o."reportsDue", o."reportsSubmitted", o."reportsLate", o."ordersOpen", o."ordersOverdue", o."reportCount", o."lateReportCount")
        IS DISTINCT FROM (n."yearId", n."unitId", n."targetTypeId", n."level", n."plannedPercent", n."actualPercent", n."reportsDue", n."reportsSubmitted", n."reportsLate", n."ordersOpen", n."ordersOverdue", n."reportCount", n."lateReportCount")
    )
    SELECT ROW(o."yearId", o."unitId", o."targetTypeId", COALESCE(o."level"::text, 'NONE'), -1, o."plannedPercent", o."actualPercent", o."reportsDue", o."reportsSubmitted", o."reportsLate", o."ordersOpen", o."ordersOverdue", o."reportCount", o."lateReportCount")::target_state_delta FROM old_rows o WHERE o."targetId" IN (SELECT "targetId" FROM changed)
    UNION ALL
    SELECT ROW(n."yearId", n."unitId", n."targetTypeId", COALESCE(n."level"::text, 'NONE'), 1, n."plannedPercent", n."actualPercent", n."reportsDue", n."reportsSubmitted", n."reportsLate", n."ordersOpen", n."ordersOverdue", n."reportCount", n."lateReportCount")::target_state_delta FROM new_rows n WHERE n."targetId" IN (SELECT "targetId" FROM changed)));
  RETURN NULL;
END $$;

-- Every state is recomputed (with its report counts) by the next read or the background refresh.
UPDATE "TargetState" SET "validUntil" = NULL;
