import type { RankingResponse } from "../../contracts/rankings";
import { REPORT_PARTS, type ReportSections } from "../../contracts/reports";
import { escapeHtml } from "../../core/text/highlight";
import { fieldsOf } from "./present";
import type { PeriodRow, ReportRow } from "./repo";

type Section = { key: string; title: string; html: string };
type Member = { unitId: string; name: string };

const vnNumber = (n: number) => n.toLocaleString("vi-VN", { maximumFractionDigits: 2 });

/** Each unit's text of one part, headed by its name; units with nothing to say are left out. */
function byUnit(reports: { name: string; html: string }[]): string {
  const parts = reports.filter((r) => r.html.trim() !== "");
  if (parts.length === 0) return "<p><em>Chưa có nội dung từ các đơn vị.</em></p>";
  return parts.map((r) => `<h4>${escapeHtml(r.name)}</h4>${r.html}`).join("\n");
}

function rankingHtml(ranking: RankingResponse | null): string {
  if (!ranking || ranking.rows.length === 0) return "<p><em>Chưa có kết quả xếp hạng.</em></p>";
  const stage = ranking.stage === "final" ? "kết quả đã công bố" : "bản dự kiến, chưa công bố";
  const rows = ranking.rows
    .map(
      (r) =>
        `<tr><td>${r.rank}</td><td>${escapeHtml(r.name)}</td><td>${vnNumber(r.total)}</td><td>${r.band ? escapeHtml(r.band) : ""}</td></tr>`,
    )
    .join("");
  return `<p>Xếp hạng (${stage}), thang điểm ${vnNumber(ranking.maxPoints)}:</p><table><thead><tr><th>Hạng</th><th>Đơn vị</th><th>Tổng điểm</th><th>Xếp loại</th></tr></thead><tbody>${rows}</tbody></table>`;
}

/**
 * The consolidated report's draft: the cluster's members, every field and part of the units' submitted
 * reports under each unit's name, the ranking as the rankings module gives it, and who has not reported.
 */
export function assembleConsolidated(args: {
  clusterName: string;
  period: PeriodRow;
  members: Member[];
  reports: ReportRow[];
  ranking: RankingResponse | null;
}): Section[] {
  const { period, members } = args;
  const named = new Map(members.map((m) => [m.unitId, m.name]));
  const inReports = args.reports
    .filter((r) => r.status === "submitted" || r.status === "accepted")
    .sort(
      (a, b) =>
        members.findIndex((m) => m.unitId === a.unitId) - members.findIndex((m) => m.unitId === b.unitId),
    );
  const sectionsOf = (r: ReportRow) => r.sections as ReportSections;
  const missing = members.filter((m) => !inReports.some((r) => r.unitId === m.unitId));
  const out: Section[] = [
    {
      key: "intro",
      title: "Đặc điểm tình hình",
      html: `<p>${escapeHtml(args.clusterName)} năm ${period.year} gồm ${members.length} đơn vị: ${escapeHtml(members.map((m) => m.name).join(", "))}. Đã có ${inReports.length}/${members.length} đơn vị gửi báo cáo.</p>`,
    },
  ];
  for (const f of fieldsOf(period)) {
    out.push({
      key: `field:${f.key}`,
      title: f.title,
      html: byUnit(
        inReports.map((r) => ({ name: named.get(r.unitId) ?? "", html: sectionsOf(r).fields[f.key] ?? "" })),
      ),
    });
  }
  for (const p of REPORT_PARTS) {
    out.push({
      key: p.key,
      title: p.title,
      html: byUnit(inReports.map((r) => ({ name: named.get(r.unitId) ?? "", html: sectionsOf(r)[p.key] }))),
    });
  }
  out.push({ key: "ranking", title: "Kết quả chấm điểm, xếp hạng", html: rankingHtml(args.ranking) });
  if (missing.length > 0) {
    out.push({
      key: "missing",
      title: "Đơn vị chưa gửi báo cáo",
      html: `<ul>${missing.map((m) => `<li>${escapeHtml(m.name)}</li>`).join("")}</ul>`,
    });
  }
  return out;
}
