/**
 * A message the server words in both languages (Vietnamese, and English for the English interface);
 * the Vietnamese one when there is no English wording.
 */
export const localized = (language: string, vi: string, en: string | null | undefined): string =>
  language.startsWith("en") && en ? en : vi;
