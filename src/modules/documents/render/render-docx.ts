import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import type { Block, OfficialDocument, RichText } from "../../../core/documents";
import { type Composed, composeDocument, type Line, listMarker } from "./compose";
import { DOCX_FONT } from "./fonts";
import { A4_MM } from "./layout-spec";

// Word measures in twentieths of a point (twips) and font sizes in half-points.
const TWIPS_PER_MM = 1440 / 25.4;
const tw = (mm: number) => Math.round(mm * TWIPS_PER_MM);
const ptToTw = (pt: number) => Math.round(pt * 20);
const INDENT = tw(10);
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const THIN = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const THIN_BORDERS = {
  top: THIN,
  bottom: THIN,
  left: THIN,
  right: THIN,
  insideHorizontal: THIN,
  insideVertical: THIN,
};
// XML 1.0 forbids C0 controls other than tab, newline and return; validation refuses NUL, the rest are dropped.
const xmlAllowed = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code >= 0x20 ? code !== 0xfffe && code !== 0xffff : code === 0x09 || code === 0x0a || code === 0x0d;
};
const clean = (s: string) => (/[^\x20-\ufffd]/.test(s) ? [...s].filter(xmlAllowed).join("") : s);

/** The document as a Word file in its layout: A4, Times New Roman 13-14 pt, header as a borderless table. */
export async function renderDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const section = docxSection(composeDocument(doc));
  const file = new Document({
    creator: "thidua",
    title: doc.subject ?? "",
    styles: {
      default: { document: { run: { font: DOCX_FONT, size: 28 }, paragraph: { spacing: { line: 264 } } } },
    },
    sections: [section],
  });
  return new Uint8Array(await Packer.toBuffer(file));
}

function docxSection(c: Composed): ISectionOptions {
  const m = c.spec.marginsMm;
  const [leftMm, rightMm] = c.spec.headerColumnsMm;
  const children: (Paragraph | Table)[] = [];
  if (c.draftNote) children.push(new Paragraph({ children: [run(c.draftNote, { size: 11, bold: true })] }));
  children.push(headerTable(c, tw(leftMm), tw(rightMm)));
  children.push(new Paragraph({ children: [], spacing: { after: 120 } }));
  for (const l of c.title) children.push(lineParagraph(l, tw(leftMm + rightMm)));
  children.push(new Paragraph({ children: [], spacing: { after: 120 } }));
  for (const l of c.addressees) children.push(lineParagraph(l, tw(leftMm + rightMm)));
  for (const b of c.body) children.push(...blockElements(b, c.spec.body, c.spec.table, tw(leftMm + rightMm)));
  children.push(...signatureElements(c, tw(leftMm + rightMm)));
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: tw(A4_MM.width), height: tw(A4_MM.height) },
        margin: {
          top: tw(m.top),
          bottom: tw(m.bottom),
          left: tw(m.left),
          right: tw(m.right),
          header: tw(10),
        },
      },
    },
    headers: {
      first: new Header({ children: [] }),
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: 26 })],
          }),
        ],
      }),
    },
    children,
  };
}

type RunStyle = { size: number; bold?: boolean; italic?: boolean; underline?: boolean };
const run = (text: string, s: RunStyle) =>
  new TextRun({
    text: clean(text),
    size: s.size * 2,
    bold: s.bold ?? false,
    italics: s.italic ?? false,
    ...(s.underline ? { underline: {} } : {}),
  });

/** A centred line; a rule under it is the paragraph's bottom border, narrowed by equal indents. */
function lineParagraph(l: Line, columnTwips: number): Paragraph {
  if (l.ruleBelowPt === undefined)
    return new Paragraph({ alignment: AlignmentType.CENTER, children: [run(l.text, l.style)] });
  const rule = Math.min(ptToTw(l.ruleBelowPt), columnTwips);
  const side = Math.max(0, Math.floor((columnTwips - rule) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [run(l.text, l.style)],
  });
}

const cell = (children: Paragraph[], width: number) =>
  new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS });

function headerTable(c: Composed, left: number, right: number): Table {
  const place = lineParagraph(c.placeDateLine, right);
  return new Table({
    width: { size: left + right, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(
            c.headerLeft.map((l) => lineParagraph(l, left)),
            left,
          ),
          cell(
            c.headerRight.map((l) => lineParagraph(l, right)),
            right,
          ),
        ],
      }),
      new TableRow({
        children: [
          cell([c.numberLine ? lineParagraph(c.numberLine, left) : new Paragraph({ children: [] })], left),
          cell([place], right),
        ],
      }),
    ],
  });
}

const runsOf = (t: RichText, size: number): ParagraphChild[] =>
  typeof t === "string"
    ? [run(t, { size })]
    : t.map((r) => run(r.text, { size, bold: r.bold, italic: r.italic }));

function blockElements(b: Block, size: number, tableSize: number, width: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: b.level === 1 ? 0 : INDENT },
          spacing: { before: 120, after: 60 },
          children: [run(b.text, { size, bold: b.level < 3, italic: b.level === 3 })],
        }),
      ];
    case "paragraph": {
      const plain = b.align === undefined || b.align === "justify";
      const alignment = {
        justify: AlignmentType.JUSTIFIED,
        center: AlignmentType.CENTER,
        right: AlignmentType.RIGHT,
      }[b.align ?? "justify"];
      return [
        new Paragraph({
          alignment,
          indent: { firstLine: plain ? INDENT : 0 },
          spacing: { after: 120 },
          children: runsOf(b.text, size),
        }),
      ];
    }
    case "list":
      return b.items.map(
        (item, i) =>
          new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: INDENT },
            spacing: { after: 80 },
            children: [run(listMarker(b.marker, i), { size }), ...runsOf(item, size)],
          }),
      );
    case "table":
      return [tableElement(b, tableSize, width), new Paragraph({ children: [], spacing: { after: 120 } })];
  }
}

function tableElement(b: Extract<Block, { kind: "table" }>, size: number, width: number): Table {
  const total = b.columns.reduce((s, col) => s + col.width, 0);
  const widths = b.columns.map((col) => Math.floor((col.width / total) * width));
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };
  const row = (cells: string[], bold: boolean, header = false) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: b.columns.map(
        (col, i) =>
          new TableCell({
            width: { size: widths[i] ?? 0, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 80, right: 80, top: 40, bottom: 40 },
            children: [
              new Paragraph({
                alignment: header ? AlignmentType.CENTER : align[col.align ?? "left"],
                children: [run(cells[i] ?? "", { size, bold })],
              }),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: THIN_BORDERS,
    rows: [
      row(
        b.columns.map((c) => c.title),
        true,
        true,
      ),
      ...b.rows.map((r) => row(r, false)),
      ...(b.totalRow ? [row(b.totalRow, true)] : []),
    ],
  });
}

function signatureParagraphs(s: Composed["signatures"][number], size: number): Paragraph[] {
  const centred = (text: string, style: RunStyle, after = 0) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, style)] });
  return [
    ...s.titles.map((t) => centred(t, { size, bold: true })),
    s.note
      ? new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 440, after: 440 },
          children: [run(s.note, { size: size - 1, italic: true })],
        })
      : new Paragraph({ spacing: { before: 600, after: 600 }, children: [] }),
    centred(s.name, { size, bold: true }),
  ];
}

function recipientParagraphs(c: Composed): Paragraph[] {
  if (!c.recipients) return [new Paragraph({ children: [] })];
  return [
    new Paragraph({ children: [run(c.recipients.label.text, c.recipients.label.style)] }),
    ...c.recipients.items.map((i) => new Paragraph({ children: [run(i.text, i.style)] })),
  ];
}

function signatureElements(c: Composed, width: number): (Paragraph | Table)[] {
  const size = c.spec.signatureTitle.size;
  const half = Math.floor(width / 2);
  if (c.signatures.length <= 1) {
    const sig = c.signatures[0];
    const left = Math.floor(width * 0.45);
    return [
      new Paragraph({ children: [], spacing: { after: 120 } }),
      new Table({
        width: { size: width, type: WidthType.DXA },
        columnWidths: [left, width - left],
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              cell(recipientParagraphs(c), left),
              cell(sig ? signatureParagraphs(sig, size) : [new Paragraph({ children: [] })], width - left),
            ],
          }),
        ],
      }),
    ];
  }
  const rows: TableRow[] = [];
  for (let i = 0; i < c.signatures.length; i += 2) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [c.signatures[i], c.signatures[i + 1]].map((s) =>
          cell(
            s
              ? [
                  ...signatureParagraphs(s, size - 1),
                  new Paragraph({ children: [], spacing: { after: 240 } }),
                ]
              : [new Paragraph({ children: [] })],
            half,
          ),
        ),
      }),
    );
  }
  return [
    new Paragraph({ children: [], spacing: { after: 120 } }),
    new Table({
      width: { size: half * 2, type: WidthType.DXA },
      columnWidths: [half, half],
      borders: NO_BORDERS,
      rows,
    }),
    ...recipientParagraphs(c),
  ];
}
