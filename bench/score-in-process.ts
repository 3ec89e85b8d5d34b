// Benchmark 1: scoring ONE cluster-year of 10 units × 80 criteria in process with the engine.

import { parseClusterYear, scoreClusterYear, syntheticClusterYear } from "../src/core/scoring/index";
import { loadAverage } from "./machine";
import type { BenchOptions } from "./options";
import { type Distribution, distribution, ms, sampleSync } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const TARGET_MS = 2;

export async function benchScoreInProcess(opts: BenchOptions): Promise<SummaryRow[]> {
  const file = syntheticClusterYear({ units: 10, criteria: 80, seed: 2020 });
  const text = JSON.stringify(file);
  const inputs = Object.values(file.scores).reduce((n, s) => n + Object.keys(s).length, 0);
  console.log(
    `\n== 1. Scoring one cluster in process (10 units × 80 criteria, ${inputs} inputs, ${(text.length / 1024).toFixed(0)} KiB JSON) ==`,
  );
  const limits = { iterations: opts.quick ? 2_000 : 5_000, maxMs: 60_000 };

  // Warm up both paths so the JIT has compiled them before anything is timed.
  sampleSync(() => scoreClusterYear(file), { iterations: 300, maxMs: 10_000 });
  sampleSync(() => parseAndScore(text), { iterations: 100, maxMs: 10_000 });

  const scoreRun = sampleSync(() => scoreClusterYear(file), limits);
  const fullRun = sampleSync(() => parseAndScore(text), limits);
  const scoreOnly = distribution(scoreRun.wall);
  const full = distribution(fullRun.wall);

  const row = (label: string, d: Distribution, cpu: Distribution) =>
    console.log(
      `${label.padEnd(36)} median ${ms(d.median)}  p95 ${ms(d.p95)}  p99 ${ms(d.p99)}  mean ${ms(d.mean)}  (n=${d.n}; ` +
        `CPU time median ${ms(cpu.median)}, p99 ${ms(cpu.p99)})`,
    );
  row("scoreClusterYear (score only)", scoreOnly, distribution(scoreRun.cpu));
  row("parse + validate + score (JSON text)", full, distribution(fullRun.cpu));
  // The same file scored again and again: caches and the JIT's type feedback are as warm as they get;
  // the recompute benchmark shows the cost per cluster on 3,400 different ones.
  console.log(
    `  → parse + validate alone ≈ ${ms(full.median - scoreOnly.median)} of the ${ms(full.median)} median (${loadAverage()})`,
  );
  const rows = (label: string, d: Distribution, cpu: Distribution, target: string): SummaryRow[] => [
    { benchmark: `${label} median`, figure: ms(d.median), target, verdict: verdict(d.median <= TARGET_MS) },
    { benchmark: `${label} p99`, figure: ms(d.p99), target, verdict: verdict(d.p99 <= TARGET_MS) },
    {
      benchmark: `${label} p99 CPU time`,
      figure: ms(cpu.p99),
      target,
      verdict: verdict(cpu.p99 <= TARGET_MS),
    },
  ];
  return [
    ...rows("score 1 cluster:", scoreOnly, distribution(scoreRun.cpu), `≤ ${TARGET_MS} ms`),
    ...rows("parse+validate+score:", full, distribution(fullRun.cpu), `(≤ ${TARGET_MS} ms)`),
  ];
}

function parseAndScore(text: string) {
  const parsed = parseClusterYear(text);
  if (!parsed.ok) throw new Error(`synthetic file refused: ${parsed.issues[0]?.message}`);
  return scoreClusterYear(parsed.file);
}
