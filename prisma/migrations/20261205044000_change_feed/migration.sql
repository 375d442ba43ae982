-- The change feed (decision 0026): statement-level triggers notify channel jx_change with a topic when something a
-- process may keep in memory changes. PostgreSQL delivers a notification at the writer's commit, once per distinct
-- payload and transaction, so a bulk write costs one notification.
CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('jx_change', TG_ARGV[0]);
  RETURN NULL;
END $$;

-- auth: what the guard reads for a request — the session (not its last-seen time, written every few seconds), the
-- account, its portfolio and its unit's name.
CREATE TRIGGER "Session_notify_change" AFTER UPDATE OF "revokedAt", "expiresAt", "accountId" OR DELETE ON "Session"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('auth');
CREATE TRIGGER "Account_notify_change" AFTER UPDATE OR DELETE ON "Account"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('auth');
CREATE TRIGGER "AccountPortfolioUnit_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "AccountPortfolioUnit"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('auth');
CREATE TRIGGER "AccountPortfolioTargetType_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "AccountPortfolioTargetType"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('auth');
CREATE TRIGGER "Unit_notify_change" AFTER UPDATE OR DELETE ON "Unit"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('auth');

-- state: target execution states (marked stale by their own triggers, recomputed by refreshStaleStates).
CREATE TRIGGER "TargetState_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "TargetState"
  FOR EACH STATEMENT EXECUTE FUNCTION notify_change('state');
