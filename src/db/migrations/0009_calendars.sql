CREATE TABLE "cluster_calendars" (
	"cluster_id" uuid PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"pact_signed_by" date NOT NULL,
	"self_assessment_due" date NOT NULL,
	"review_due" date NOT NULL,
	"conference_on" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster_calendars" ADD CONSTRAINT "cluster_calendars_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_calendars" ADD CONSTRAINT "cluster_calendars_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_calendars" ADD CONSTRAINT "cluster_calendars_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;