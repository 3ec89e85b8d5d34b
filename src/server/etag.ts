/** Whether an If-None-Match header names this ETag (weak or strong, one of a list). */
export const matchesEtag = (header: string | undefined, etag: string): boolean =>
  header?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag) ?? false;
