-- The audit chain is append-only (POLICY.md D1: every change leaves a trace). Refusing UPDATE, DELETE and
-- TRUNCATE in the database itself means no code path of the API, and no ad-hoc SQL through it, can rewrite
-- or remove an entry; a broken chain would then only come from someone with owner rights disabling the trigger.
CREATE OR REPLACE FUNCTION "audit_entries_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "audit_entries_no_update_delete"
  BEFORE UPDATE OR DELETE ON "audit_entries"
  FOR EACH ROW EXECUTE FUNCTION "audit_entries_append_only"();
--> statement-breakpoint
CREATE TRIGGER "audit_entries_no_truncate"
  BEFORE TRUNCATE ON "audit_entries"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_entries_append_only"();
