DROP INDEX "cases_person_id_idx";--> statement-breakpoint
DROP INDEX "cases_employer_idx";--> statement-breakpoint
ALTER TABLE "payment_batches" ALTER COLUMN "total_fen" SET DATA TYPE bigint;--> statement-breakpoint
CREATE INDEX "cases_person_id_created_idx" ON "cases" USING btree ("person_id","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "cases_employer_created_idx" ON "cases" USING btree ("employer_credit_code","created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "cases_created_at_id_idx" ON "cases" USING btree ("created_at" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "cases_person_key_idx" ON "cases" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "payment_items_case_idx" ON "payment_items" USING btree ("case_id");