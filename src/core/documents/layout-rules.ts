import type { DocumentLayout } from "./model";

/**
 * What each rulebook fixes about dates, numbers and the signing marks.
 * Decree 30/2020/NĐ-CP (Appendix I, II.5): a day below 10 and the months 1 and 2 take a leading 0, so that
 * "tháng 1" cannot be turned into "tháng 11"; numbers start from 01 each year. Guidance 36-HD/VPTW writes the
 * date the same way and numbers from 01 each term of the Party committee.
 */
export type LayoutRules = {
  padDayBelow10: boolean;
  padMonthsBelow3: boolean;
  padNumberBelow10: boolean;
  capacityMark: { on_behalf: string; deputy_for: string; delegated: string };
  numbering: "term" | "year";
};

export const LAYOUT_RULES: Record<DocumentLayout, LayoutRules> = {
  party: {
    padDayBelow10: true,
    padMonthsBelow3: true,
    padNumberBelow10: true,
    capacityMark: { on_behalf: "T/M", deputy_for: "K/T", delegated: "T/L" },
    numbering: "term",
  },
  state: {
    padDayBelow10: true,
    padMonthsBelow3: true,
    padNumberBelow10: true,
    capacityMark: { on_behalf: "TM.", deputy_for: "KT.", delegated: "TL." },
    numbering: "year",
  },
};
