import type { ElectionResult, MotionResult } from "../../core/ballots";
import type { VoteView } from "./present-votes";

const num = new Intl.NumberFormat("vi-VN");
const pct = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const share = (n: number, of: number) => (of === 0 ? "" : ` (${pct.format((n * 100) / of)}%)`);

/** A closed vote's result as the minutes and the projector say it. */
export function resultText(v: VoteView): string {
  if (v.status !== "closed" || !v.result) return "Chưa kết thúc biểu quyết.";
  const r = v.result as MotionResult | ElectionResult;
  const turnout = `Số đại biểu có quyền biểu quyết: ${num.format(r.eligible)}; số phiếu thu về: ${num.format(r.cast)}; hợp lệ: ${num.format(r.valid)}; phiếu trắng: ${num.format(r.blank)}; không hợp lệ: ${num.format(r.invalid)}.`;
  if (!r.quorumMet) return `${turnout} Không đủ số đại biểu theo quy định: chưa có kết quả.`;
  if ("yes" in r) {
    const counts = `Đồng ý: ${num.format(r.yes)}${share(r.yes, r.valid)}; không đồng ý: ${num.format(r.no)}${share(r.no, r.valid)}; không biểu quyết: ${num.format(r.abstain)}${share(r.abstain, r.valid)}.`;
    return `${turnout} ${counts} Kết quả: ${r.outcome === "carried" ? "thông qua" : "không thông qua"}.`;
  }
  const label = (id: string) => v.candidates.find((c) => c.id === id)?.label ?? id;
  const counts = r.candidates
    .map((c) => `${label(c.candidateId)}: ${num.format(c.votes)} phiếu${share(c.votes, r.valid)}`)
    .join("; ");
  const outcome =
    r.outcome === "decided"
      ? `trúng cử: ${r.elected.map(label).join(", ")}`
      : r.outcome === "tie"
        ? `${r.elected.length > 0 ? `trúng cử: ${r.elected.map(label).join(", ")}; ` : ""}bằng phiếu: ${r.tiedForLastSeat.map(label).join(", ")}`
        : "không ai đạt ngưỡng";
  return `${turnout} ${counts}. Kết quả: ${outcome}.`;
}

export const methodText = (v: Pick<VoteView, "secret" | "kind">): string =>
  v.secret ? "Bỏ phiếu kín" : v.kind === "motion" ? "Biểu quyết công khai" : "Bầu công khai (ghi danh)";
