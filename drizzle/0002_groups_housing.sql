CREATE TABLE "criminal_groups" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent" text,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_relations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"group_a" text NOT NULL,
	"group_b" text NOT NULL,
	"relation" text NOT NULL,
	"since" date,
	"until" date,
	"confidence" text DEFAULT 'confirmed' NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "group_relations_ordered_pair" CHECK ("group_relations"."group_a" < "group_relations"."group_b" collate "C")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person" text NOT NULL,
	"group_code" text NOT NULL,
	"role" text NOT NULL,
	"since" date,
	"until" date,
	"confidence" text NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cell_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person" text NOT NULL,
	"centre" text NOT NULL,
	"from_location" text,
	"to_location" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"reason_code" text NOT NULL,
	"comment" text NOT NULL,
	"blocking" jsonb NOT NULL,
	"warnings" jsonb NOT NULL,
	"overridden" boolean DEFAULT false NOT NULL,
	"override_reason" text,
	"authorised_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "non_association_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"non_association" uuid NOT NULL,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "non_associations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_a" text NOT NULL,
	"person_b" text NOT NULL,
	"role_a" text DEFAULT 'other' NOT NULL,
	"role_b" text DEFAULT 'other' NOT NULL,
	"reason" text NOT NULL,
	"level" text NOT NULL,
	"comment" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	CONSTRAINT "non_associations_ordered_pair" CHECK ("non_associations"."person_a" < "non_associations"."person_b" collate "C")
);
--> statement-breakpoint
CREATE TABLE "classifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"episode" uuid NOT NULL,
	"risk" text NOT NULL,
	"vulnerabilities" text[] NOT NULL,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "custody_episodes" ADD COLUMN "vulnerabilities" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "group_relations" ADD CONSTRAINT "group_relations_group_a_criminal_groups_code_fk" FOREIGN KEY ("group_a") REFERENCES "public"."criminal_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_relations" ADD CONSTRAINT "group_relations_group_b_criminal_groups_code_fk" FOREIGN KEY ("group_b") REFERENCES "public"."criminal_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_group_code_criminal_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "public"."criminal_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "non_association_events" ADD CONSTRAINT "non_association_events_non_association_non_associations_id_fk" FOREIGN KEY ("non_association") REFERENCES "public"."non_associations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "classifications" ADD CONSTRAINT "classifications_episode_custody_episodes_id_fk" FOREIGN KEY ("episode") REFERENCES "public"."custody_episodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_relations_one_open_per_pair" ON "group_relations" USING btree ("group_a","group_b") WHERE "group_relations"."until" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_one_open_per_group" ON "memberships" USING btree ("person","group_code") WHERE "memberships"."until" is null;--> statement-breakpoint
CREATE INDEX "memberships_group_idx" ON "memberships" USING btree ("group_code");--> statement-breakpoint
CREATE INDEX "cell_moves_person_idx" ON "cell_moves" USING btree ("person","at");--> statement-breakpoint
CREATE INDEX "cell_moves_overrides_idx" ON "cell_moves" USING btree ("centre","at") WHERE "cell_moves"."overridden";--> statement-breakpoint
CREATE INDEX "non_association_events_record_idx" ON "non_association_events" USING btree ("non_association","at");--> statement-breakpoint
CREATE UNIQUE INDEX "non_associations_one_open_per_pair" ON "non_associations" USING btree ("person_a","person_b") WHERE "non_associations"."status" = 'open';--> statement-breakpoint
CREATE INDEX "non_associations_person_b_idx" ON "non_associations" USING btree ("person_b");--> statement-breakpoint
CREATE INDEX "classifications_episode_idx" ON "classifications" USING btree ("episode","recorded_at");--> statement-breakpoint
CREATE INDEX "stays_open_location_idx" ON "stays" USING btree ("location") WHERE "stays"."valid_to" is null;