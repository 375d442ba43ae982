-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "targetTypeId" UUID,
ADD COLUMN     "unitId" UUID;

-- CreateIndex
CREATE INDEX "ProgressReport_unitId_yearId_submittedAt_id_idx" ON "ProgressReport"("unitId", "yearId", "submittedAt" DESC, "id");

UPDATE "ProgressReport" r SET "unitId" = t."unitId", "targetTypeId" = t."targetTypeId" FROM "Target" t WHERE t."id" = r."targetId";

-- Reports carry their target's year, unit and type from the moment they are written (orders keep copy_target_year)…
CREATE FUNCTION copy_target_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT "yearId", "unitId", "targetTypeId" INTO NEW."yearId", NEW."unitId", NEW."targetTypeId" FROM "Target" WHERE "id" = NEW."targetId";
  RETURN NEW;
END $$;

DROP TRIGGER "ProgressReport_copy_year" ON "ProgressReport";
CREATE TRIGGER "ProgressReport_copy_place" BEFORE INSERT OR UPDATE OF "targetId" ON "ProgressReport"
  FOR EACH ROW EXECUTE FUNCTION copy_target_place();

-- …and follow it when the target moves to another year, unit or type.
CREATE OR REPLACE FUNCTION target_year_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgressReport" r SET "yearId" = n."yearId", "unitId" = n."unitId", "targetTypeId" = n."targetTypeId"
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE r."targetId" = n."id"
    AND (n."yearId", n."unitId", n."targetTypeId") IS DISTINCT FROM (o."yearId", o."unitId", o."targetTypeId");
  UPDATE "SupervisionOrder" s SET "yearId" = n."yearId"
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE s."targetId" = n."id" AND n."yearId" IS DISTINCT FROM o."yearId";
  RETURN NULL;
END $$;
