import { readFileSync } from "node:fs";
import type {
  Content,
  ContentStack,
  ContentTable,
  ContentText,
  TableCell,
  TDocumentDefinitions,
} from "pdfmake/interfaces";
import type { Block, OfficialDocument, RichText } from "../../../core/documents";
import { type Composed, composeDocument, type Line, listMarker } from "./compose";
import { FONT_FILES } from "./fonts";
import { A4_MM, MM_TO_PT } from "./layout-spec";

const FAMILY = "LiberationSerif";

// pdfmake in Node reads fonts from its virtual file system: load the four TTFs once and allow no other
// file or URL access, so a document can never pull in anything but our fonts. Loaded with the first PDF,
// not when the server starts (pdfmake and the fonts are about 26 MiB most processes never use).
type Vfs = { writeFileSync(name: string, data: Buffer): void };
type Pdfmake = typeof import("pdfmake");
let pdfmakeReady: Promise<Pdfmake> | undefined;
const loadPdfmake = (): Promise<Pdfmake> => {
  // pdfmake is CommonJS: its module.exports is the import's default (absent from its type declarations).
  pdfmakeReady ??= import("pdfmake").then((module) => {
    const pdfmake = (module as unknown as { default: Pdfmake }).default;
    const vfs = (pdfmake as unknown as { virtualfs: Vfs }).virtualfs;
    const fontNames = Object.fromEntries(
      Object.entries(FONT_FILES).map(([style, path]) => {
        const name = `${FAMILY}-${style}.ttf`;
        vfs.writeFileSync(name, readFileSync(path));
        return [style, name];
      }),
    ) as Record<keyof typeof FONT_FILES, string>;
    pdfmake.setFonts({ [FAMILY]: fontNames });
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    return pdfmake;
  });
  return pdfmakeReady;
};

const INDENT = 10 * MM_TO_PT;
const SIGN_SPACE = 62;

/** The document as a PDF in its layout: A4, Liberation Serif embedded (Times New Roman metrics). */
export async function renderPdf(doc: OfficialDocument): Promise<Uint8Array> {
  return pdfBytes(pdfContent(composeDocument(doc)), doc.subject ?? "");
}

/** Several documents in one PDF, each starting on a new page (the proposal dossier). */
export async function renderPdfBundle(docs: OfficialDocument[], title: string): Promise<Uint8Array> {
  const content: Content[] = docs.map((d, i) => ({
    stack: pdfContent(composeDocument(d)),
    ...(i > 0 ? { pageBreak: "before" as const } : {}),
  }));
  return pdfBytes(content, title);
}

async function pdfBytes(content: Content[], title: string): Promise<Uint8Array> {
  const m = { top: 20, bottom: 20, left: 30, right: 15 };
  const definition: TDocumentDefinitions = {
    pageSize: "A4",
    pageMargins: [m.left * MM_TO_PT, m.top * MM_TO_PT, m.right * MM_TO_PT, m.bottom * MM_TO_PT],
    info: { title, creator: "thidua", producer: "thidua" },
    defaultStyle: { font: FAMILY, fontSize: 14, lineHeight: 1.1 },
    // Page numbers from the second page, centred at the top (both rules).
    header: (page) =>
      page > 1 ? { text: String(page), alignment: "center", fontSize: 13, margin: [0, 28, 0, 0] } : null,
    content,
  };
  const buffer = await (await loadPdfmake()).createPdf(definition).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

const textWidthPt = (A4_MM.width - 30 - 15) * MM_TO_PT;

function lineContent(line: Line, columnWidth: number): Content {
  const text: Content = {
    text: line.text,
    fontSize: line.style.size,
    bold: line.style.bold ?? false,
    italics: line.style.italic ?? false,
    decoration: line.style.underline ? "underline" : undefined,
    alignment: "center",
  };
  if (line.ruleBelowPt === undefined) return text;
  const w = Math.min(line.ruleBelowPt, columnWidth);
  const x = (columnWidth - w) / 2;
  return { stack: [text, { canvas: [{ type: "line", x1: x, y1: 3, x2: x + w, y2: 3, lineWidth: 0.6 }] }] };
}

function pdfContent(c: Composed): Content[] {
  const [leftMm, rightMm] = c.spec.headerColumnsMm;
  const left = leftMm * MM_TO_PT;
  const right = rightMm * MM_TO_PT;
  const out: Content[] = [];
  if (c.draftNote) out.push({ text: c.draftNote, bold: true, fontSize: 11, margin: [0, 0, 0, 4] });
  out.push({
    layout: "noBorders",
    table: {
      widths: [left, right],
      body: [
        [
          { stack: c.headerLeft.map((l) => lineContent(l, left)) },
          { stack: c.headerRight.map((l) => lineContent(l, right)) },
        ],
        [
          { stack: c.numberLine ? [lineContent(c.numberLine, left)] : [], margin: [0, 6, 0, 0] },
          { stack: [lineContent(c.placeDateLine, right)], margin: [0, 6, 0, 0] },
        ],
      ],
    },
  });
  out.push({ stack: c.title.map((l) => lineContent(l, textWidthPt)), margin: [0, 18, 0, 8] });
  if (c.addressees.length > 0)
    out.push({ stack: c.addressees.map((l) => lineContent(l, textWidthPt)), margin: [0, 0, 0, 8] });
  for (const block of c.body) out.push(blockContent(block, c.spec.body, c.spec.table));
  out.push(...signatureContent(c));
  return out;
}

type Margin = [number, number, number, number];

const runs = (t: RichText): ContentText["text"] =>
  typeof t === "string"
    ? t
    : t.map((r) => ({ text: r.text, bold: r.bold ?? false, italics: r.italic ?? false }));

function blockContent(b: Block, size: number, tableSize: number): Content {
  switch (b.kind) {
    case "heading":
      return {
        text: b.text,
        bold: b.level < 3,
        italics: b.level === 3,
        fontSize: size,
        leadingIndent: b.level === 1 ? 0 : INDENT,
        alignment: "justify",
        margin: [0, 6, 0, 3],
      };
    case "paragraph": {
      const plain = b.align === undefined || b.align === "justify";
      return {
        text: runs(b.text),
        fontSize: size,
        alignment: b.align ?? "justify",
        leadingIndent: plain ? INDENT : 0,
        margin: [0, 0, 0, 6],
      };
    }
    case "list":
      return {
        stack: b.items.map((item, i): ContentText => {
          const marker = listMarker(b.marker, i);
          const r = runs(item);
          return {
            text: typeof r === "string" ? `${marker}${r}` : [{ text: marker }, ...(r as ContentText[])],
            fontSize: size,
            alignment: "justify",
            leadingIndent: INDENT,
            margin: [0, 0, 0, 4],
          };
        }),
        margin: [0, 0, 0, 4],
      };
    case "table":
      return tableContent(b, tableSize);
  }
}

function tableContent(b: Extract<Block, { kind: "table" }>, size: number): ContentTable {
  const total = b.columns.reduce((s, col) => s + col.width, 0);
  const row = (cells: string[], bold: boolean): TableCell[] =>
    b.columns.map((col, i) => ({
      text: cells[i] ?? "",
      bold,
      fontSize: size,
      alignment: col.align ?? "left",
    }));
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: b.columns.map((col) => `${((col.width / total) * 100).toFixed(2)}%`),
      body: [
        b.columns.map(
          (col): TableCell => ({ text: col.title, bold: true, fontSize: size, alignment: "center" }),
        ),
        ...b.rows.map((r) => row(r, false)),
        ...(b.totalRow ? [row(b.totalRow, true)] : []),
      ],
    },
    margin: [0, 4, 0, 10],
  };
}

function signatureStack(s: Composed["signatures"][number], size: number, margin: Margin): ContentStack {
  const space: Margin = [0, SIGN_SPACE / 2 - 8, 0, SIGN_SPACE / 2 - 8];
  return {
    stack: [
      ...s.titles.map((t): ContentText => ({ text: t, bold: true, fontSize: size, alignment: "center" })),
      s.note
        ? { text: s.note, italics: true, fontSize: size - 1, alignment: "center", margin: space }
        : { text: " ", margin: space },
      { text: s.name, bold: true, fontSize: size, alignment: "center" },
    ],
    unbreakable: true,
    margin,
  };
}

function recipientsStack(c: Composed): ContentStack {
  if (!c.recipients) return { stack: [] };
  const { label, items } = c.recipients;
  return {
    stack: [
      {
        text: label.text,
        fontSize: label.style.size,
        bold: label.style.bold ?? false,
        italics: label.style.italic ?? false,
        decoration: label.style.underline ? "underline" : undefined,
      },
      ...items.map((i): ContentText => ({ text: i.text, fontSize: i.style.size })),
    ],
  };
}

function signatureContent(c: Composed): Content[] {
  const size = c.spec.signatureTitle.size;
  if (c.signatures.length <= 1) {
    const sig = c.signatures[0];
    return [
      {
        columns: [
          { width: "45%", ...recipientsStack(c) },
          sig ? { width: "55%", ...signatureStack(sig, size, [0, 0, 0, 0]) } : { width: "55%", text: "" },
        ],
        margin: [0, 12, 0, 0],
        unbreakable: true,
      },
    ];
  }
  const rows: TableCell[][] = [];
  for (let i = 0; i < c.signatures.length; i += 2) {
    rows.push(
      [c.signatures[i], c.signatures[i + 1]].map(
        (s): TableCell => (s ? signatureStack(s, size - 1, [0, 6, 0, 14]) : { text: "" }),
      ),
    );
  }
  return [
    {
      layout: "noBorders",
      table: { widths: ["50%", "50%"], dontBreakRows: true, body: rows },
      margin: [0, 12, 0, 8],
    },
    recipientsStack(c),
  ];
}
