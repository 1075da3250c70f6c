CREATE INDEX "cases_status_created_id_idx" ON "cases" USING btree ("status","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "cases_due_desc_id_idx" ON "cases" USING btree ("due_on" DESC NULLS LAST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "cases_amount_id_idx" ON "cases" USING btree ("amount_fen","id");--> statement-breakpoint
CREATE INDEX "cases_status_position_id_idx" ON "cases" USING btree (array_position(ARRAY['submitted', 'reviewing', 'approved', 'rejected', 'appealed', 'in_notice', 'notice_passed', 'cancelled', 'paying', 'paid', 'payment_failed', 'clawback_pending', 'recovered', 'withdrawn']::text[], "status"),"id");--> statement-breakpoint
CREATE INDEX "cases_occupation_level_date_idx" ON "cases" USING btree ("occupation","level","application_date","region_code","status");--> statement-breakpoint
CREATE INDEX "cases_channel_region_status_idx" ON "cases" USING btree ("channel","region_code","status");--> statement-breakpoint
CREATE INDEX "cases_region_due_status_idx" ON "cases" USING btree ("region_code","due_on","status") WHERE "cases"."due_on" IS NOT NULL;