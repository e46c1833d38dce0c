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
ALTER TABLE "movements" ADD COLUMN "emergency" uuid;--> statement-breakpoint
ALTER TABLE "stays" ADD COLUMN "destination" text;--> statement-breakpoint
ALTER TABLE "stays" ADD COLUMN "destination_location" text;--> statement-breakpoint
ALTER TABLE "count_lines" ADD CONSTRAINT "count_lines_session_count_sessions_id_fk" FOREIGN KEY ("session") REFERENCES "public"."count_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "count_marks" ADD CONSTRAINT "count_marks_session_count_sessions_id_fk" FOREIGN KEY ("session") REFERENCES "public"."count_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_people" ADD CONSTRAINT "emergency_people_emergency_emergencies_id_fk" FOREIGN KEY ("emergency") REFERENCES "public"."emergencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "count_sessions_centre_idx" ON "count_sessions" USING btree ("centre","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "emergencies_one_active_per_centre" ON "emergencies" USING btree ("centre") WHERE "emergencies"."status" = 'active';--> statement-breakpoint
CREATE INDEX "emergency_people_status_idx" ON "emergency_people" USING btree ("emergency","status");--> statement-breakpoint
CREATE INDEX "movements_from_centre_idx" ON "movements" USING btree ("from_centre","at");--> statement-breakpoint
CREATE INDEX "movements_to_centre_idx" ON "movements" USING btree ("to_centre","at");