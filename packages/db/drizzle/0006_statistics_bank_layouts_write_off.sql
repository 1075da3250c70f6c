CREATE TABLE "bank_file_layouts" (
	"region_code" text PRIMARY KEY NOT NULL,
	"layout" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics_snapshots" (
	"program" text NOT NULL,
	"kind" text NOT NULL,
	"region_code" text NOT NULL,
	"period" text NOT NULL,
	"data" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statistics_snapshots_program_kind_region_code_period_pk" PRIMARY KEY("program","kind","region_code","period")
);
--> statement-breakpoint
ALTER TABLE "payment_items" DROP CONSTRAINT "payment_items_status_check";--> statement-breakpoint
ALTER TABLE "payment_batches" ADD COLUMN "bank_file_layout" jsonb;--> statement-breakpoint
ALTER TABLE "recovery_orders" ADD COLUMN "written_off_on" date;--> statement-breakpoint
ALTER TABLE "recovery_orders" ADD COLUMN "written_off_reason" text;--> statement-breakpoint
ALTER TABLE "recovery_orders" ADD COLUMN "written_off_by" text;--> statement-breakpoint
ALTER TABLE "job_runs" ADD COLUMN "progress" jsonb;--> statement-breakpoint
ALTER TABLE "payment_items" ADD CONSTRAINT "payment_items_status_check" CHECK ("payment_items"."status" IN ('pending', 'paid', 'failed', 'discarded'));--> statement-breakpoint
ALTER TABLE "recovery_orders" ADD CONSTRAINT "recovery_orders_written_off_check" CHECK (("recovery_orders"."status" = 'written_off') = ("recovery_orders"."written_off_on" IS NOT NULL AND "recovery_orders"."written_off_reason" IS NOT NULL AND "recovery_orders"."written_off_by" IS NOT NULL));--> statement-breakpoint
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
    ('clawback_pending', 'paid'),
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
