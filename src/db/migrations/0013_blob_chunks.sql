CREATE TABLE "blob_chunks" (
	"chunk_set" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "blob_chunks_chunk_set_seq_pk" PRIMARY KEY("chunk_set","seq")
);
--> statement-breakpoint
ALTER TABLE "blobs" ALTER COLUMN "bytes" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "blobs" ADD COLUMN "chunk_set" uuid;