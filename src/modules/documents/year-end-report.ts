import type { RankingResponse } from "../../contracts/rankings";
import type { Block, OfficialDocument } from "../../core/documents";
import { clusterFrame, councilName, headSignature, paragraphsOf, points } from "./document-frame";
import type { ClusterDocumentContext } from "./load-context";

/** What the cluster head writes; next year's tasks will come from the tasks capability when it is merged. */
export type YearEndReportInput = {
  results?: string;
  shortcomings?: string;
  nextYearTasks?: string[];
};

const PENDING_TEXT = "(Nội dung do cụm trưởng bổ sung khi ban hành.)";

/** The ranking table as the report prints it: published results only. */
export function rankingTable(ranking: RankingResponse): Block {
  return {
    kind: "table",
    columns: [
      { title: "Hạng", width: 1.2, align: "center" },
      { title: "Đơn vị", width: 5 },
      { title: "Điểm cơ bản", width: 1.6, align: "right" },
      { title: "Điểm thưởng", width: 1.6, align: "right" },
      { title: "Điểm trừ", width: 1.4, align: "right" },
      { title: "Tổng điểm", width: 1.6, align: "right" },
    ],
    rows: ranking.rows.map((r) => [
      String(r.rank),
      r.name,
      points(r.base),
      points(r.bonus),
      points(r.penalty),
      points(r.total),
    ]),
  };
}

/** The cluster's year-end report (báo cáo tổng kết): results, ranking, shortcomings, next year's tasks. */
export function yearEndReport(
  ctx: ClusterDocumentContext,
  ranking: RankingResponse,
  input: YearEndReportInput,
  draft: boolean,
): OfficialDocument {
  const { name, year } = ctx.cluster;
  const unitCount = ctx.members.length;
  const leading = ranking.rows.find((r) => r.eligibleForLeading && r.rank === 1);
  const body: Block[] = [
    {
      kind: "paragraph",
      text: `Thực hiện Giao ước thi đua năm ${year}, ${name} (gồm ${unitCount} đơn vị) báo cáo tổng kết công tác thi đua năm ${year} như sau:`,
    },
    { kind: "heading", level: 1, text: "I. KẾT QUẢ THỰC HIỆN" },
  ];
  const results = paragraphsOf(input.results);
  if (results.length > 0) body.push(...results.map((text): Block => ({ kind: "paragraph", text })));
  else
    body.push({
      kind: "paragraph",
      text: `Các đơn vị trong cụm đã triển khai thực hiện các nội dung đã ký kết trong giao ước thi đua, tự chấm điểm theo bảng tiêu chí (tối đa ${points(ranking.maxPoints)} điểm, không kể điểm thưởng) và được thẩm định, thống nhất kết quả.`,
    });
  body.push({ kind: "heading", level: 2, text: "Kết quả chấm điểm, xếp hạng" });
  if (ranking.rows.length > 0) body.push(rankingTable(ranking));
  else body.push({ kind: "paragraph", text: "Chưa có kết quả chấm điểm được công bố." });
  if (ranking.pending.length > 0)
    body.push({
      kind: "paragraph",
      text: `Chưa có kết quả được công bố của: ${ranking.pending.map((p) => p.name).join("; ")}.`,
    });

  const shortcomings = paragraphsOf(input.shortcomings);
  if (shortcomings.length > 0 || draft) {
    body.push({ kind: "heading", level: 1, text: "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" });
    body.push(
      ...(shortcomings.length > 0 ? shortcomings : [PENDING_TEXT]).map(
        (text): Block => ({ kind: "paragraph", text }),
      ),
    );
  }
  const tasks = (input.nextYearTasks ?? []).map((t) => t.trim()).filter((t) => t.length > 0);
  if (tasks.length > 0 || draft) {
    body.push({ kind: "heading", level: 1, text: `III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}` });
    body.push(
      tasks.length > 0
        ? { kind: "list", marker: "decimal", items: tasks }
        : { kind: "paragraph", text: PENDING_TEXT },
    );
  }
  if (leading) {
    body.push({ kind: "heading", level: 1, text: "IV. ĐỀ XUẤT, KIẾN NGHỊ" });
    body.push({
      kind: "paragraph",
      text: `Cụm thi đua đề nghị ${councilName(ctx)} xem xét, công nhận ${leading.name} là đơn vị dẫn đầu ${name} năm ${year}.`,
    });
  }
  return {
    ...clusterFrame(ctx, "report"),
    subject: `Tổng kết công tác thi đua năm ${year} của ${name}`,
    body,
    signatures: headSignature(ctx),
    recipients: [`${councilName(ctx)} (để báo cáo)`, "Các đơn vị trong cụm", "Lưu cụm"],
    draft,
  };
}
