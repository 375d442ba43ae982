-- AlterTable
ALTER TABLE "SupervisionOrder" ADD COLUMN     "targetTypeId" UUID,
ADD COLUMN     "unitId" UUID;

-- CreateIndex
CREATE INDEX "SupervisionOrder_unitId_yearId_dueDate_id_idx" ON "SupervisionOrder"("unitId", "yearId", "dueDate", "id");

UPDATE "SupervisionOrder" s SET "unitId" = t."unitId", "targetTypeId" = t."targetTypeId" FROM "Target" t WHERE t."id" = s."targetId";

-- Orders carry their target's year, unit and type from the moment they are written, as reports do…
DROP TRIGGER "SupervisionOrder_copy_year" ON "SupervisionOrder";
CREATE TRIGGER "SupervisionOrder_copy_place" BEFORE INSERT OR UPDATE OF "targetId" ON "SupervisionOrder"
  FOR EACH ROW EXECUTE FUNCTION copy_target_place();
DROP FUNCTION copy_target_year();

-- …and follow it when the target moves to another year, unit or type.
CREATE OR REPLACE FUNCTION target_year_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgressReport" r SET "yearId" = n."yearId", "unitId" = n."unitId", "targetTypeId" = n."targetTypeId"
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE r."targetId" = n."id"
    AND (n."yearId", n."unitId", n."targetTypeId") IS DISTINCT FROM (o."yearId", o."unitId", o."targetTypeId");
  UPDATE "SupervisionOrder" s SET "yearId" = n."yearId", "unitId" = n."unitId", "targetTypeId" = n."targetTypeId"
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE s."targetId" = n."id"
    AND (n."yearId", n."unitId", n."targetTypeId") IS DISTINCT FROM (o."yearId", o."unitId", o."targetTypeId");
  RETURN NULL;
END $$;
