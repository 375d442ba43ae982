-- AlterTable
ALTER TABLE "ProgressReport" ADD COLUMN     "yearId" UUID;

-- AlterTable
ALTER TABLE "SupervisionOrder" ADD COLUMN     "yearId" UUID;

-- CreateIndex
CREATE INDEX "ProgressReport_yearId_submittedAt_id_idx" ON "ProgressReport"("yearId", "submittedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "SupervisionOrder_yearId_dueDate_id_idx" ON "SupervisionOrder"("yearId", "dueDate", "id");

UPDATE "ProgressReport" r SET "yearId" = t."yearId" FROM "Target" t WHERE t."id" = r."targetId";
UPDATE "SupervisionOrder" o SET "yearId" = t."yearId" FROM "Target" t WHERE t."id" = o."targetId";

-- Reports and orders carry their target's year from the moment they are written.
CREATE FUNCTION copy_target_year() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."yearId" := (SELECT "yearId" FROM "Target" WHERE "id" = NEW."targetId");
  RETURN NEW;
END $$;

CREATE TRIGGER "ProgressReport_copy_year" BEFORE INSERT OR UPDATE OF "targetId" ON "ProgressReport"
  FOR EACH ROW EXECUTE FUNCTION copy_target_year();
CREATE TRIGGER "SupervisionOrder_copy_year" BEFORE INSERT OR UPDATE OF "targetId" ON "SupervisionOrder"
  FOR EACH ROW EXECUTE FUNCTION copy_target_year();

-- And follow it when a target's year changes.
CREATE FUNCTION target_year_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgressReport" r SET "yearId" = n."yearId"
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE r."targetId" = n."id" AND n."yearId" IS DISTINCT FROM o."yearId";
  UPDATE "SupervisionOrder" s SET "yearId" = n."yearId"
  FROM new_rows n JOIN old_rows o ON o."id" = n."id"
  WHERE s."targetId" = n."id" AND n."yearId" IS DISTINCT FROM o."yearId";
  RETURN NULL;
END $$;

CREATE TRIGGER "Target_year_follow" AFTER UPDATE ON "Target"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION target_year_follow();
