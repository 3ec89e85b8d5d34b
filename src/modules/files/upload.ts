import { z } from "zod";
import type { Db } from "../../db/types";
import { readMultipart } from "../../server/multipart";
import { chunkSink } from "./chunk-store";
import { MAX_UPLOAD_BYTES, sniffUpload } from "./sniff";

const NO_FIELDS = z.object({});

/**
 * An attachment upload (evidence, scans, photos, report files): streamed, capped at MAX_UPLOAD_BYTES,
 * checked by content from its first bytes, hashed as it arrives and written to `blob_chunks` chunk by
 * chunk (the attaching use case makes it a blob, in `withBlob`). Every attachment route reads its body here,
 * after checking that the caller may attach there.
 */
export function readUpload<S extends z.ZodType = typeof NO_FIELDS>(
  request: Request,
  db: Db,
  opts: { missingFile: string; fields?: S },
) {
  return readMultipart(request, {
    fields: (opts.fields ?? NO_FIELDS) as S,
    maxFileBytes: MAX_UPLOAD_BYTES,
    missingFile: opts.missingFile,
    sniff: sniffUpload,
    store: () => chunkSink(db),
  });
}

/**
 * The OpenAPI body of an upload route: a file plus the given text fields. A plain schema, not Zod, so
 * the router adds no form validator (it would read the whole body before the route streams it).
 */
export function uploadBody(fields: z.ZodObject = NO_FIELDS) {
  const json = z.toJSONSchema(fields, { io: "input" }) as {
    properties?: Record<string, object>;
    required?: string[];
  };
  const schema = {
    type: "object" as const,
    properties: { ...json.properties, file: { type: "string" as const, format: "binary" } },
    required: [...(json.required ?? []), "file"],
  };
  return { content: { "multipart/form-data": { schema } }, required: true };
}
