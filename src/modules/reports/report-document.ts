import { REPORT_PARTS, type ReportSections } from "../../contracts/reports";
import { type Block, htmlToBlocks, type OfficialDocument } from "../../core/documents";
import { endOfYear, todayVn } from "../../core/orgs/dated";
import type { Db } from "../../db/types";
import { type Actor, systemActor } from "../auth/actor";
import { councilDocumentLayout } from "../documents/council-layout";
import { vnDate } from "../documents/document-frame";
import { assertRenderable } from "../documents/get-cluster-document";
import { headOf, issuerOf } from "../documents/issuer-of";
import { renderDocx } from "../documents/render/render-docx";
import { renderPdf } from "../documents/render/render-pdf";
import { getPact } from "../pacts/get-pact";
import { loadReport } from "./load-report";
import { fieldsOf } from "./present";
import { unitNameLookup } from "./unit-names";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const KIND_TEXT = { half: "6 tháng đầu năm", year: "năm" } as const;

/**
 * Who signs the unit's report: the head of the unit in the people register on that day, else the person the
 * unit named when it signed the cluster's pact that year (read as the system: only that name is used).
 */
async function signerOf(db: Db, unitId: string, clusterId: string, date: string) {
  const head = await headOf(db, unitId, date);
  if (head) return { name: head.name, position: head.title };
  const { pact } = await getPact({ db, actor: systemActor("report-document"), clusterId });
  const signature = pact?.members.find((m) => m.unitId === unitId)?.signature;
  return { name: signature?.signerName ?? "", position: signature?.signerPost ?? "Đại diện đơn vị" };
}

/** The report's parts as numbered sections: I. the period's fields (1., 2., …), then each written part. */
export function reportBody(fields: { key: string; title: string }[], sections: ReportSections): Block[] {
  const body: Block[] = [];
  const fieldBlocks = fields.flatMap((f, i): Block[] => {
    const blocks = htmlToBlocks(sections.fields[f.key] ?? "");
    return blocks.length > 0 ? [{ kind: "heading", level: 2, text: `${i + 1}. ${f.title}` }, ...blocks] : [];
  });
  const parts: [string, Block[]][] = [];
  if (fieldBlocks.length > 0) parts.push(["KẾT QUẢ THỰC HIỆN CÁC LĨNH VỰC CÔNG TÁC", fieldBlocks]);
  for (const p of REPORT_PARTS) {
    const blocks = htmlToBlocks(sections[p.key] ?? "");
    if (blocks.length > 0) parts.push([p.title.toLocaleUpperCase("vi"), blocks]);
  }
  for (const [i, [title, blocks]] of parts.entries())
    body.push({ kind: "heading", level: 1, text: `${ROMAN[i] ?? i + 1}. ${title}` }, ...blocks);
  if (parts.length === 0) body.push({ kind: "paragraph", text: "(Báo cáo chưa có nội dung.)" });
  return body;
}

/**
 * A unit's report as an official document in the council's layout: the unit heads it, its head signs it,
 * dated the day it was submitted (a report not yet submitted is a draft dated today). Same reading policy
 * as the report itself (404 otherwise); 422 naming what the format still needs.
 */
export async function reportOfficialDocument(args: {
  db: Db;
  actor: Actor;
  reportId: string;
}): Promise<{ doc: OfficialDocument; fileStem: string }> {
  const { report, period, cluster } = await loadReport(args.db, args.actor, args.reportId);
  const submitted = report.status === "submitted" || report.status === "accepted";
  const date =
    submitted && report.submittedAt
      ? vnDate(report.submittedAt.toISOString())
      : ([todayVn(), endOfYear(report.year)].sort()[0] as string);
  const issuer = await issuerOf(args.db, report.unitId, date);
  const signer = await signerOf(args.db, report.unitId, cluster.id, date);
  const unitName = (await unitNameLookup(args.db, [report.unitId]))(report.unitId, report.year) ?? "";
  const intro: Block = {
    kind: "paragraph",
    text: `Thực hiện kế hoạch thi đua năm ${report.year} của ${cluster.name}, ${unitName} báo cáo kết quả công tác ${KIND_TEXT[period.kind]} ${report.year} như sau:`,
  };
  const doc: OfficialDocument = {
    layout: await councilDocumentLayout(args.db, report.councilId),
    header: {
      ...(issuer?.superiorBody ? { superiorBody: issuer.superiorBody } : {}),
      issuingBody: issuer?.issuingBody ?? "",
    },
    type: "report",
    // The unit numbers its report in its own register; thidua leaves the number for it to write.
    number: { number: null, issuerCode: issuer?.symbol ?? "" },
    place: issuer?.place ?? "",
    date,
    subject: `Kết quả công tác ${KIND_TEXT[period.kind]} ${report.year}`,
    body: [intro, ...reportBody(fieldsOf(period), report.sections as ReportSections)],
    signatures: [{ position: signer.position, name: signer.name }],
    recipients: [`Cụm trưởng ${cluster.name} (để tổng hợp)`, "Lưu đơn vị"],
    draft: !submitted,
  };
  assertRenderable(doc);
  return { doc, fileStem: `Báo cáo ${KIND_TEXT[period.kind]} ${report.year} - ${unitName}` };
}

/** The report as a DOCX or PDF file, named "Báo cáo năm 2020 - <unit>.<format>". */
export async function reportFile(args: { db: Db; actor: Actor; reportId: string; format: "docx" | "pdf" }) {
  const { doc, fileStem } = await reportOfficialDocument(args);
  const bytes = args.format === "pdf" ? await renderPdf(doc) : await renderDocx(doc);
  return { bytes, name: `${fileStem}.${args.format}` };
}
