CREATE TABLE "person_photos" (
	"person" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"data" "bytea" NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "register_series" (
	"centre" text PRIMARY KEY NOT NULL,
	"next" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "height_cm" integer;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "weight_kg" integer;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "hair" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "eyes" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "marks" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "tattoos" text;--> statement-breakpoint
ALTER TABLE "person_photos" ADD CONSTRAINT "person_photos_person_persons_id_fk" FOREIGN KEY ("person") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;