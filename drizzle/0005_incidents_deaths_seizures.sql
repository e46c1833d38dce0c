CREATE TABLE "death_cause_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person" text NOT NULL,
	"from_cause" text NOT NULL,
	"to_cause" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "death_obligations" (
	"person" text NOT NULL,
	"obligation" text NOT NULL,
	"done_at" timestamp with time zone NOT NULL,
	"done_by" text NOT NULL,
	"reference" text,
	"note" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "death_obligations_person_obligation_pk" PRIMARY KEY("person","obligation")
);
--> statement-breakpoint
CREATE TABLE "death_records" (
	"person" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"centre" text NOT NULL,
	"location" text,
	"cause" text DEFAULT 'pending' NOT NULL,
	"circumstances" text DEFAULT '' NOT NULL,
	"found_by" text,
	"incident" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_addenda" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident" text NOT NULL,
	"text" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"comment" text,
	"changes" jsonb,
	"at" timestamp with time zone NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_people" (
	"incident" text NOT NULL,
	"person" text NOT NULL,
	"role" text NOT NULL,
	"injury" text DEFAULT 'none' NOT NULL,
	"note" text,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" text NOT NULL,
	CONSTRAINT "incident_people_incident_person_role_pk" PRIMARY KEY("incident","person","role")
);
--> statement-breakpoint
CREATE TABLE "incident_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"injury" text DEFAULT 'none' NOT NULL,
	"hostage" boolean DEFAULT false NOT NULL,
	"note" text,
	"added_at" timestamp with time zone NOT NULL,
	"added_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"centre" text NOT NULL,
	"location" text,
	"type" text NOT NULL,
	"severity" text DEFAULT 'medium' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"description" text NOT NULL,
	"other_deaths" integer DEFAULT 0 NOT NULL,
	"other_injuries" integer DEFAULT 0 NOT NULL,
	"items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"damage" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"external_forces" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emergency" uuid,
	"duplicate_of" text,
	"reported_by" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incidents_ends_after_start" CHECK ("incidents"."ended_at" is null or "incidents"."ended_at" >= "incidents"."started_at"),
	CONSTRAINT "incidents_other_casualties" CHECK ("incidents"."other_deaths" >= 0 and "incidents"."other_injuries" >= 0)
);
--> statement-breakpoint
CREATE TABLE "searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"centre" text NOT NULL,
	"location" text,
	"kind" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"team" text NOT NULL,
	"result" text NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "searches_ends_after_start" CHECK ("searches"."ended_at" is null or "searches"."ended_at" >= "searches"."started_at")
);
--> statement-breakpoint
CREATE TABLE "seizures" (
	"id" text PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"centre" text NOT NULL,
	"location" text,
	"item" text NOT NULL,
	"quantity" integer NOT NULL,
	"where_found" text,
	"description" text,
	"person" text,
	"incident" text,
	"search" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "seizures_quantity_positive" CHECK ("seizures"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "incident_addenda" ADD CONSTRAINT "incident_addenda_incident_incidents_id_fk" FOREIGN KEY ("incident") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_history" ADD CONSTRAINT "incident_history_incident_incidents_id_fk" FOREIGN KEY ("incident") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_people" ADD CONSTRAINT "incident_people_incident_incidents_id_fk" FOREIGN KEY ("incident") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_staff" ADD CONSTRAINT "incident_staff_incident_incidents_id_fk" FOREIGN KEY ("incident") REFERENCES "public"."incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seizures" ADD CONSTRAINT "seizures_search_searches_id_fk" FOREIGN KEY ("search") REFERENCES "public"."searches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "death_cause_changes_person_idx" ON "death_cause_changes" USING btree ("person","at");--> statement-breakpoint
CREATE INDEX "death_records_centre_at_idx" ON "death_records" USING btree ("centre","at");--> statement-breakpoint
CREATE INDEX "death_records_incident_idx" ON "death_records" USING btree ("incident");--> statement-breakpoint
CREATE INDEX "incident_addenda_incident_idx" ON "incident_addenda" USING btree ("incident","at");--> statement-breakpoint
CREATE INDEX "incident_history_incident_idx" ON "incident_history" USING btree ("incident","at");--> statement-breakpoint
CREATE INDEX "incident_people_person_idx" ON "incident_people" USING btree ("person");--> statement-breakpoint
CREATE INDEX "incident_staff_incident_idx" ON "incident_staff" USING btree ("incident");--> statement-breakpoint
CREATE INDEX "incidents_started_idx" ON "incidents" USING btree ("started_at","id");--> statement-breakpoint
CREATE INDEX "incidents_centre_started_idx" ON "incidents" USING btree ("centre","started_at");--> statement-breakpoint
CREATE INDEX "incidents_status_idx" ON "incidents" USING btree ("status","centre","started_at");--> statement-breakpoint
CREATE INDEX "incidents_type_idx" ON "incidents" USING btree ("type","started_at");--> statement-breakpoint
CREATE INDEX "incidents_location_idx" ON "incidents" USING btree ("location","started_at");--> statement-breakpoint
CREATE INDEX "incidents_reporter_idx" ON "incidents" USING btree ("reported_by","status");--> statement-breakpoint
CREATE INDEX "incidents_emergency_idx" ON "incidents" USING btree ("emergency");--> statement-breakpoint
CREATE INDEX "searches_centre_started_idx" ON "searches" USING btree ("centre","started_at");--> statement-breakpoint
CREATE INDEX "seizures_centre_at_idx" ON "seizures" USING btree ("centre","at");--> statement-breakpoint
CREATE INDEX "seizures_location_at_idx" ON "seizures" USING btree ("location","at");--> statement-breakpoint
CREATE INDEX "seizures_search_idx" ON "seizures" USING btree ("search");--> statement-breakpoint
CREATE INDEX "seizures_person_idx" ON "seizures" USING btree ("person");