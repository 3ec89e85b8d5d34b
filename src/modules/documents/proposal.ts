import type { RankingResponse } from "../../contracts/rankings";
import type { Block, OfficialDocument } from "../../core/documents";
import { clusterFrame, councilName, headSignature, points } from "./document-frame";
import type { ClusterDocumentContext } from "./load-context";

/** The vote of the year-end conference, when the meetings capability provides it. */
export type ProposalInput = { voteResult?: string };

/** The proposal (tờ trình) to the council to recognise the cluster's leading unit. */
export function proposalDocument(
  ctx: ClusterDocumentContext,
  ranking: RankingResponse,
  input: ProposalInput,
  draft: boolean,
): OfficialDocument {
  const { name, year } = ctx.cluster;
  const leading = ranking.rows.find((r) => r.eligibleForLeading && r.rank === 1);
  const body: Block[] = [
    {
      kind: "paragraph",
      text: `Căn cứ Giao ước thi đua năm ${year} và kết quả chấm điểm, xếp hạng thi đua đã được công bố của ${name}, cụm thi đua kính trình ${councilName(ctx)} xem xét như sau:`,
    },
    { kind: "heading", level: 1, text: "1. Kết quả chấm điểm, xếp hạng" },
  ];
  if (ranking.rows.length > 0)
    body.push({
      kind: "table",
      columns: [
        { title: "Hạng", width: 1, align: "center" },
        { title: "Đơn vị", width: 5 },
        { title: "Tổng điểm", width: 1.6, align: "right" },
        { title: "Đủ điều kiện dẫn đầu", width: 1.8, align: "center" },
      ],
      rows: ranking.rows.map((r) => [
        String(r.rank),
        r.name,
        points(r.total),
        r.eligibleForLeading ? "Có" : "Không",
      ]),
    });
  else body.push({ kind: "paragraph", text: "Chưa có kết quả chấm điểm được công bố." });
  if (input.voteResult?.trim()) {
    body.push({ kind: "heading", level: 1, text: "2. Kết quả bình xét tại hội nghị tổng kết" });
    body.push({ kind: "paragraph", text: input.voteResult.trim() });
  }
  body.push({ kind: "heading", level: 1, text: `${input.voteResult?.trim() ? 3 : 2}. Đề nghị` });
  body.push({
    kind: "paragraph",
    text: leading
      ? `Cụm thi đua kính đề nghị ${councilName(ctx)} xem xét, công nhận ${leading.name} (tổng điểm ${points(leading.total)}) là đơn vị dẫn đầu ${name} năm ${year}, đề nghị tặng Cờ thi đua.`
      : `Chưa có đơn vị đủ điều kiện để đề nghị công nhận dẫn đầu ${name} năm ${year}.`,
  });
  body.push({ kind: "paragraph", text: "Kính trình xem xét, quyết định." });
  return {
    ...clusterFrame(ctx, "proposal"),
    subject: `Đề nghị công nhận đơn vị dẫn đầu ${name} năm ${year}`,
    addressees: [councilName(ctx)],
    body,
    signatures: headSignature(ctx),
    recipients: ["Như kính gửi", "Các đơn vị trong cụm", "Lưu cụm"],
    draft,
  };
}
