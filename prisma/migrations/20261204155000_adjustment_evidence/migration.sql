-- 佐证材料: a document now hangs on exactly one of a target, a progress report or a 加减分 line.
ALTER TABLE "Document" DROP CONSTRAINT "Document_one_owner";
ALTER TABLE "Document" ADD CONSTRAINT "Document_one_owner" CHECK (num_nonnulls("targetId", "reportId", "adjustmentId") = 1);
