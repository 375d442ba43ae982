-- The change feed's `assessment` topic (decision 0026): what the home queues' progress of the open assessment
-- processes is counted from — which department assesses which published target (targets, indicators, assessing
-- departments) and the periods, processes and records themselves.
CREATE TRIGGER "Target_notify_assessment" AFTER INSERT OR UPDATE OR DELETE ON "Target"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('assessment');
CREATE TRIGGER "Indicator_notify_assessment" AFTER INSERT OR UPDATE OR DELETE ON "Indicator"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('assessment');
CREATE TRIGGER "AssessingDepartment_notify_assessment" AFTER INSERT OR UPDATE OR DELETE ON "AssessingDepartment"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('assessment');
CREATE TRIGGER "AssessmentPeriod_notify_assessment" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentPeriod"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('assessment');
CREATE TRIGGER "AssessmentProcess_notify_assessment" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentProcess"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('assessment');
CREATE TRIGGER "AssessmentRecord_notify_assessment" AFTER INSERT OR UPDATE OR DELETE ON "AssessmentRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('assessment');
