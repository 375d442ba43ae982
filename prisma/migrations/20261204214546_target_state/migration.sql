-- CreateEnum
CREATE TYPE "WarningLevel" AS ENUM ('RED', 'YELLOW', 'GREEN');

-- CreateTable
CREATE TABLE "TargetState" (
    "targetId" UUID NOT NULL,
    "yearId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "targetTypeId" UUID NOT NULL,
    "validUntil" TIMESTAMP(3),
    "computedAt" TIMESTAMP(3),
    "inForce" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL DEFAULT '',
    "deadline" DATE,
    "level" "WarningLevel",
    "plannedPercent" INTEGER NOT NULL DEFAULT 0,
    "actualPercent" INTEGER NOT NULL DEFAULT 0,
    "lagPoints" INTEGER NOT NULL DEFAULT 0,
    "overdueDays" INTEGER NOT NULL DEFAULT 0,
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "reportsDue" INTEGER NOT NULL DEFAULT 0,
    "reportsSubmitted" INTEGER NOT NULL DEFAULT 0,
    "reportsLate" INTEGER NOT NULL DEFAULT 0,
    "ordersOpen" INTEGER NOT NULL DEFAULT 0,
    "ordersOverdue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TargetState_pkey" PRIMARY KEY ("targetId")
);

-- CreateIndex
CREATE INDEX "TargetState_yearId_level_lagPoints_overdueDays_idx" ON "TargetState"("yearId", "level", "lagPoints" DESC, "overdueDays" DESC);

-- CreateIndex
CREATE INDEX "TargetState_unitId_yearId_idx" ON "TargetState"("unitId", "yearId");

-- CreateIndex
CREATE INDEX "TargetState_targetTypeId_yearId_idx" ON "TargetState"("targetTypeId", "yearId");

-- CreateIndex
CREATE INDEX "TargetState_validUntil_idx" ON "TargetState"("validUntil");

-- AddForeignKey
ALTER TABLE "TargetState" ADD CONSTRAINT "TargetState_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Target"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every target has a state row, created with it; the copied scope columns follow the target.
INSERT INTO "TargetState" ("targetId", "yearId", "unitId", "targetTypeId")
SELECT "id", "yearId", "unitId", "targetTypeId" FROM "Target";

CREATE FUNCTION target_state_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "TargetState" ("targetId", "yearId", "unitId", "targetTypeId")
  SELECT n."id", n."yearId", n."unitId", n."targetTypeId" FROM new_rows n;
  RETURN NULL;
END $$;

CREATE TRIGGER "Target_state_insert" AFTER INSERT ON "Target"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_insert();

-- Any change to a target marks its state stale (null validUntil) in the writer's transaction. The UPDATE always takes
-- the row lock, so a refresh that holds the row waits for nothing and the writer waits for the refresh: a refresh can
-- never overwrite a newer change with values computed before it.
CREATE FUNCTION target_state_target_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TargetState" s
  SET "validUntil" = NULL, "yearId" = n."yearId", "unitId" = n."unitId", "targetTypeId" = n."targetTypeId"
  FROM new_rows n WHERE s."targetId" = n."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Target_state_update" AFTER UPDATE ON "Target"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_target_update();

-- Milestones, revisions, reports and orders: the targets they belong to become stale.
CREATE FUNCTION target_state_mark_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE "TargetState" SET "validUntil" = NULL WHERE "targetId" IN (SELECT "targetId" FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE "TargetState" SET "validUntil" = NULL WHERE "targetId" IN (SELECT "targetId" FROM old_rows);
  ELSE
    UPDATE "TargetState" SET "validUntil" = NULL
    WHERE "targetId" IN (SELECT "targetId" FROM new_rows UNION SELECT "targetId" FROM old_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "TargetMilestone_state_insert" AFTER INSERT ON "TargetMilestone"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "TargetMilestone_state_update" AFTER UPDATE ON "TargetMilestone"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "TargetMilestone_state_delete" AFTER DELETE ON "TargetMilestone"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();

CREATE TRIGGER "TargetRevision_state_insert" AFTER INSERT ON "TargetRevision"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "TargetRevision_state_update" AFTER UPDATE ON "TargetRevision"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "TargetRevision_state_delete" AFTER DELETE ON "TargetRevision"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();

CREATE TRIGGER "ProgressReport_state_insert" AFTER INSERT ON "ProgressReport"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "ProgressReport_state_update" AFTER UPDATE ON "ProgressReport"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "ProgressReport_state_delete" AFTER DELETE ON "ProgressReport"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();

CREATE TRIGGER "SupervisionOrder_state_insert" AFTER INSERT ON "SupervisionOrder"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "SupervisionOrder_state_update" AFTER UPDATE ON "SupervisionOrder"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();
CREATE TRIGGER "SupervisionOrder_state_delete" AFTER DELETE ON "SupervisionOrder"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_mark_stale();

-- A type's reporting rhythm decides which periods are reported.
CREATE FUNCTION target_state_type_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TargetState" SET "validUntil" = NULL
  WHERE "targetTypeId" IN (SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."reportingRhythm" IS DISTINCT FROM o."reportingRhythm");
  RETURN NULL;
END $$;

CREATE TRIGGER "TargetType_state_update" AFTER UPDATE ON "TargetType"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_type_update();

-- The warning thresholds and the report due day (settings) change every target's state.
CREATE FUNCTION target_state_setting_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  keys text[] := ARRAY['warning.yellowLagPoints', 'warning.redLagPoints', 'warning.overdueRedDays', 'report.dueDay'];
BEGIN
  -- Each branch names only the transition table its trigger defines.
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows WHERE "key" = ANY (keys)) THEN
      UPDATE "TargetState" SET "validUntil" = NULL;
    END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows WHERE "key" = ANY (keys)) THEN
    UPDATE "TargetState" SET "validUntil" = NULL;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Setting_state_insert" AFTER INSERT ON "Setting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_setting_change();
CREATE TRIGGER "Setting_state_update" AFTER UPDATE ON "Setting"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_setting_change();
CREATE TRIGGER "Setting_state_delete" AFTER DELETE ON "Setting"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_state_setting_change();
