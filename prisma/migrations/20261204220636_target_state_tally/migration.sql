-- DropIndex
DROP INDEX "TargetState_yearId_level_lagPoints_overdueDays_idx";

-- CreateTable
CREATE TABLE "TargetStateTally" (
    "yearId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "targetTypeId" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "targets" INTEGER NOT NULL DEFAULT 0,
    "plannedSum" INTEGER NOT NULL DEFAULT 0,
    "actualSum" INTEGER NOT NULL DEFAULT 0,
    "reportsDue" INTEGER NOT NULL DEFAULT 0,
    "reportsSubmitted" INTEGER NOT NULL DEFAULT 0,
    "reportsLate" INTEGER NOT NULL DEFAULT 0,
    "ordersOpen" INTEGER NOT NULL DEFAULT 0,
    "ordersOverdue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TargetStateTally_pkey" PRIMARY KEY ("yearId","unitId","targetTypeId","level")
);

-- CreateIndex
CREATE INDEX "TargetStateTally_yearId_targetTypeId_idx" ON "TargetStateTally"("yearId", "targetTypeId");

-- CreateIndex
CREATE INDEX "TargetState_yearId_level_lagPoints_overdueDays_title_target_idx" ON "TargetState"("yearId", "level", "lagPoints" DESC, "overdueDays" DESC, "title", "targetId");

-- AddForeignKey
ALTER TABLE "TargetState" ADD CONSTRAINT "TargetState_targetTypeId_fkey" FOREIGN KEY ("targetTypeId") REFERENCES "TargetType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetStateTally" ADD CONSTRAINT "TargetStateTally_targetTypeId_fkey" FOREIGN KEY ("targetTypeId") REFERENCES "TargetType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The tallies of the existing states.
INSERT INTO "TargetStateTally" ("yearId", "unitId", "targetTypeId", "level", "targets", "plannedSum", "actualSum", "reportsDue", "reportsSubmitted", "reportsLate", "ordersOpen", "ordersOverdue")
SELECT "yearId", "unitId", "targetTypeId", COALESCE("level"::text, 'NONE'), count(*), sum("plannedPercent"), sum("actualPercent"), sum("reportsDue"),
       sum("reportsSubmitted"), sum("reportsLate"), sum("ordersOpen"), sum("ordersOverdue")
FROM "TargetState" GROUP BY 1, 2, 3, 4;

-- Adds signed rows (+1: new values, -1: old values) to the tallies. Only rows whose summed columns or keys changed
-- reach here, so marking a state stale writes no tally. Rows are upserted in key order, so concurrent writers lock
-- tally rows in the same order.
CREATE TYPE target_state_delta AS (
  "yearId" uuid, "unitId" uuid, "targetTypeId" uuid, "level" text, sign int, "plannedPercent" int, "actualPercent" int,
  "reportsDue" int, "reportsSubmitted" int, "reportsLate" int, "ordersOpen" int, "ordersOverdue" int
);

CREATE FUNCTION target_state_tally_apply(delta target_state_delta[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "TargetStateTally" AS t ("yearId", "unitId", "targetTypeId", "level", "targets", "plannedSum", "actualSum", "reportsDue", "reportsSubmitted", "reportsLate", "ordersOpen", "ordersOverdue")
  SELECT d."yearId", d."unitId", d."targetTypeId", d."level", sum(d.sign), sum(d.sign * d."plannedPercent"), sum(d.sign * d."actualPercent"),
         sum(d.sign * d."reportsDue"), sum(d.sign * d."reportsSubmitted"), sum(d.sign * d."reportsLate"), sum(d.sign * d."ordersOpen"),
         sum(d.sign * d."ordersOverdue")
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
    "ordersOverdue" = t."ordersOverdue" + EXCLUDED."ordersOverdue";
$$;

CREATE FUNCTION target_state_tally_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_state_tally_apply(ARRAY(
    SELECT ROW(n."yearId", n."unitId", n."targetTypeId", COALESCE(n."level"::text, 'NONE'), 1, n."plannedPercent", n."actualPercent",
               n."reportsDue", n."reportsSubmitted", n."reportsLate", n."ordersOpen", n."ordersOverdue")::target_state_delta
    FROM new_rows n));
  RETURN NULL;
END $$;

CREATE FUNCTION target_state_tally_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_state_tally_apply(ARRAY(
    SELECT ROW(o."yearId", o."unitId", o."targetTypeId", COALESCE(o."level"::text, 'NONE'), -1, o."plannedPercent", o."actualPercent",
               o."reportsDue", o."reportsSubmitted", o."reportsLate", o."ordersOpen", o."ordersOverdue")::target_state_delta
    FROM old_rows o));
  RETURN NULL;
END $$;

CREATE FUNCTION target_state_tally_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM target_state_tally_apply(ARRAY(
    WITH changed AS (
      SELECT o."targetId" FROM old_rows o JOIN new_rows n USING ("targetId")
      WHERE (o."yearId", o."unitId", o."targetTypeId", o."level", o."plannedPercent", o."actualPercent", o."reportsDue", o."reportsSubmitted",
             o."reportsLate", o."ordersOpen", o."ordersOverdue")
        IS DISTINCT FROM
            (n."yearId", n."unitId", n."targetTypeId", n."level", n."plannedPercent", n."actualPercent", n."reportsDue", n."reportsSubmitted",
             n."reportsLate", n."ordersOpen", n."ordersOverdue")
    )
    SELECT ROW(o."yearId", o."unitId", o."targetTypeId", COALESCE(o."level"::text, 'NONE'), -1, o."plannedPercent", o."actualPercent",
               o."reportsDue", o."reportsSubmitted", o."reportsLate", o."ordersOpen", o."ordersOverdue")::target_state_delta
    FROM old_rows o WHERE o."targetId" IN (SELECT "targetId" FROM changed)
    UNION ALL
    SELECT ROW(n."yearId", n."unitId", n."targetTypeId", COALESCE(n."level"::text, 'NONE'), 1, n."plannedPercent", n."actualPercent",
               n."reportsDue", n."reportsSubmitted", n."reportsLate", n."ordersOpen", n."ordersOverdue")::target_state_delta
    FROM new_rows n WHERE n."targetId" IN (SELECT "targetId" FROM changed)));
  RETURN NULL;
END $$;

CREATE TRIGGER "TargetState_tally_insert" AFTER INSERT ON "TargetState"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_tally_insert();
CREATE TRIGGER "TargetState_tally_update" AFTER UPDATE ON "TargetState"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_tally_update();
CREATE TRIGGER "TargetState_tally_delete" AFTER DELETE ON "TargetState"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_tally_delete();
