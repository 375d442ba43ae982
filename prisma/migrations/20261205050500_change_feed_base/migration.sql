-- The change feed's `base` topic (decision 0026): what analysis names and groups its figures by. Analysis kept in
-- memory is good while neither `state` nor `base` changed.
CREATE TRIGGER "Unit_notify_base" AFTER INSERT OR UPDATE OR DELETE ON "Unit"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('base');
CREATE TRIGGER "TargetType_notify_base" AFTER INSERT OR UPDATE OR DELETE ON "TargetType"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('base');
CREATE TRIGGER "Year_notify_base" AFTER INSERT OR UPDATE OR DELETE ON "Year"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('base');
CREATE TRIGGER "AssessmentCategory_notify_base" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentCategory"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('base');
CREATE TRIGGER "AssessedUnit_notify_base" AFTER INSERT OR UPDATE OR DELETE ON "AssessedUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('base');
