-- The change feed's `activity` topic (decision 0026): what a leader's home shows as moving — 点评 and 督办.
CREATE TRIGGER "Comment_notify_activity" AFTER INSERT OR UPDATE OR DELETE ON "Comment"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('activity');
CREATE TRIGGER "SupervisionOrder_notify_activity" AFTER INSERT OR UPDATE OR DELETE ON "SupervisionOrder"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('activity');
