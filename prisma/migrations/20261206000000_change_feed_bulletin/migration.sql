-- The change feed's `bulletin` topic (decision 0026): what 决策分析's rankings and a unit's results are read from —
-- the published bulletins and their rows, the periods they name, and which categories a department's target types
-- apply to (its ranking scope). And 专项工作 join the `base` topic: the groupings 专项工作督查 shows targets by.
CREATE TRIGGER "Bulletin_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "Bulletin"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
CREATE TRIGGER "BulletinUnit_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "BulletinUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
CREATE TRIGGER "AssessmentPeriod_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentPeriod"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
CREATE TRIGGER "CategoryTargetType_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "CategoryTargetType"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
CREATE TRIGGER "SpecialTask_notify_base" AFTER INSERT OR UPDATE OR DELETE ON "SpecialTask"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('base');
-- The result sets a batch summary writes, their units and the waivers of missing inputs (the office's queue counts the
-- inputs still missing).
CREATE TRIGGER "ResultSet_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "ResultSet"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
CREATE TRIGGER "ResultUnit_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "ResultUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
CREATE TRIGGER "ResultWaiver_notify_bulletin" AFTER INSERT OR UPDATE OR DELETE ON "ResultWaiver"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('bulletin');
