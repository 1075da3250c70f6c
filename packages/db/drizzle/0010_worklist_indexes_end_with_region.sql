-- Issue 8: each work-list sort's index ends with region_code, so a page's ids come from an index-only walk that checks
-- the region scope in the index (caseListPage). At 5-20 million cases, run it in a maintenance window (docs/performance.md).
DROP INDEX "cases_created_at_id_idx";--> statement-breakpoint
DROP INDEX "cases_status_created_id_idx";--> statement-breakpoint
DROP INDEX "cases_due_desc_id_idx";--> statement-breakpoint
DROP INDEX "cases_amount_id_idx";--> statement-breakpoint
DROP INDEX "cases_status_position_id_idx";--> statement-breakpoint
CREATE INDEX "cases_created_at_id_idx" ON "cases" USING btree ("created_at" DESC NULLS FIRST,"id","region_code");--> statement-breakpoint
CREATE INDEX "cases_status_created_id_idx" ON "cases" USING btree ("status","created_at" DESC NULLS FIRST,"id","region_code");--> statement-breakpoint
CREATE INDEX "cases_due_desc_id_idx" ON "cases" USING btree ("due_on" DESC NULLS LAST,"id" DESC NULLS FIRST,"region_code");--> statement-breakpoint
CREATE INDEX "cases_amount_id_idx" ON "cases" USING btree ("amount_fen","id","region_code");--> statement-breakpoint
CREATE INDEX "cases_status_position_id_idx" ON "cases" USING btree (array_position(ARRAY['submitted', 'reviewing', 'approved', 'rejected', 'appealed', 'in_notice', 'notice_passed', 'cancelled', 'paying', 'paid', 'payment_failed', 'clawback_pending', 'recovered', 'withdrawn']::text[], "status"),"id","region_code");