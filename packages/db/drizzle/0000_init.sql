CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	CONSTRAINT "regions_code_check" CHECK ("regions"."code" ~ '^[0-9]{6}$'),
	CONSTRAINT "regions_level_check" CHECK ("regions"."level" IN ('national', 'province', 'city', 'county'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY DEFAULT gen_random_uuid()::text NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"region_code" text NOT NULL,
	"disabled" boolean DEFAULT false NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"password_changed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username"),
	CONSTRAINT "users_roles_check" CHECK ("users"."roles" <@ ARRAY['handler', 'reviewer', 'head', 'finance', 'auditor', 'data_admin', 'province_admin', 'system_admin']::text[]),
	CONSTRAINT "users_region_code_check" CHECK ("users"."region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "users_failed_logins_check" CHECK ("users"."failed_logins" >= 0)
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"certificate_no" text PRIMARY KEY NOT NULL,
	"id_number" text NOT NULL,
	"kind" text NOT NULL,
	"level" smallint NOT NULL,
	"occupation" text NOT NULL,
	"issue_date" date NOT NULL,
	"issuer" text NOT NULL,
	CONSTRAINT "certificates_kind_check" CHECK ("certificates"."kind" IN ('vocational_qualification', 'skill_level')),
	CONSTRAINT "certificates_level_check" CHECK ("certificates"."level" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "contributions" (
	"id_number" text NOT NULL,
	"month" text NOT NULL,
	"credit_code" text NOT NULL,
	"region_code" text NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "contributions_pkey" PRIMARY KEY("id_number","month"),
	CONSTRAINT "contributions_month_check" CHECK ("contributions"."month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "contributions_status_check" CHECK ("contributions"."status" IN ('paid', 'owed')),
	CONSTRAINT "contributions_region_code_check" CHECK ("contributions"."region_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"credit_code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" text NOT NULL,
	"industry" text NOT NULL,
	"size" text NOT NULL,
	"address" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employers_credit_code_check" CHECK ("employers"."credit_code" ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
	CONSTRAINT "employers_region_code_check" CHECK ("employers"."region_code" ~ '^[0-9]{6}$'),
	CONSTRAINT "employers_size_check" CHECK ("employers"."size" IN ('large', 'sme', 'micro'))
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id_number" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"sex" text NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text,
	"region_code" text NOT NULL,
	"address" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_id_number_check" CHECK ("persons"."id_number" ~ '^[0-9]{17}[0-9X]$'),
	CONSTRAINT "persons_sex_check" CHECK ("persons"."sex" IN ('male', 'female')),
	CONSTRAINT "persons_region_code_check" CHECK ("persons"."region_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "calendar_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"document_no" text NOT NULL,
	"source" text NOT NULL,
	"days_off" date[] DEFAULT '{}'::date[] NOT NULL,
	"workdays" date[] DEFAULT '{}'::date[] NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"loaded_by" text NOT NULL,
	CONSTRAINT "calendar_years_year_check" CHECK ("calendar_years"."year" BETWEEN 2000 AND 2100)
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"ip" text,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "audit_entries_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_code_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "sessions_user_id_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "certificates_id_number_idx" ON "certificates" USING btree ("id_number");--> statement-breakpoint
CREATE INDEX "contributions_credit_code_idx" ON "contributions" USING btree ("credit_code","month");--> statement-breakpoint
CREATE INDEX "employers_region_code_idx" ON "employers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "persons_region_code_idx" ON "persons" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");