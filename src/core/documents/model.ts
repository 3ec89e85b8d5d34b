/**
 * The official document model: what every document thidua produces is made of, before it is laid out.
 * Renderers (DOCX, PDF) turn one OfficialDocument into a file in the council's chosen layout; meetings,
 * tasks and reports build their documents as this type and call the renderers, never write files themselves.
 */

/** Party bodies follow Guidance 36-HD/VPTW; state bodies Decree 30/2020/NĐ-CP. Chosen per council. */
export type DocumentLayout = "party" | "state";
export const DOCUMENT_LAYOUTS = ["party", "state"] as const satisfies readonly DocumentLayout[];

/** The kinds of document thidua writes, each with its type name and the abbreviation used in the symbol. */
export const DOCUMENT_TYPES = {
  report: { name: "BÁO CÁO", code: "BC" },
  minutes: { name: "BIÊN BẢN", code: "BB" },
  proposal: { name: "TỜ TRÌNH", code: "TTr" },
  pact: { name: "GIAO ƯỚC THI ĐUA", code: "GƯTĐ" },
  plan: { name: "KẾ HOẠCH", code: "KH" },
  notice: { name: "THÔNG BÁO", code: "TB" },
  resolution: { name: "NGHỊ QUYẾT", code: "NQ" },
  decision: { name: "QUYẾT ĐỊNH", code: "QĐ" },
} as const;
export type DocumentTypeKey = keyof typeof DOCUMENT_TYPES;

/** The body that issues the document and, above it, the body it belongs to (top left of the page). */
export type DocumentHeader = {
  /** "TỈNH ỦY QUẢNG NINH", "THÀNH ỦY HẠ LONG"; absent for a body with no superior line. */
  superiorBody?: string;
  /** "BAN TUYÊN GIÁO" — required. */
  issuingBody: string;
};

/** "127-BC/BTGTU" (Party) or "12/BC-UBND" (state). `number` is null until the document is issued. */
export type DocumentNumber = {
  number: number | null;
  /** The issuer's abbreviation in the symbol: "BTGTU", "UBND". */
  issuerCode: string;
};

/** An inline run of text with emphasis; a paragraph is one string or a list of runs. */
export type TextRun = { text: string; bold?: boolean; italic?: boolean };
export type RichText = string | TextRun[];

export type TableColumn = {
  title: string;
  /** Relative width: the columns share the text width in proportion. */
  width: number;
  align?: "left" | "center" | "right";
};

export type Block =
  /** "I. KẾT QUẢ" (level 1, bold capitals as written), "1. Công tác…" (level 2, bold), "a) …" (level 3, italic). */
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  /** A body paragraph: justified with a first-line indent unless `align` says otherwise. */
  | { kind: "paragraph"; text: RichText; align?: "justify" | "center" | "right" }
  /** Items marked "1.", "a)" or "-". */
  | { kind: "list"; marker: "decimal" | "alpha" | "dash"; items: RichText[] }
  /** A ruled table with a header row; cells are plain text. `totalRow` is shown in bold. */
  | { kind: "table"; columns: TableColumn[]; rows: string[][]; totalRow?: string[] };

/**
 * How the signer signs: "T/M" (Party) or "TM." (state) for a collective body; "K/T" / "KT." for a deputy
 * signing for the head; "T/L", "TL." by delegation; or in their own right (`capacity` absent).
 */
export type SigningCapacity =
  | { kind: "on_behalf"; of: string }
  | { kind: "deputy_for"; of: string }
  | { kind: "delegated"; of: string };

export type Signature = {
  capacity?: SigningCapacity;
  /** "TRƯỞNG BAN", "CỤM TRƯỞNG"; shown in capitals. */
  position: string;
  /** Full name with diacritics: "Phan Thị Hải Hường". */
  name: string;
  /** A line above the position, for a table of signers: "BAN TUYÊN GIÁO THÀNH ỦY HẠ LONG". */
  organization?: string;
  /** Shown in the space left for the hand signature: "(Đã ký)" on a copy of a signed document. */
  note?: string;
};

export type OfficialDocument = {
  layout: DocumentLayout;
  header: DocumentHeader;
  type: DocumentTypeKey;
  /** Absent only for documents that carry no number (a pact signed by all members). */
  number?: DocumentNumber;
  /** "Hạ Long": the place name of the issuing body. */
  place: string;
  /** The date of issue, "YYYY-MM-DD"; shown in words. */
  date: string;
  /** The trích yếu: "Tổng kết công tác thi đua năm 2020 …". */
  subject?: string;
  /** "Kính gửi: …" lines, for a proposal or letter. */
  addressees?: string[];
  body: Block[];
  /** One signer, or several shown as a table of signatures (a pact). */
  signatures: Signature[];
  /** "Nơi nhận": who receives a copy; the last line is usually "Lưu …". */
  recipients?: string[];
  /** Shown before numbering: a draft has a watermark-like note and an empty number. */
  draft?: boolean;
};
