import type { MinutesContent } from "../../contracts/minutes";
import type { Block, OfficialDocument } from "../../core/documents";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
const who = (p: { name: string; post: string }) => (p.post ? `${p.name}, ${p.post}` : p.name);

/** "Số 12-BB/CTĐ" or the blank "Số      -BB/CTĐ" before a number is given: the number and the issuer's code. */
function numberOf(line: string): { number: number | null; issuerCode: string } {
  const m = /^Số\s*(\d*)\s*-\s*BB\s*\/\s*(.+)$/u.exec(line.trim());
  const n = m?.[1] ? Number(m[1]) : null;
  return { number: n !== null && n > 0 ? n : null, issuerCode: m?.[2]?.trim() || "CTĐ" };
}

/**
 * The minutes (biên bản) as an official document in the Party layout (Guidance 36-HD/VPTW): header blocks,
 * "Số …-BB/…", place and date, the title, then opening, attendance, each item with its speakers, the votes,
 * decisions and conclusions; the secretary and the chair sign. `date` is the meeting's day (YYYY-MM-DD).
 */
export function minutesDocument(c: MinutesContent, date: string, approved: boolean): OfficialDocument {
  const sections: [string, Block[]][] = [];
  const para = (text: string): Block => ({ kind: "paragraph", text });
  const dashes = (items: string[]): Block[] =>
    items.length > 0 ? [{ kind: "list", marker: "dash", items }] : [];

  const absent = c.attendance.absent.map((a) => `${who(a)} — lý do: ${a.reason}`);
  sections.push([
    "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN",
    [
      para(`Thời gian: ${c.opening.time}.`),
      para(`Địa điểm: ${c.opening.place}.`),
      para(`Cơ quan triệu tập: ${c.opening.convener}.`),
      para(`Mục đích: ${c.opening.purpose}`),
      para(`Chủ trì: đồng chí ${who(c.opening.chair)}.`),
      para(`Thư ký: đồng chí ${who(c.opening.secretary)}.`),
      para(c.attendance.summary),
      ...dashes(
        c.attendance.present.map((p) => who(p) + (p.representing ? ` (thay mặt: ${p.representing})` : "")),
      ),
      ...(absent.length > 0 ? [para("Vắng mặt:"), ...dashes(absent)] : []),
    ],
  ]);
  const items: Block[] = [];
  for (const item of c.items) {
    items.push({ kind: "heading", level: 2, text: `${item.order}. ${item.title}` });
    if (item.presenter) items.push(para(`Trình bày: đồng chí ${who(item.presenter)}.`));
    items.push(...dashes(item.speeches.map((s) => `Đồng chí ${who(s)}: ${s.gist}`)));
  }
  sections.push(["NỘI DUNG HỘI NGHỊ", items.length > 0 ? items : [para("(Không có mục chương trình.)")]]);
  if (c.votes.length > 0)
    sections.push([
      "BIỂU QUYẾT",
      c.votes.flatMap((v) => [
        para(`${v.question} — hình thức: ${v.method}; ngưỡng thông qua: ${v.threshold}.`),
        para(v.result),
        ...(v.override ? [para(v.override)] : []),
      ]),
    ]);
  if (c.decisions.length > 0) sections.push(["QUYẾT ĐỊNH", dashes(c.decisions)]);
  const conclusions = c.conclusions.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const tasks: Block[] =
    c.conclusions.keyTasks.length > 0
      ? [{ kind: "list", marker: "decimal", items: c.conclusions.keyTasks }]
      : [];
  sections.push(["KẾT LUẬN", [...conclusions.map(para), ...tasks]]);

  const body: Block[] = sections.flatMap(([title, blocks], i) => [
    { kind: "heading", level: 1, text: `${ROMAN[i] ?? i + 1}. ${title}` } as Block,
    ...blocks,
  ]);
  if (c.closing.trim()) body.push(para(c.closing));
  const titleLines = c.title.split("\n").map((l) => l.trim());
  const subject = (titleLines[0] === "BIÊN BẢN" ? titleLines.slice(1) : titleLines).join(" ").trim();
  return {
    layout: "party",
    header: { superiorBody: c.header.superiorBody, issuingBody: c.header.issuingBody },
    type: "minutes",
    number: numberOf(c.number),
    place: c.placeDate.split(",")[0]?.trim() ?? "",
    date,
    ...(subject ? { subject } : {}),
    body,
    signatures: c.signers.map((s) => ({ position: s.role, name: s.name === "…" ? "" : s.name })),
    draft: !approved,
  };
}
