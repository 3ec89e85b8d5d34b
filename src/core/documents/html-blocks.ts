import type { Block, RichText, TextRun } from "./model";

// Rich text as thidua stores it (sanitised server-side to p, br, strong/b, em/i, u, s, ul/ol/li, h3/h4,
// blockquote, table, a) turned into document blocks. The input is already well-formed, so a small
// tokenizer suffices; unknown tags are read for their text only.

type Node = { tag: string; children: Node[] } | { text: string };
type Element = Extract<Node, { tag: string }>;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

const VOID = new Set(["br", "hr", "img"]);

function parse(html: string): Element {
  const root: Element = { tag: "#root", children: [] };
  const stack: Element[] = [root];
  const re = /<(\/?)([a-z][a-z0-9]*)\b[^>]*?(\/?)>|([^<]+)|</gi;
  for (const m of html.matchAll(re)) {
    const top = stack[stack.length - 1] as Element;
    if (m[4] !== undefined || m[2] === undefined) {
      top.children.push({ text: decode(m[4] ?? "<") });
      continue;
    }
    const tag = m[2].toLowerCase();
    if (m[1]) {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const el: Element = { tag, children: [] };
    top.children.push(el);
    if (!VOID.has(tag) && !m[3]) stack.push(el);
  }
  return root;
}

type Style = { bold?: boolean; italic?: boolean };

/** The runs of an inline subtree; `br` ends a line (returned as separate run lists). */
function inlineLines(nodes: Node[], style: Style, lines: TextRun[][]): void {
  for (const n of nodes) {
    if ("text" in n) {
      (lines[lines.length - 1] as TextRun[]).push({ text: n.text, ...style });
      continue;
    }
    if (n.tag === "br") lines.push([]);
    else if (n.tag === "strong" || n.tag === "b") inlineLines(n.children, { ...style, bold: true }, lines);
    else if (n.tag === "em" || n.tag === "i") inlineLines(n.children, { ...style, italic: true }, lines);
    else inlineLines(n.children, style, lines);
  }
}

/** Whitespace collapsed, neighbouring runs of one style joined; a plain string when nothing is emphasised. */
function tidy(runs: TextRun[]): RichText | null {
  const out: TextRun[] = [];
  for (const r of runs) {
    const text = r.text.replace(/\s+/g, " ");
    const last = out[out.length - 1];
    if (last && !!last.bold === !!r.bold && !!last.italic === !!r.italic) last.text += text;
    else out.push({ text, ...(r.bold ? { bold: true } : {}), ...(r.italic ? { italic: true } : {}) });
  }
  if (out.length > 0) {
    (out[0] as TextRun).text = (out[0] as TextRun).text.trimStart();
    (out[out.length - 1] as TextRun).text = (out[out.length - 1] as TextRun).text.trimEnd();
  }
  const kept = out.filter((r) => r.text.length > 0);
  if (kept.length === 0) return null;
  return kept.every((r) => !r.bold && !r.italic) ? kept.map((r) => r.text).join("") : kept;
}

const plain = (nodes: Node[]): string => {
  const lines: TextRun[][] = [[]];
  inlineLines(nodes, {}, lines);
  return lines
    .map((l) => l.map((r) => r.text).join(""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
};

const elements = (nodes: Node[], tags: string[]): Element[] =>
  nodes.flatMap((n) => ("tag" in n ? (tags.includes(n.tag) ? [n] : elements(n.children, tags)) : []));

function tableBlock(table: Element): Block | null {
  const rows = elements(table.children, ["tr"]).map((tr) => ({
    head: tr.children.some((c) => "tag" in c && c.tag === "th"),
    cells: elements(tr.children, ["td", "th"]).map((c) => plain(c.children)),
  }));
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  if (width === 0) return null;
  const pad = (cells: string[]) => [...cells, ...Array<string>(width - cells.length).fill("")];
  const [first, ...rest] = rows;
  const header = first?.head ? pad(first.cells) : Array<string>(width).fill("");
  const body = (first?.head ? rest : rows).map((r) => pad(r.cells));
  return { kind: "table", columns: header.map((title) => ({ title, width: 1 })), rows: body };
}

function blocksOf(nodes: Node[], out: Block[]): void {
  let loose: Node[] = [];
  const flush = () => {
    paragraphs(loose, out);
    loose = [];
  };
  for (const n of nodes) {
    if ("text" in n || !BLOCK_TAGS.has(n.tag)) {
      loose.push(n);
      continue;
    }
    flush();
    switch (n.tag) {
      case "p":
      case "blockquote":
        paragraphs(n.children, out);
        break;
      case "h3":
      case "h4": {
        const text = plain(n.children);
        if (text) out.push({ kind: "heading", level: 3, text });
        break;
      }
      case "ul":
      case "ol": {
        const items = listItems(n);
        if (items.length > 0) out.push({ kind: "list", marker: n.tag === "ol" ? "decimal" : "dash", items });
        break;
      }
      case "table": {
        const table = tableBlock(n);
        if (table) out.push(table);
        break;
      }
      default:
        blocksOf(n.children, out);
    }
  }
  flush();
}

/**
 * A list's items as the editor writes them (`<li><p>…</p></li>`): paragraphs and line breaks inside an item
 * are joined by a space; a nested list (pasted) follows its parent item as further items of the same list,
 * since a document list has one level.
 */
function listItems(list: Element): RichText[] {
  return elements(list.children, ["li"]).flatMap((li) => {
    const lines: TextRun[][] = [[]];
    const nested: Element[] = [];
    for (const c of li.children) {
      if ("tag" in c && (c.tag === "ul" || c.tag === "ol")) nested.push(c);
      else if ("tag" in c && BLOCK_TAGS.has(c.tag)) {
        lines.push([]);
        inlineLines(c.children, {}, lines);
        lines.push([]);
      } else inlineLines([c], {}, lines);
    }
    const filled = lines.filter((l) => l.length > 0);
    const own = tidy(filled.flatMap((l, i) => (i === 0 ? l : [{ text: " " }, ...l])));
    return [...(own === null ? [] : [own]), ...nested.flatMap(listItems)];
  });
}

const BLOCK_TAGS = new Set(["p", "blockquote", "h3", "h4", "ul", "ol", "table", "div"]);

function paragraphs(nodes: Node[], out: Block[]): void {
  if (nodes.some((n) => "tag" in n && BLOCK_TAGS.has(n.tag))) {
    blocksOf(nodes, out);
    return;
  }
  const lines: TextRun[][] = [[]];
  inlineLines(nodes, {}, lines);
  for (const line of lines) {
    const text = tidy(line);
    if (text !== null) out.push({ kind: "paragraph", text });
  }
}

/** A document's body blocks from stored rich text: paragraphs (with bold/italic), headings, lists, tables. */
export function htmlToBlocks(html: string): Block[] {
  const out: Block[] = [];
  blocksOf(parse(html).children, out);
  return out;
}
