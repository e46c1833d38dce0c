CREATE TABLE "alert_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"alert" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"score" double precision NOT NULL,
	"by" text,
	"by_name" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"centre" text NOT NULL,
	"location" text,
	"subject" text NOT NULL,
	"severity" text NOT NULL,
	"peak_severity" text NOT NULL,
	"score" double precision NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"reasons" jsonb NOT NULL,
	"persons" text[] NOT NULL,
	"groups" text[] NOT NULL,
	"restricted" boolean NOT NULL,
	"timeline" jsonb NOT NULL,
	"status" text NOT NULL,
	"raised_at" timestamp with time zone NOT NULL,
	"last_evaluated_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" text,
	"acknowledged_by_name" text,
	"acknowledged_note" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text,
	"resolved_by_name" text,
	"resolved_reason" text,
	"resolution" text,
	"suppressed" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "alerts_status_known" CHECK ("alerts"."status" in ('raised', 'acknowledged', 'resolved')),
	CONSTRAINT "alerts_severity_known" CHECK ("alerts"."severity" in ('low', 'medium', 'high', 'critical') and "alerts"."peak_severity" in ('low', 'medium', 'high', 'critical')),
	CONSTRAINT "alerts_resolution_consistent" CHECK (("alerts"."status" = 'resolved') = ("alerts"."resolved_at" is not null and "alerts"."resolution" in ('automatic', 'manual')))
);
--> statement-breakpoint
ALTER TABLE "alert_events" ADD CONSTRAINT "alert_events_alert_alerts_id_fk" FOREIGN KEY ("alert") REFERENCES "public"."alerts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_events_alert_idx" ON "alert_events" USING btree ("alert","id");--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_one_open_per_subject" ON "alerts" USING btree ("type","centre","subject") WHERE "alerts"."status" <> 'resolved';--> statement-breakpoint
CREATE INDEX "alerts_centre_status_idx" ON "alerts" USING btree ("centre","status");--> statement-breakpoint
CREATE INDEX "alerts_location_idx" ON "alerts" USING btree ("location","raised_at");--> statement-breakpoint
CREATE INDEX "alerts_raised_idx" ON "alerts" USING btree ("raised_at","id");--> statement-breakpoint
CREATE INDEX "alerts_suppressed_idx" ON "alerts" USING btree ("centre") WHERE "alerts"."suppressed";--> statement-breakpoint
-- Alerts are never deleted, and their history is never changed: the database refuses.
CREATE FUNCTION alerts_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is kept for good: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER alerts_no_delete
  BEFORE DELETE ON alerts
  FOR EACH ROW EXECUTE FUNCTION alerts_refuse_change();
--> statement-breakpoint
CREATE TRIGGER alerts_no_truncate
  BEFORE TRUNCATE ON alerts
  FOR EACH STATEMENT EXECUTE FUNCTION alerts_refuse_change();
--> statement-breakpoint
CREATE TRIGGER alert_events_no_update_delete
  BEFORE UPDATE OR DELETE ON alert_events
  FOR EACH ROW EXECUTE FUNCTION alerts_refuse_change();
--> statement-breakpoint
CREATE TRIGGER alert_events_no_truncate
  BEFORE TRUNCATE ON alert_events
  FOR EACH STATEMENT EXECUTE FUNCTION alerts_refuse_change();
