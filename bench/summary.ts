// The closing table: each figure next to its target, PASS or MISS. Benchmarks measure; they never fail the run.

export type Verdict = "PASS" | "MISS" | "info" | "SKIP" | "ERROR";

export type SummaryRow = {
  readonly benchmark: string;
  readonly figure: string;
  readonly target: string;
  readonly verdict: Verdict;
};

export const verdict = (ok: boolean): Verdict => (ok ? "PASS" : "MISS");

export function printSummary(rows: readonly SummaryRow[]): void {
  const header: SummaryRow = { benchmark: "benchmark", figure: "figure", target: "target", verdict: "info" };
  const width = (key: "benchmark" | "figure" | "target") =>
    Math.max(...[header, ...rows].map((r) => r[key].length));
  const [b, f, t] = [width("benchmark"), width("figure"), width("target")];
  const line = (r: SummaryRow, v: string) =>
    `${r.benchmark.padEnd(b)}  ${r.figure.padStart(f)}  ${r.target.padEnd(t)}  ${v}`;
  console.log("\n== Summary ==");
  console.log(line(header, "result"));
  console.log(`${"-".repeat(b)}  ${"-".repeat(f)}  ${"-".repeat(t)}  ------`);
  for (const r of rows) console.log(line(r, r.verdict));
}
