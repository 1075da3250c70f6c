-- Personal data at rest (issue 4) and the tables of applicant identity and change requests.
--
-- The registry tables stop holding plain ID numbers and phones: a person is keyed by the blind index of the
-- ID number (person_key, HMAC-SM3 under HUIMIN_INDEX_KEY) and the number and phone are kept SM4-encrypted.
-- SQL cannot encrypt (the keys live only in the application's environment), so the rows written before this
-- migration are removed rather than left in plain text: until now no route imported registry data, so they
-- can only be the demo seed, which the next start with HUIMIN_DEMO=1 writes again, encrypted; a production
-- registry is loaded from the core system after this migration.
DELETE FROM "certificates";
--> statement-breakpoint
DELETE FROM "contributions";
--> statement-breakpoint
DELETE FROM "persons";
--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_pkey";
--> statement-breakpoint
ALTER TABLE "persons" DROP CONSTRAINT "persons_id_number_check";
--> statement-breakpoint
ALTER TABLE "persons" DROP COLUMN "id_number";
--> statement-breakpoint
ALTER TABLE "persons" DROP COLUMN "phone";
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "person_key" text NOT NULL;
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "id_number_enc" text NOT NULL;
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "phone_enc" text;
--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_person_key_unique" UNIQUE("person_key");
--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_person_key_check" CHECK ("persons"."person_key" ~ '^[0-9a-f]{64}$');
--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_id_number_enc_check" CHECK ("persons"."id_number_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$');
--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_phone_enc_check" CHECK ("persons"."phone_enc" ~ '^sm4\$[a-z0-9_-]+\$[0-9a-f]{32}\$[0-9a-f]+\$[0-9a-f]{32}$');
--> statement-breakpoint
ALTER TABLE "contributions" DROP CONSTRAINT "contributions_pkey";
--> statement-breakpoint
ALTER TABLE "contributions" DROP COLUMN "id_number";
--> statement-breakpoint
ALTER TABLE "contributions" ADD COLUMN "person_key" text NOT NULL;
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_pkey" PRIMARY KEY("person_key","month");
--> statement-breakpoint
ALTER TABLE "contributions" ADD CONSTRAINT "contributions_person_key_check" CHECK ("contributions"."person_key" ~ '^[0-9a-f]{64}$');
--> statement-breakpoint
DROP INDEX "certificates_id_number_idx";
--> statement-breakpoint
ALTER TABLE "certificates" DROP COLUMN "id_number";
--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "person_key" text NOT NULL;
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_key_check" CHECK ("certificates"."person_key" ~ '^[0-9a-f]{64}$');
--> statement-breakpoint
CREATE INDEX "certificates_person_key_idx" ON "certificates" USING btree ("person_key");
--> statement-breakpoint
-- POLICY.md D1: no account holds a business role and finance; the auditor holds no other role.
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_roles_separation_check" CHECK (NOT ("users"."roles" && ARRAY['handler', 'reviewer', 'head']::text[] AND 'finance' = ANY("users"."roles")) AND (NOT 'auditor' = ANY("users"."roles") OR cardinality("users"."roles") = 1));
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "refresh_hash" text;
--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "refresh_expires_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_refresh_hash_unique" UNIQUE("refresh_hash");
--> statement-breakpoint
CREATE TABLE "applicant_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"person_key" text,
	"credit_code" text,
	"region_code" text NOT NULL,
	"contact_name" text,
	"contact_phone_enc" text,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_login_at" timestamp with time zone,
	CONSTRAINT "applicant_accounts_person_key_unique" UNIQUE("person_key"),
	CONSTRAINT "applicant_accounts_credit_code_unique" UNIQUE("credit_code"),
	CONSTRAINT "applicant_accounts_kind_check" CHECK ("applicant_accounts"."kind" IN ('person', 'employer')),
	CONSTRAINT "applicant_accounts_subject_check" CHECK (("applicant_accounts"."kind" = 'person' AND "applicant_accounts"."person_key" IS NOT NULL AND "applicant_accounts"."credit_code" IS NULL) OR ("applicant_accounts"."kind" = 'employer' AND "applicant_accounts"."credit_code" IS NOT NULL AND "applicant_accounts"."person_key" IS NULL AND "applicant_accounts"."contact_phone_enc" IS NOT NULL)),
	CONSTRAINT "applicant_accounts_region_code_check" CHECK ("applicant_accounts"."region_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
CREATE TABLE "applicant_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "otp_challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"subject_key" text NOT NULL,
	"code_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"consumed_at" timestamp with time zone,
	CONSTRAINT "otp_challenges_purpose_check" CHECK ("otp_challenges"."purpose" IN ('person_login', 'employer_login'))
);
--> statement-breakpoint
CREATE TABLE "change_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text NOT NULL,
	"region_code" text NOT NULL,
	"changes_enc" text NOT NULL,
	"summary" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by_id" uuid NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_id" uuid,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "change_requests_status_check" CHECK ("change_requests"."status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "change_requests_second_person_check" CHECK ("change_requests"."decided_by_id" IS NULL OR "change_requests"."decided_by_id" <> "change_requests"."requested_by_id"),
	CONSTRAINT "change_requests_decision_check" CHECK (("change_requests"."status" = 'pending') = ("change_requests"."decided_by_id" IS NULL AND "change_requests"."decided_at" IS NULL)),
	CONSTRAINT "change_requests_region_code_check" CHECK ("change_requests"."region_code" ~ '^[0-9]{6}$')
);
--> statement-breakpoint
ALTER TABLE "applicant_sessions" ADD CONSTRAINT "applicant_sessions_account_id_applicant_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."applicant_accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "applicant_sessions_account_id_idx" ON "applicant_sessions" USING btree ("account_id");
--> statement-breakpoint
CREATE INDEX "otp_challenges_subject_idx" ON "otp_challenges" USING btree ("purpose","subject_key","created_at");
--> statement-breakpoint
CREATE INDEX "change_requests_region_status_idx" ON "change_requests" USING btree ("region_code","status");
--> statement-breakpoint
CREATE INDEX "change_requests_entity_idx" ON "change_requests" USING btree ("entity","entity_id");
