import type { DocumentLayout } from "../../../core/documents";

/** How a line is set: size in points, emphasis, and where it sits. */
export type TextStyle = { size: number; bold?: boolean; italic?: boolean; underline?: boolean };

/**
 * The measures each rulebook prescribes, in one place for both renderers. A4; margins top/bottom 20 mm,
 * left 30 mm, right 15 mm (both rules allow 20-25 / 30-35 / 15-20 mm); Times New Roman 13-14 pt.
 * Party: Guidance 36-HD/VPTW. State: Decree 30/2020/NĐ-CP, Appendix I.
 */
export type LayoutSpec = {
  marginsMm: { top: number; bottom: number; left: number; right: number };
  /** The header's two columns, in millimetres (their sum is the text width, 165 mm). */
  headerColumnsMm: [number, number];
  motto: { text: string; style: TextStyle }[];
  superiorBody: TextStyle;
  issuingBody: TextStyle;
  /** Party bodies put a "*" under their name; state bodies a short rule. */
  belowIssuer: "star" | "rule";
  number: TextStyle;
  placeDate: TextStyle;
  type: TextStyle;
  subject: TextStyle;
  /** Under the subject: five hyphens (Party) or a short rule (state). */
  belowSubject: "dashes" | "rule";
  body: number;
  table: number;
  signatureTitle: TextStyle;
  signatureName: TextStyle;
  recipientsLabel: TextStyle;
  recipients: TextStyle;
};

const MARGINS = { top: 20, bottom: 20, left: 30, right: 15 };

export const LAYOUT_SPECS: Record<DocumentLayout, LayoutSpec> = {
  party: {
    marginsMm: MARGINS,
    headerColumnsMm: [75, 90],
    motto: [{ text: "ĐẢNG CỘNG SẢN VIỆT NAM", style: { size: 15, bold: true } }],
    superiorBody: { size: 14 },
    issuingBody: { size: 14, bold: true },
    belowIssuer: "star",
    number: { size: 14 },
    placeDate: { size: 14, italic: true },
    type: { size: 15, bold: true },
    subject: { size: 14, bold: true },
    belowSubject: "dashes",
    body: 14,
    table: 13,
    signatureTitle: { size: 14, bold: true },
    signatureName: { size: 14, bold: true },
    recipientsLabel: { size: 14, underline: true },
    recipients: { size: 12 },
  },
  state: {
    marginsMm: MARGINS,
    headerColumnsMm: [68, 97],
    motto: [
      { text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style: { size: 13, bold: true } },
      { text: "Độc lập - Tự do - Hạnh phúc", style: { size: 14, bold: true } },
    ],
    superiorBody: { size: 13 },
    issuingBody: { size: 13, bold: true },
    belowIssuer: "rule",
    number: { size: 13 },
    placeDate: { size: 14, italic: true },
    type: { size: 14, bold: true },
    subject: { size: 14, bold: true },
    belowSubject: "rule",
    body: 14,
    table: 13,
    signatureTitle: { size: 14, bold: true },
    signatureName: { size: 14, bold: true },
    recipientsLabel: { size: 12, bold: true, italic: true },
    recipients: { size: 11 },
  },
};

export const MM_TO_PT = 72 / 25.4;
export const A4_MM = { width: 210, height: 297 };
