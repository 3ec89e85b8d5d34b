-- Moves the bytes of blobs stored whole (before blob_chunks) into chunks of 1 MiB under a chunk set derived
-- from the hash, then empties the old column. Idempotent: a second run finds no bytes left to move.
UPDATE "blobs" SET "chunk_set" = md5("sha256")::uuid WHERE "chunk_set" IS NULL AND "bytes" IS NOT NULL;
--> statement-breakpoint
INSERT INTO "blob_chunks" ("chunk_set", "seq", "bytes")
SELECT b."chunk_set", g.i, substring(b."bytes" FROM g.i * 1048576 + 1 FOR 1048576)
FROM "blobs" b
CROSS JOIN LATERAL generate_series(0, greatest((length(b."bytes") - 1) / 1048576, 0)) AS g(i)
WHERE b."bytes" IS NOT NULL
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "blobs" SET "bytes" = NULL WHERE "bytes" IS NOT NULL;
