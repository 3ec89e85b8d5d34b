CREATE TABLE "document_issuers" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"council_id" uuid NOT NULL,
	"superior_body" text,
	"issuing_body" text NOT NULL,
	"symbol" text NOT NULL,
	"place" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_registers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"issuer_org_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"period" text NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "document_registers_key" UNIQUE("issuer_org_id","type_code","period")
);
--> statement-breakpoint
CREATE TABLE "document_settings" (
	"council_id" uuid PRIMARY KEY NOT NULL,
	"layout" text DEFAULT 'party' NOT NULL,
	"party_term_start" date,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "issued_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"council_id" uuid NOT NULL,
	"register_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"cluster_id" uuid,
	"date" date NOT NULL,
	"content" jsonb NOT NULL,
	"issued_by" uuid,
	"issued_by_name" text NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "issued_documents_number" UNIQUE("register_id","number"),
	CONSTRAINT "issued_documents_cluster_kind" UNIQUE("cluster_id","kind")
);
--> statement-breakpoint
ALTER TABLE "document_issuers" ADD CONSTRAINT "document_issuers_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_issuers" ADD CONSTRAINT "document_issuers_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_registers" ADD CONSTRAINT "document_registers_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_registers" ADD CONSTRAINT "document_registers_issuer_org_id_organizations_id_fk" FOREIGN KEY ("issuer_org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_settings" ADD CONSTRAINT "document_settings_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_council_id_councils_id_fk" FOREIGN KEY ("council_id") REFERENCES "public"."councils"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_register_id_document_registers_id_fk" FOREIGN KEY ("register_id") REFERENCES "public"."document_registers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "issued_documents_council_idx" ON "issued_documents" USING btree ("council_id");