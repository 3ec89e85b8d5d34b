import type { ConsolidatedReport } from "../../contracts/reports";
import { type Block, htmlToBlocks, type OfficialDocument } from "../../core/documents";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { clusterFrame, councilName, headSignature } from "../documents/document-frame";
import { assertRenderable } from "../documents/get-cluster-document";
import { loadDocumentContext } from "../documents/load-context";
import { renderDocx } from "../documents/render/render-docx";
import { renderPdf } from "../documents/render/render-pdf";
import { getConsolidated } from "./consolidated";

const ROMAN = "I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split(" ");
const KIND_TEXT = { half: "6 tháng đầu năm", year: "năm" } as const;

/** The sections as numbered parts (I., II., …); an empty section is left out of the document. */
export function consolidatedBody(report: ConsolidatedReport): Block[] {
  const parts = report.sections
    .map((s) => ({ title: s.title, blocks: htmlToBlocks(s.html) }))
    .filter((p) => p.blocks.length > 0);
  if (parts.length === 0) return [{ kind: "paragraph", text: "(Báo cáo chưa có nội dung.)" }];
  return parts.flatMap((p, i): Block[] => [
    { kind: "heading", level: 1, text: `${ROMAN[i] ?? i + 1}. ${p.title.toLocaleUpperCase("vi")}` },
    ...p.blocks,
  ]);
}

/**
 * The cluster's consolidated report as an official document of the head unit, in the council's layout,
 * signed by the cluster head; same reading policy as the consolidated report (404/403). A draft until the
 * head has saved it once (the assembled text has not been read by anyone yet). 422 naming what is missing.
 */
export async function consolidatedOfficialDocument(args: {
  db: Db;
  actor: Actor;
  periodId: string;
}): Promise<{ doc: OfficialDocument; fileStem: string }> {
  const report = await getConsolidated(args);
  const ctx = await loadDocumentContext(args.db, args.actor, report.cluster.id);
  const period = `${KIND_TEXT[report.kind]} ${report.cluster.year}`;
  const doc: OfficialDocument = {
    ...clusterFrame(ctx, "report"),
    subject: `Tổng hợp kết quả công tác ${period} của ${report.cluster.name}`,
    body: [
      {
        kind: "paragraph",
        text: `Trên cơ sở báo cáo của ${report.submitted}/${report.members} đơn vị thành viên, ${report.cluster.name} tổng hợp kết quả công tác ${period} như sau:`,
      },
      ...consolidatedBody(report),
    ],
    signatures: headSignature(ctx),
    recipients: [`${councilName(ctx)} (để báo cáo)`, "Các đơn vị trong cụm", "Lưu cụm"],
    draft: report.version === 0,
  };
  assertRenderable(doc);
  return { doc, fileStem: report.title };
}

/** The consolidated report as a DOCX or PDF file named by its title. */
export async function consolidatedFile(args: {
  db: Db;
  actor: Actor;
  periodId: string;
  format: "docx" | "pdf";
}) {
  const { doc, fileStem } = await consolidatedOfficialDocument(args);
  const bytes = args.format === "pdf" ? await renderPdf(doc) : await renderDocx(doc);
  return { bytes, name: `${fileStem}.${args.format}` };
}
