ALTER TABLE "repayments" ADD COLUMN "reference" text NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "repayments_order_reference_unique" ON "repayments" USING btree ("order_id","reference");