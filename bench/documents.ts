// The cluster's year-end report with six units, rendered as Word and as PDF (src/modules/documents).
// Built by the same function the download uses, from a cluster-year of six units; no database: this
// measures the document, not the ranking. Targets: DOCX ≤ 300 ms, PDF ≤ 1.5 s (median).

import type { RankingResponse } from "../src/contracts/rankings";
import { PROPAGANDA_FIELDS } from "../src/contracts/reports";
import type { OfficialDocument } from "../src/core/documents";
import type { ClusterDocumentContext } from "../src/modules/documents/load-context";
import { renderDocx } from "../src/modules/documents/render/render-docx";
import { renderPdf } from "../src/modules/documents/render/render-pdf";
import { yearEndReport } from "../src/modules/documents/year-end-report";
import { reportBody } from "../src/modules/reports/report-document";
import type { BenchOptions } from "./options";
import { distribution, ms, sample } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const UNITS = ["Hạ Long", "Uông Bí", "Cẩm Phả", "Móng Cái", "Đông Triều", "Quảng Yên"];

function sixUnitReport() {
  const id = "00000000-0000-4000-8000-000000000001";
  const ctx = {
    cluster: {
      id,
      councilId: id,
      kind: "cum",
      code: "CUM1",
      name: "Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy",
      shortName: "Cụm 1",
      year: 2020,
      previousId: null,
      createdAt: new Date(),
    },
    members: UNITS.map((_, i) => ({
      councilId: id,
      clusterId: id,
      unitId: `${id.slice(0, -1)}${i + 2}`,
      role: i === 0 ? "head" : "member",
    })),
    councilName: "Ban Tuyên giáo Tỉnh ủy Quảng Ninh",
    layout: "party",
    partyTermStart: "2020-10-14",
    issuer: {
      orgId: id,
      name: "Ban Tuyên giáo Thành ủy Hạ Long",
      superiorBody: "Thành ủy Hạ Long",
      issuingBody: "Ban Tuyên giáo",
      symbol: "BTGThU",
      place: "Hạ Long",
    },
    council: null,
    signer: { name: "Phan Thị Hải Hường", title: "Trưởng ban" },
    date: "2020-11-24",
  } satisfies ClusterDocumentContext;
  const ranking: RankingResponse = {
    cluster: { id, code: "CUM1", name: ctx.cluster.name, year: 2020 },
    stage: "final",
    maxPoints: 100,
    bonusCap: 10,
    rows: UNITS.map((place, i) => ({
      rank: i + 1,
      unit: `U${i}`,
      name: `Ban Tuyên giáo Thành ủy ${place}`,
      total: 99 - i * 3.25,
      base: 95 - i * 3,
      bonus: 5 - i * 0.5,
      penalty: 1,
      band: null,
      eligibleForLeading: i === 0,
    })),
    pending: [],
    ignored: [],
    canSeeDraft: false,
  };
  const paragraph =
    "Các đơn vị trong cụm đã chủ động đổi mới nội dung, hình thức tuyên truyền, tổ chức tốt việc học tập, quán triệt các nghị quyết, chỉ thị của Đảng. ".repeat(
      4,
    );
  return yearEndReport(
    ctx,
    ranking,
    {
      results: Array.from({ length: 6 }, () => paragraph).join("\n\n"),
      shortcomings: paragraph,
      nextYearTasks: Array.from({ length: 8 }, (_, i) => `Nhiệm vụ trọng tâm thứ ${i + 1} của năm 2021.`),
    },
    false,
  );
}

/** A unit's long report: every propaganda field written as rich text (paragraphs, bold, lists, a table). */
function unitReport(): OfficialDocument {
  const field =
    "<p>Tổ chức <strong>62 hội nghị</strong> báo cáo viên, quán triệt nghị quyết đến <em>100% chi bộ</em>.</p>".repeat(
      3,
    ) +
    "<ul><li>Đăng 1.450 tin, bài trên cổng thông tin</li><li>Phát sóng 120 phóng sự</li><li>Tổ chức 18 lớp bồi dưỡng</li></ul>" +
    "<table><tr><th>Nội dung</th><th>Kế hoạch</th><th>Thực hiện</th></tr><tr><td>Hội nghị</td><td>60</td><td>62</td></tr></table>";
  const sections = {
    fields: Object.fromEntries(PROPAGANDA_FIELDS.map((f) => [f.key, field])),
    highlights: field,
    shortcomings: field,
    causes: field,
    lessons: field,
    models: field,
    proposals: field,
  };
  return {
    layout: "party",
    header: { superiorBody: "Thị ủy Đông Triều", issuingBody: "Ban Tuyên giáo" },
    type: "report",
    number: { number: null, issuerCode: "BTGTU" },
    place: "Đông Triều",
    date: "2020-11-13",
    subject: "Kết quả công tác năm 2020",
    body: reportBody(PROPAGANDA_FIELDS, sections),
    signatures: [{ position: "Trưởng ban Tuyên giáo Thị ủy", name: "Nguyễn Thị Ngọc Ánh" }],
  };
}

export async function benchDocuments(opts: BenchOptions): Promise<SummaryRow[]> {
  const doc = sixUnitReport();
  const runs = opts.quick ? 5 : 15;
  const rows: SummaryRow[] = [];
  console.log(`\n== Year-end report, six units (${runs} runs after one warm-up) ==`);
  for (const [format, render, target] of [
    ["DOCX", renderDocx, 300],
    ["PDF", renderPdf, 1500],
  ] as const) {
    await render(doc);
    const d = distribution(
      await sample(() => render(doc), { minIterations: runs, maxIterations: runs, minMs: 0, maxMs: 120_000 }),
    );
    console.log(`${format}: median ${ms(d.median, 1)}, p95 ${ms(d.p95, 1)}, max ${ms(d.max, 1)} (n=${d.n})`);
    rows.push({
      benchmark: `year-end report ${format}`,
      figure: ms(d.median, 0),
      target: `≤ ${target} ms`,
      verdict: verdict(d.median <= target),
    });
  }
  // Same budget as the year-end report: a unit's report is downloaded the same way.
  const report = unitReport();
  for (const [format, render, target] of [
    ["DOCX", renderDocx, 300],
    ["PDF", renderPdf, 1500],
  ] as const) {
    await render(report);
    const d = distribution(
      await sample(() => render(report), {
        minIterations: runs,
        maxIterations: runs,
        minMs: 0,
        maxMs: 120_000,
      }),
    );
    console.log(`unit report ${format}: median ${ms(d.median, 1)}, p95 ${ms(d.p95, 1)} (n=${d.n})`);
    rows.push({
      benchmark: `unit report (all fields) ${format}`,
      figure: ms(d.median, 0),
      target: `≤ ${target} ms`,
      verdict: verdict(d.median <= target),
    });
  }
  return rows;
}
