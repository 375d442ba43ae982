-- A person holds at most one open assignment (任职) at a time.
CREATE UNIQUE INDEX "PersonAssignment_one_open_per_person" ON "PersonAssignment"("personId") WHERE "endDate" IS NULL;
