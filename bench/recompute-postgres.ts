// Benchmark 2: the country-size data set on PostgreSQL, then "recompute every ranking": load every
// cluster-year with a few set-based queries per council, and score each with the engine.

import pg from "pg";
import type { ClusterYear } from "../src/contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../src/core/scoring/index";
import { openDatabase } from "../src/db/open";
import { COUNTRY, clusterFile, type DatasetShape, inputCount, planCouncil } from "./dataset";
import { generateDataset } from "./generate";
import { councilIds, loadCouncilClusterYears } from "./load-cluster-years";
import type { BenchOptions } from "./options";
import { createDatabase, dropDatabase, postgresVersion, urlForDatabase } from "./postgres-admin";
import { int, seconds } from "./stats";
import { type SummaryRow, verdict } from "./summary";

const TARGET_MS = 10_000;
const QUICK: DatasetShape = { ...COUNTRY, councils: 4 };

export async function benchRecomputePostgres(opts: BenchOptions): Promise<SummaryRow[]> {
  const shape = opts.quick ? QUICK : COUNTRY;
  const title = `${shape.councils} councils × ${shape.clustersPerCouncil} clusters × ${shape.unitsPerCluster} units × ${shape.criteria} criteria = ${int(inputCount(shape))} inputs`;
  console.log(`\n== 2. Recompute every ranking on PostgreSQL (${title}) ==`);
  const skip = (why: string): SummaryRow[] => {
    console.log(`skipped: ${why}`);
    return [{ benchmark: "recompute every ranking (PostgreSQL)", figure: "—", target: "≤ 10 s", verdict: "SKIP" }];
  };
  if (!opts.databaseUrl) return skip(`no PostgreSQL URL (BENCH_DATABASE_URL is empty or --no-postgres was given)`);
  const server = await postgresVersion(opts.databaseUrl);
  if (!server.ok) return skip(`cannot reach PostgreSQL (${opts.databaseUrlSource}): ${server.reason}`);

  const name = `thidua_bench_${process.pid}`;
  const url = urlForDatabase(opts.databaseUrl, name);
  await createDatabase(opts.databaseUrl, name);
  console.log(`database ${name} created${opts.keep ? " (kept afterwards: --keep)" : " (dropped afterwards)"}`);
  try {
    return await runOn(url, shape, opts.quick);
  } finally {
    if (!opts.keep) await dropDatabase(opts.databaseUrl, name);
  }
}

async function runOn(url: string, shape: DatasetShape, quick: boolean): Promise<SummaryRow[]> {
  let t = performance.now();
  const app = await openDatabase({ kind: "postgres", url, migrate: true, max: 1 });
  await app.close();
  console.log(`migrations applied in ${seconds(performance.now() - t)}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    const step = Math.max(1, Math.floor(shape.councils / 4));
    const gen = await generateDataset(
      (text, params) => client.query(text, params),
      shape,
      (done, total) => {
        if (done % step === 0 || done === total) process.stdout.write(`  generated ${done}/${total} councils\n`);
      },
    );
    const size = await client.query<{ size: string }>(
      "SELECT pg_size_pretty(pg_total_relation_size('assessment_inputs')) AS size",
    );
    console.log(
      `generation: ${int(gen.inputs)} inputs, ${int(gen.clusters)} clusters, ${int(gen.units)} units in ${seconds(gen.ms)} ` +
        `(assessment_inputs ${size.rows[0]?.size}; includes ANALYZE)`,
    );

    await checkAgainstPlan(client, shape);
    const runs = quick ? 1 : 2;
    const results: Recompute[] = [];
    for (let r = 0; r < runs; r++) {
      const res = await recomputeAll(client);
      results.push(res);
      console.log(
        `recompute run ${r + 1}: ${int(res.clusters)} clusters ranked in ${seconds(res.loadMs + res.computeMs)} ` +
          `= load ${seconds(res.loadMs)} + compute ${seconds(res.computeMs)}  (${(res.computeMs / res.clusters).toFixed(3)} ms per cluster)`,
      );
    }
    const worst = results.reduce((a, b) => (a.loadMs + a.computeMs >= b.loadMs + b.computeMs ? a : b));
    const validated = await validateAll(client, quick);
    console.log(
      `with parseClusterYear (Zod + whole-file checks) before each score: ${seconds(validated.ms)} for ${int(validated.clusters)} clusters ` +
        `(${(validated.ms / validated.clusters).toFixed(3)} ms per cluster), on top of the load`,
    );
    const total = worst.loadMs + worst.computeMs;
    return [
      { benchmark: "generate data set (PostgreSQL)", figure: seconds(gen.ms), target: "(not a target)", verdict: "info" },
      { benchmark: "recompute every ranking (load+compute)", figure: seconds(total), target: "≤ 10 s", verdict: verdict(total <= TARGET_MS) },
      { benchmark: "  of which load (3 queries/council)", figure: seconds(worst.loadMs), target: "", verdict: "info" },
      { benchmark: "  of which compute (scoreClusterYear)", figure: seconds(worst.computeMs), target: "", verdict: "info" },
      {
        benchmark: "  compute if each file is re-validated",
        figure: seconds(validated.ms),
        target: "",
        verdict: "info",
      },
    ];
  } finally {
    await client.end();
  }
}

type Recompute = { clusters: number; loadMs: number; computeMs: number };

async function recomputeAll(client: pg.Client): Promise<Recompute> {
  const out: Recompute = { clusters: 0, loadMs: 0, computeMs: 0 };
  for (const id of await councilIds(client)) {
    let t = performance.now();
    const files = await loadCouncilClusterYears(client, id);
    out.loadMs += performance.now() - t;
    t = performance.now();
    for (const file of files) {
      if (scoreClusterYear(file).results.length !== file.units.length) throw new Error("ranking lost a unit");
    }
    out.computeMs += performance.now() - t;
    out.clusters += files.length;
  }
  return out;
}

async function validateAll(client: pg.Client, quick: boolean): Promise<{ clusters: number; ms: number }> {
  let ms = 0;
  let clusters = 0;
  const ids = await councilIds(client);
  // Bounded: every council in a quick run, else a quarter of them (about 2 s of work).
  for (const id of ids.slice(0, quick ? ids.length : Math.ceil(ids.length / 4))) {
    const files = await loadCouncilClusterYears(client, id);
    const t = performance.now();
    for (const file of files) {
      const parsed = parseClusterYear(file);
      if (!parsed.ok) throw new Error(`stored cluster-year refused: ${parsed.issues[0]?.path} ${parsed.issues[0]?.message}`);
      scoreClusterYear(parsed.file);
    }
    ms += performance.now() - t;
    clusters += files.length;
  }
  return { clusters, ms };
}

/** The loaded cluster-years must rank exactly as the generated plan does, or the timing means nothing. */
async function checkAgainstPlan(client: pg.Client, shape: DatasetShape): Promise<void> {
  const [first] = await councilIds(client);
  if (!first) throw new Error("no council generated");
  const loaded = new Map<string, ClusterYear>();
  for (const f of await loadCouncilClusterYears(client, first)) loaded.set(f.cluster.code, f);
  for (const planned of planCouncil(shape, 0).clusters) {
    const got = loaded.get(planned.code);
    if (!got) throw new Error(`cluster ${planned.code} not loaded`);
    const want = JSON.stringify(scoreClusterYear(clusterFile(planned)));
    if (JSON.stringify(scoreClusterYear(got)) !== want) throw new Error(`cluster ${planned.code} ranks differently once loaded`);
  }
  console.log(`check: council 1's ${shape.clustersPerCouncil} rankings from the database equal those of the generated files`);
}
