-- Fuzzy person search (trigram matching) needs pg_trgm; it is a trusted extension on PostgreSQL 13+.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"chain" text NOT NULL,
	"seq" bigint NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_id" uuid,
	"actor_username" text NOT NULL,
	"action" text NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"centre" text,
	"old_values" jsonb,
	"new_values" jsonb,
	"request_id" text,
	"prev_hash" char(64) NOT NULL,
	"hash" char(64) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "user_caseloads" (
	"user_id" uuid NOT NULL,
	"centre" text NOT NULL,
	CONSTRAINT "user_caseloads_user_id_centre_pk" PRIMARY KEY("user_id","centre")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"language" text DEFAULT 'es' NOT NULL,
	"roles" text[] DEFAULT '{}'::text[] NOT NULL,
	"caseload_all" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"password_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_unique" UNIQUE("username")
);
--> statement-breakpoint
CREATE TABLE "centre_authorities" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"centre" text NOT NULL,
	"authority" text NOT NULL,
	"since" date,
	"decree" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "centres" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"city" text NOT NULL,
	"province" text NOT NULL,
	"type" text NOT NULL,
	"sex" text NOT NULL,
	"authority" text NOT NULL,
	"timezone" text DEFAULT 'America/Guayaquil' NOT NULL,
	"capacity_estimated" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "centres_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "location_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"location" text NOT NULL,
	"kind" text NOT NULL,
	"old_value" text NOT NULL,
	"new_value" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"centre" text NOT NULL,
	"parent" text,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"sex" text DEFAULT 'any' NOT NULL,
	"regime" text DEFAULT 'mixed' NOT NULL,
	"security" text DEFAULT 'medium' NOT NULL,
	"design_capacity" integer,
	"working_capacity" integer,
	"max_capacity" integer,
	"status" text DEFAULT 'active' NOT NULL,
	"path" text NOT NULL,
	"depth" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "locations_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"episode" uuid NOT NULL,
	"case_number" text NOT NULL,
	"court" text,
	"charges" text NOT NULL,
	"offence" text NOT NULL,
	"max_penalty_years" numeric,
	"lawyer" text,
	"next_hearing" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "custody_episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person" text NOT NULL,
	"centre" text NOT NULL,
	"admitting_centre" text NOT NULL,
	"admitted_at" timestamp with time zone NOT NULL,
	"arrested_at" timestamp with time zone,
	"commitment_order" text,
	"issuing_authority" text,
	"injuries_on_arrival" text,
	"offence" text NOT NULL,
	"max_penalty_years" numeric,
	"legal_status" text NOT NULL,
	"pretrial_since" date,
	"sentence_months" integer,
	"risk" text DEFAULT 'medium' NOT NULL,
	"released_at" timestamp with time zone,
	"release_reason" text,
	"release_note" text
);
--> statement-breakpoint
CREATE TABLE "legal_status_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"episode" uuid NOT NULL,
	"legal_status" text NOT NULL,
	"since" date NOT NULL,
	"sentence_months" integer,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "next_of_kin" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person" text NOT NULL,
	"name" text NOT NULL,
	"relationship" text NOT NULL,
	"phone" text,
	"address" text
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" text PRIMARY KEY NOT NULL,
	"national_id" text,
	"given_names" text NOT NULL,
	"family_names" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"birth_date" date,
	"sex" text NOT NULL,
	"nationality" text DEFAULT 'ECU' NOT NULL,
	"search_text" text NOT NULL,
	"search_tokens" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_vocabulary" (
	"token" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "count_lines" (
	"session" uuid NOT NULL,
	"location" text NOT NULL,
	"expected" integer NOT NULL,
	"counted" integer,
	"counted_by" text,
	"counted_at" timestamp with time zone,
	"reconciliation" text,
	"reconciled_by" text,
	"reconciled_at" timestamp with time zone,
	CONSTRAINT "count_lines_session_location_pk" PRIMARY KEY("session","location")
);
--> statement-breakpoint
CREATE TABLE "count_marks" (
	"session" uuid NOT NULL,
	"person" text NOT NULL,
	"location" text NOT NULL,
	"present" boolean NOT NULL,
	"marked_by" text NOT NULL,
	"marked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "count_marks_session_person_pk" PRIMARY KEY("session","person")
);
--> statement-breakpoint
CREATE TABLE "count_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "emergencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"centre" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"reason" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"declared_by" text NOT NULL,
	"escapes_declared_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" text
);
--> statement-breakpoint
CREATE TABLE "emergency_people" (
	"emergency" uuid NOT NULL,
	"person" text NOT NULL,
	"expected_location" text,
	"status" text DEFAULT 'unverified' NOT NULL,
	"note" text,
	"marked_at" timestamp with time zone,
	"marked_by" text,
	CONSTRAINT "emergency_people_emergency_person_pk" PRIMARY KEY("emergency","person")
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person" text NOT NULL,
	"episode" uuid NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"from_centre" text,
	"from_location" text,
	"to_centre" text,
	"to_location" text,
	"reason" text,
	"emergency" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stays" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person" text NOT NULL,
	"episode" uuid NOT NULL,
	"centre" text NOT NULL,
	"location" text,
	"state" text NOT NULL,
	"out_reason" text,
	"destination" text,
	"destination_location" text,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_caseloads" ADD CONSTRAINT "user_caseloads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "centre_authorities" ADD CONSTRAINT "centre_authorities_centre_centres_code_fk" FOREIGN KEY ("centre") REFERENCES "public"."centres"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_centre_centres_code_fk" FOREIGN KEY ("centre") REFERENCES "public"."centres"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_episode_custody_episodes_id_fk" FOREIGN KEY ("episode") REFERENCES "public"."custody_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custody_episodes" ADD CONSTRAINT "custody_episodes_person_persons_id_fk" FOREIGN KEY ("person") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_status_changes" ADD CONSTRAINT "legal_status_changes_episode_custody_episodes_id_fk" FOREIGN KEY ("episode") REFERENCES "public"."custody_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_of_kin" ADD CONSTRAINT "next_of_kin_person_persons_id_fk" FOREIGN KEY ("person") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "count_lines" ADD CONSTRAINT "count_lines_session_count_sessions_id_fk" FOREIGN KEY ("session") REFERENCES "public"."count_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "count_marks" ADD CONSTRAINT "count_marks_session_count_sessions_id_fk" FOREIGN KEY ("session") REFERENCES "public"."count_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_people" ADD CONSTRAINT "emergency_people_emergency_emergencies_id_fk" FOREIGN KEY ("emergency") REFERENCES "public"."emergencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain_seq_idx" ON "audit_log" USING btree ("chain","seq");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "audit_log" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "audit_log_actor_idx" ON "audit_log" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "centre_authorities_centre_idx" ON "centre_authorities" USING btree ("centre","since");--> statement-breakpoint
CREATE INDEX "location_changes_location_idx" ON "location_changes" USING btree ("location","at");--> statement-breakpoint
CREATE INDEX "locations_centre_idx" ON "locations" USING btree ("centre");--> statement-breakpoint
CREATE INDEX "locations_parent_idx" ON "locations" USING btree ("parent");--> statement-breakpoint
CREATE INDEX "locations_path_idx" ON "locations" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_episode_idx" ON "cases" USING btree ("episode");--> statement-breakpoint
CREATE UNIQUE INDEX "custody_one_open_per_person" ON "custody_episodes" USING btree ("person") WHERE "custody_episodes"."released_at" is null;--> statement-breakpoint
CREATE INDEX "custody_person_idx" ON "custody_episodes" USING btree ("person");--> statement-breakpoint
CREATE INDEX "custody_open_centre_idx" ON "custody_episodes" USING btree ("centre") WHERE "custody_episodes"."released_at" is null;--> statement-breakpoint
CREATE INDEX "legal_status_changes_episode_idx" ON "legal_status_changes" USING btree ("episode");--> statement-breakpoint
CREATE INDEX "next_of_kin_person_idx" ON "next_of_kin" USING btree ("person");--> statement-breakpoint
CREATE INDEX "persons_search_tokens_idx" ON "persons" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "persons_national_id_idx" ON "persons" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gin ("token" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "count_sessions_centre_idx" ON "count_sessions" USING btree ("centre","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "emergencies_one_active_per_centre" ON "emergencies" USING btree ("centre") WHERE "emergencies"."status" = 'active';--> statement-breakpoint
CREATE INDEX "emergency_people_status_idx" ON "emergency_people" USING btree ("emergency","status");--> statement-breakpoint
CREATE INDEX "movements_person_idx" ON "movements" USING btree ("person","at");--> statement-breakpoint
CREATE INDEX "movements_at_idx" ON "movements" USING btree ("at");--> statement-breakpoint
CREATE INDEX "movements_from_centre_idx" ON "movements" USING btree ("from_centre","at");--> statement-breakpoint
CREATE INDEX "movements_to_centre_idx" ON "movements" USING btree ("to_centre","at");--> statement-breakpoint
CREATE UNIQUE INDEX "stays_one_open_per_person" ON "stays" USING btree ("person") WHERE "stays"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "stays_open_centre_idx" ON "stays" USING btree ("centre","location") WHERE "stays"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "stays_interval_idx" ON "stays" USING btree ("centre","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "stays_during_idx" ON "stays" USING gist (tstzrange("valid_from", "valid_to", '[)'));--> statement-breakpoint
CREATE INDEX "stays_person_idx" ON "stays" USING btree ("person","valid_from");