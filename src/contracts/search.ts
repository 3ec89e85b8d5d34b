import { z } from "zod";

export const searchKinds = ["report", "practice", "opinion"] as const;

/**
 * The query string is never refused: any text (quotes, operators, NUL, 2,000 characters) is cut to words.
 * Only the filters are checked.
 */
export const searchQuery = z.object({
  q: z.string().optional().default(""),
  kind: z.string().optional().meta({
    description: "Loại kết quả (report, practice, opinion; sau này task, document), phân cách bởi dấu phẩy",
  }),
  unitId: z.uuid({ error: "Mã đơn vị không hợp lệ" }).optional(),
  year: z.coerce
    .number({ error: "Năm phải là số" })
    .int({ error: "Năm phải là số nguyên" })
    .min(2000, { error: "Năm không hợp lệ (từ 2000)" })
    .max(2100, { error: "Năm không hợp lệ (đến 2100)" })
    .optional(),
  limit: z.coerce
    .number({ error: "Số kết quả phải là số" })
    .int({ error: "Số kết quả phải là số nguyên" })
    .min(1, { error: "Số kết quả ít nhất là 1" })
    .max(50, { error: "Số kết quả tối đa là 50" })
    .default(20),
});
export type SearchQuery = z.infer<typeof searchQuery>;

export const searchHit = z.object({
  kind: z.string(),
  id: z.string(),
  title: z.string(),
  /** HTML: the text escaped, matches wrapped in <mark>. */
  snippet: z.string(),
  /** HTML of the title with its matches marked. */
  titleHtml: z.string(),
  url: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  year: z.int().nullable(),
  /** "exact": every word matched; "fuzzy": found by similarity (a typo); "partial": holds the rarest words only. */
  match: z.enum(["exact", "fuzzy", "partial"]),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof searchHit>;

export const searchResponse = z.object({
  query: z.string(),
  words: z.array(z.string()),
  hits: z.array(searchHit),
  kinds: z.array(z.object({ kind: z.string(), label: z.string() })),
});
export type SearchResponse = z.infer<typeof searchResponse>;
