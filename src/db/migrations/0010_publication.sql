CREATE TABLE "cluster_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"pact_id" uuid NOT NULL,
	"pact_version" integer NOT NULL,
	"file" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"reason" text,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reopened_by" uuid,
	"reopened_at" timestamp with time zone,
	"reopen_reason" text,
	CONSTRAINT "cluster_publications_seq" UNIQUE("cluster_id","seq")
);
--> statement-breakpoint
ALTER TABLE "cluster_publications" ADD CONSTRAINT "cluster_publications_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_publications" ADD CONSTRAINT "cluster_publications_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_publications" ADD CONSTRAINT "cluster_publications_pact_id_pacts_id_fk" FOREIGN KEY ("pact_id") REFERENCES "public"."pacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_publications" ADD CONSTRAINT "cluster_publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_publications" ADD CONSTRAINT "cluster_publications_reopened_by_users_id_fk" FOREIGN KEY ("reopened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cluster_publications_cluster_idx" ON "cluster_publications" USING btree ("cluster_id");