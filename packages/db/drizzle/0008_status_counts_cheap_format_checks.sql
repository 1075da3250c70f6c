CREATE TABLE "case_status_counts" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"program" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	"n" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_person_key_check";--> statement-breakpoint
ALTER TABLE "contributions" DROP CONSTRAINT "contributions_person_key_check";--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_person_key_check";--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_id_number_enc_check";--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_phone_enc_check";--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_person_key_check";--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_payee_account_enc_check";--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_proxy_id_number_enc_check";--> statement-breakpoint
ALTER TABLE "cases" DROP CONSTRAINT "cases_phone_enc_check";--> statement-breakpoint
ALTER TABLE "objections" DROP CONSTRAINT "objections_contact_phone_enc_check";--> statement-breakpoint
ALTER TABLE "payment_items" DROP CONSTRAINT "payment_items_payee_account_enc_check";--> statement-breakpoint
ALTER TABLE "grants" DROP CONSTRAINT "grants_person_key_check";--> statement-breakpoint
CREATE INDEX "case_status_counts_key_idx" ON "case_status_counts" USING btree ("program","region_code","status");--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_key_check" CHECK (octet_length("certificates"."person_key") = 64 AND "certificates"."person_key" ~ '^[0-9a-f]*$');--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_person_key_check" CHECK (octet_length("contributions"."person_key") = 64 AND "contributions"."person_key" ~ '^[0-9a-f]*$');--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_person_key_check" CHECK (octet_length("persons"."person_key") = 64 AND "persons"."person_key" ~ '^[0-9a-f]*$');--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_id_number_enc_check" CHECK ("persons"."id_number_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("persons"."id_number_enc", '$', 3)) = 32 AND octet_length(split_part("persons"."id_number_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_phone_enc_check" CHECK ("persons"."phone_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("persons"."phone_enc", '$', 3)) = 32 AND octet_length(split_part("persons"."phone_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_key_check" CHECK (octet_length("cases"."person_key") = 64 AND "cases"."person_key" ~ '^[0-9a-f]*$');--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_payee_account_enc_check" CHECK ("cases"."payee_account_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("cases"."payee_account_enc", '$', 3)) = 32 AND octet_length(split_part("cases"."payee_account_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_proxy_id_number_enc_check" CHECK ("cases"."proxy_id_number_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("cases"."proxy_id_number_enc", '$', 3)) = 32 AND octet_length(split_part("cases"."proxy_id_number_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_phone_enc_check" CHECK ("cases"."phone_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("cases"."phone_enc", '$', 3)) = 32 AND octet_length(split_part("cases"."phone_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_contact_phone_enc_check" CHECK ("objections"."contact_phone_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("objections"."contact_phone_enc", '$', 3)) = 32 AND octet_length(split_part("objections"."contact_phone_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "payment_items" ADD CONSTRAINT "payment_items_payee_account_enc_check" CHECK ("payment_items"."payee_account_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]+\$[0-9a-f]+\$[0-9a-f]+$' AND octet_length(split_part("payment_items"."payee_account_enc", '$', 3)) = 32 AND octet_length(split_part("payment_items"."payee_account_enc", '$', 5)) = 32);--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_person_key_check" CHECK (octet_length("grants"."person_key") = 64 AND "grants"."person_key" ~ '^[0-9a-f]*$');--> statement-breakpoint
-- The work lists' counts per region and status (src/schema/case-counts.ts): statement-level triggers append the
-- deltas of each statement that inserts, updates or deletes cases; keys whose deltas cancel out are not written.
CREATE OR REPLACE FUNCTION "case_status_counts_track"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_status_counts (program, region_code, status, n)
      SELECT program, region_code, status, count(*) FROM new_cases GROUP BY program, region_code, status;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO case_status_counts (program, region_code, status, n)
      SELECT program, region_code, status, sum(d) FROM (
        SELECT program, region_code, status, 1 AS d FROM new_cases
        UNION ALL
        SELECT program, region_code, status, -1 AS d FROM old_cases
      ) changes
      GROUP BY program, region_code, status HAVING sum(d) <> 0;
  ELSE
    INSERT INTO case_status_counts (program, region_code, status, n)
      SELECT program, region_code, status, -count(*) FROM old_cases GROUP BY program, region_code, status;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "cases_status_counts_insert" AFTER INSERT ON "cases"
  REFERENCING NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION "case_status_counts_track"();
--> statement-breakpoint
CREATE TRIGGER "cases_status_counts_update" AFTER UPDATE ON "cases"
  REFERENCING OLD TABLE AS old_cases NEW TABLE AS new_cases FOR EACH STATEMENT EXECUTE FUNCTION "case_status_counts_track"();
--> statement-breakpoint
CREATE TRIGGER "cases_status_counts_delete" AFTER DELETE ON "cases"
  REFERENCING OLD TABLE AS old_cases FOR EACH STATEMENT EXECUTE FUNCTION "case_status_counts_track"();
--> statement-breakpoint
-- Folds the deltas into one row per key and returns how many rows fewer there are. Rows appended by other
-- transactions while it runs are not visible to its DELETE and stay as they are.
CREATE OR REPLACE FUNCTION "compact_case_status_counts"() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
  folded integer;
BEGIN
  WITH gone AS (DELETE FROM case_status_counts RETURNING program, region_code, status, n),
  sums AS (
    INSERT INTO case_status_counts (program, region_code, status, n)
      SELECT program, region_code, status, sum(n) FROM gone GROUP BY program, region_code, status HAVING sum(n) <> 0
      RETURNING 1
  )
  SELECT (SELECT count(*) FROM gone) - (SELECT count(*) FROM sums) INTO folded;
  RETURN folded;
END;
$$;
--> statement-breakpoint
-- Recomputes the table from cases, for a bulk load that bypassed the triggers (and once here, for the cases
-- that exist already).
CREATE OR REPLACE FUNCTION "rebuild_case_status_counts"() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  LOCK TABLE cases IN SHARE MODE;
  DELETE FROM case_status_counts;
  INSERT INTO case_status_counts (program, region_code, status, n)
    SELECT program, region_code, status, count(*) FROM cases GROUP BY program, region_code, status;
END;
$$;
--> statement-breakpoint
SELECT "rebuild_case_status_counts"();
