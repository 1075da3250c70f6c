CREATE TABLE "case_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"event" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_role" text,
	"actor_name" text,
	"round" integer NOT NULL,
	"approval_step" text,
	"reason" text,
	"separated" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_steps_seq_check" CHECK ("case_steps"."seq" >= 1),
	CONSTRAINT "case_steps_actor_kind_check" CHECK ("case_steps"."actor_kind" IN ('staff', 'applicant', 'employer', 'system'))
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program" text DEFAULT 'skill-subsidy' NOT NULL,
	"region_code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"applicant_name" text NOT NULL,
	"channel" text NOT NULL,
	"certificate_no" text NOT NULL,
	"certificate_kind" text NOT NULL,
	"occupation" text NOT NULL,
	"level" smallint NOT NULL,
	"facts" jsonb NOT NULL,
	"evaluation" jsonb NOT NULL,
	"rule_set_id" text NOT NULL,
	"rules" jsonb NOT NULL,
	"basis_date" date NOT NULL,
	"application_date" date NOT NULL,
	"amount_fen" integer NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"deadlines" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"due_kind" text,
	"due_on" date,
	"overdue" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"employer_credit_code" text,
	"proxy_name" text,
	"proxy_id_number_enc" text,
	"phone_enc" text,
	"payee_kind" text NOT NULL,
	"payee_account_enc" text NOT NULL,
	"payee_bank_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_status_check" CHECK ("cases"."status" IN ('submitted', 'reviewing', 'approved', 'rejected', 'appealed', 'in_notice', 'notice_passed', 'cancelled', 'paying', 'paid', 'payment_failed', 'clawback_pending', 'recovered', 'withdrawn')),
	CONSTRAINT "cases_program_check" CHECK ("cases"."program" IN ('skill-subsidy')),
	CONSTRAINT "cases_channel_check" CHECK ("cases"."channel" IN ('online', 'counter', 'employer_batch', 'proxy')),
	CONSTRAINT "cases_region_code_check" CHECK ("cases"."region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "cases_person_key_check" CHECK ("cases"."person_key" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "cases_level_check" CHECK ("cases"."level" BETWEEN 1 AND 5),
	CONSTRAINT "cases_amount_fen_check" CHECK ("cases"."amount_fen" >= 0),
	CONSTRAINT "cases_payee_kind_check" CHECK ("cases"."payee_kind" IN ('social_security_card', 'bank_account')),
	CONSTRAINT "cases_payee_account_enc_check" CHECK ("cases"."payee_account_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$'),
	CONSTRAINT "cases_proxy_id_number_enc_check" CHECK ("cases"."proxy_id_number_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$'),
	CONSTRAINT "cases_phone_enc_check" CHECK ("cases"."phone_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$'),
	CONSTRAINT "cases_proxy_check" CHECK (("cases"."channel" = 'proxy') = ("cases"."proxy_name" IS NOT NULL AND "cases"."proxy_id_number_enc" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"request_hash" text NOT NULL,
	"status_code" integer NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"score" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_ratings_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "service_ratings_score_check" CHECK ("service_ratings"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "notice_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" text NOT NULL,
	"compiled_on" date NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text NOT NULL,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notice_batches_status_check" CHECK ("notice_batches"."status" IN ('open', 'closed')),
	CONSTRAINT "notice_batches_period_check" CHECK ("notice_batches"."ends_on" >= "notice_batches"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "notice_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"row" jsonb NOT NULL,
	"outcome" text,
	CONSTRAINT "notice_items_outcome_check" CHECK ("notice_items"."outcome" IN ('passed', 'cancelled', 'held'))
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_item_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone_enc" text NOT NULL,
	"content" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decided_by" text,
	"decision_reason" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "objections_status_check" CHECK ("objections"."status" IN ('open', 'upheld', 'dismissed', 'closed')),
	CONSTRAINT "objections_contact_phone_enc_check" CHECK ("objections"."contact_phone_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$')
);
--> statement-breakpoint
CREATE TABLE "bank_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"file_sha256" text NOT NULL,
	"imported_by" text NOT NULL,
	"summary" jsonb NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_no" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text NOT NULL,
	"approved_by" text,
	"item_count" integer DEFAULT 0 NOT NULL,
	"total_fen" integer DEFAULT 0 NOT NULL,
	"build_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payment_batches_batch_no_unique" UNIQUE("batch_no"),
	CONSTRAINT "payment_batches_build_key_unique" UNIQUE("build_key"),
	CONSTRAINT "payment_batches_status_check" CHECK ("payment_batches"."status" IN ('draft', 'approved', 'exported', 'result_imported', 'closed', 'discarded')),
	CONSTRAINT "payment_batches_second_person_check" CHECK ("payment_batches"."approved_by" IS NULL OR "payment_batches"."approved_by" <> "payment_batches"."created_by")
);
--> statement-breakpoint
CREATE TABLE "payment_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"line" integer NOT NULL,
	"reference" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"payee_name" text NOT NULL,
	"payee_kind" text NOT NULL,
	"payee_account_enc" text NOT NULL,
	"payee_bank_name" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"failure_reason" text,
	"paid_on" date,
	"reissue_of" uuid,
	CONSTRAINT "payment_items_reference_unique" UNIQUE("reference"),
	CONSTRAINT "payment_items_status_check" CHECK ("payment_items"."status" IN ('pending', 'paid', 'failed')),
	CONSTRAINT "payment_items_amount_check" CHECK ("payment_items"."amount_fen" > 0),
	CONSTRAINT "payment_items_payee_account_enc_check" CHECK ("payment_items"."payee_account_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$')
);
--> statement-breakpoint
CREATE TABLE "recovery_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"reason" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recovery_orders_status_check" CHECK ("recovery_orders"."status" IN ('open', 'partially_repaid', 'recovered', 'written_off')),
	CONSTRAINT "recovery_orders_amount_check" CHECK ("recovery_orders"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "repayments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"amount_fen" integer NOT NULL,
	"paid_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "repayments_amount_check" CHECK ("repayments"."amount_fen" > 0)
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_key" text NOT NULL,
	"region_code" text NOT NULL,
	"occupation" text NOT NULL,
	"level" smallint NOT NULL,
	"certificate_kind" text NOT NULL,
	"amount_fen" integer NOT NULL,
	"granted_on" date NOT NULL,
	"lifted_on" date,
	"lifted_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "grants_person_key_check" CHECK ("grants"."person_key" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_batch_id_notice_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."notice_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notice_items" ADD CONSTRAINT "notice_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_notice_item_id_notice_items_id_fk" FOREIGN KEY ("notice_item_id") REFERENCES "public"."notice_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bank_results" ADD CONSTRAINT "bank_results_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_items" ADD CONSTRAINT "payment_items_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_items" ADD CONSTRAINT "payment_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recovery_orders" ADD CONSTRAINT "recovery_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repayments" ADD CONSTRAINT "repayments_order_id_recovery_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."recovery_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_steps_case_seq_unique" ON "case_steps" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_one_open_per_person_occupation_level" ON "cases" USING btree ("program","person_key","occupation","level") WHERE "cases"."status" IN ('submitted', 'reviewing', 'approved', 'appealed', 'in_notice', 'notice_passed', 'paying', 'payment_failed', 'paid', 'clawback_pending');--> statement-breakpoint
CREATE INDEX "cases_region_status_idx" ON "cases" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "cases_person_id_idx" ON "cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cases_due_on_idx" ON "cases" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "cases_employer_idx" ON "cases" USING btree ("employer_credit_code");--> statement-breakpoint
CREATE UNIQUE INDEX "idempotency_keys_scope_key_unique" ON "idempotency_keys" USING btree ("scope","key");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_batches_region_compiled_unique" ON "notice_batches" USING btree ("region_code","compiled_on");--> statement-breakpoint
CREATE UNIQUE INDEX "notice_items_case_unique" ON "notice_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "notice_items_batch_idx" ON "notice_items" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "objections_case_idx" ON "objections" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_results_batch_file_unique" ON "bank_results" USING btree ("batch_id","file_sha256");--> statement-breakpoint
CREATE INDEX "payment_batches_region_idx" ON "payment_batches" USING btree ("region_code");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_items_one_live_per_case" ON "payment_items" USING btree ("case_id") WHERE "payment_items"."status" IN ('pending', 'paid');--> statement-breakpoint
CREATE UNIQUE INDEX "payment_items_batch_line_unique" ON "payment_items" USING btree ("batch_id","line");--> statement-breakpoint
CREATE UNIQUE INDEX "recovery_orders_one_open_per_case" ON "recovery_orders" USING btree ("case_id") WHERE "recovery_orders"."status" IN ('open', 'partially_repaid');--> statement-breakpoint
CREATE UNIQUE INDEX "grants_one_live_per_person_occupation_level" ON "grants" USING btree ("person_key","occupation","level") WHERE "grants"."lifted_on" IS NULL;--> statement-breakpoint
-- Allowed status changes of a skills-subsidy case, generated from skillSubsidyCaseMachine.transitionPairs()
-- (packages/db/src/schema/case-transitions.ts). A status change outside these pairs is refused.
CREATE OR REPLACE FUNCTION "cases_status_transition_check"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
    SELECT 1 FROM (VALUES
    ('submitted', 'reviewing'),
    ('submitted', 'approved'),
    ('submitted', 'rejected'),
    ('submitted', 'withdrawn'),
    ('reviewing', 'approved'),
    ('reviewing', 'rejected'),
    ('reviewing', 'withdrawn'),
    ('approved', 'in_notice'),
    ('approved', 'cancelled'),
    ('approved', 'withdrawn'),
    ('rejected', 'appealed'),
    ('appealed', 'reviewing'),
    ('appealed', 'approved'),
    ('appealed', 'rejected'),
    ('appealed', 'withdrawn'),
    ('in_notice', 'notice_passed'),
    ('in_notice', 'cancelled'),
    ('notice_passed', 'cancelled'),
    ('notice_passed', 'paying'),
    ('paying', 'paid'),
    ('paying', 'payment_failed'),
    ('paid', 'clawback_pending'),
    ('payment_failed', 'cancelled'),
    ('payment_failed', 'paying'),
    ('clawback_pending', 'recovered')
    ) AS allowed(from_status, to_status)
    WHERE allowed.from_status = OLD.status AND allowed.to_status = NEW.status
  ) THEN
    RAISE EXCEPTION 'case status change % -> % is not allowed', OLD.status, NEW.status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "cases_status_transition"
  BEFORE UPDATE OF "status" ON "cases"
  FOR EACH ROW EXECUTE FUNCTION "cases_status_transition_check"();
--> statement-breakpoint
-- A case's history is append-only: a step is never rewritten or removed (D1 留痕可溯).
CREATE OR REPLACE FUNCTION "case_steps_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'case_steps is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "case_steps_no_update_delete"
  BEFORE UPDATE OR DELETE ON "case_steps"
  FOR EACH ROW EXECUTE FUNCTION "case_steps_append_only"();
