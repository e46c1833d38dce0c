-- Fuzzy person search (trigram matching) needs pg_trgm; it is a trusted extension on PostgreSQL 13+.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
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
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
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
	"valid_from" timestamp with time zone NOT NULL,
	"valid_to" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "centres" ADD COLUMN "capacity_estimated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "centre_authorities" ADD CONSTRAINT "centre_authorities_centre_centres_code_fk" FOREIGN KEY ("centre") REFERENCES "public"."centres"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_centre_centres_code_fk" FOREIGN KEY ("centre") REFERENCES "public"."centres"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_episode_custody_episodes_id_fk" FOREIGN KEY ("episode") REFERENCES "public"."custody_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custody_episodes" ADD CONSTRAINT "custody_episodes_person_persons_id_fk" FOREIGN KEY ("person") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_status_changes" ADD CONSTRAINT "legal_status_changes_episode_custody_episodes_id_fk" FOREIGN KEY ("episode") REFERENCES "public"."custody_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "next_of_kin" ADD CONSTRAINT "next_of_kin_person_persons_id_fk" FOREIGN KEY ("person") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
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
CREATE INDEX "persons_search_idx" ON "persons" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_national_id_idx" ON "persons" USING btree ("national_id");--> statement-breakpoint
CREATE INDEX "movements_person_idx" ON "movements" USING btree ("person","at");--> statement-breakpoint
CREATE INDEX "movements_at_idx" ON "movements" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "stays_one_open_per_person" ON "stays" USING btree ("person") WHERE "stays"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "stays_open_centre_idx" ON "stays" USING btree ("centre","location") WHERE "stays"."valid_to" is null;--> statement-breakpoint
CREATE INDEX "stays_interval_idx" ON "stays" USING btree ("centre","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "stays_person_idx" ON "stays" USING btree ("person","valid_from");