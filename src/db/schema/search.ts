import { pgTable, text } from "drizzle-orm/pg-core";

/**
 * Every folded word (lower case, no diacritics) that occurs in a searchable text, kept by triggers on the
 * searched tables (custom migration): typos are corrected against it. Shared by all councils; it holds
 * words only, never which record they came from.
 */
export const searchLexicon = pgTable("search_lexicon", {
  word: text("word").primaryKey(),
});
