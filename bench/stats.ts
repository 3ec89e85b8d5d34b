// Timing and percentile helpers shared by the benchmarks.

export const now = (): number => performance.now();

/** The q-quantile (0..1) of samples by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1]!;
}

export type Distribution = { n: number; median: number; p95: number; p99: number; mean: number; max: number };

export function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    mean: sum / sorted.length,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Runs fn until it has run minIterations times and minMs have passed; never more than maxIterations
 * times nor longer than maxMs (a hard stop, so the count may then fall short). Returns each call's ms.
 */
export async function sample(
  fn: () => unknown,
  limits: { minIterations: number; maxIterations: number; minMs: number; maxMs: number },
): Promise<number[]> {
  const out: number[] = [];
  const start = now();
  for (let i = 0; i < limits.maxIterations; i++) {
    const elapsed = now() - start;
    if (elapsed >= limits.maxMs || (i >= limits.minIterations && elapsed >= limits.minMs)) break;
    const t = now();
    const result = fn();
    if (result instanceof Promise) await result;
    out.push(now() - t);
  }
  return out;
}

/**
 * Like `sample` for synchronous work, also giving each call's CPU time (process.cpuUsage, µs resolution):
 * on a shared machine the wall clock includes time the OS gave to other processes; CPU time does not.
 */
export function sampleSync(
  fn: () => unknown,
  limits: { iterations: number; maxMs: number },
): { wall: number[]; cpu: number[] } {
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = now();
  for (let i = 0; i < limits.iterations && now() - start < limits.maxMs; i++) {
    const c = process.cpuUsage();
    const t = now();
    fn();
    wall.push(now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

export const ms = (x: number, digits = 3): string => `${x.toFixed(digits)} ms`;
export const seconds = (x: number): string => `${(x / 1000).toFixed(2)} s`;
export const int = (x: number): string => Math.round(x).toLocaleString("en-US");
export const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
