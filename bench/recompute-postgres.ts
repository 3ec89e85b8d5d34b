// Benchmark 2: the country-size data set on PostgreSQL, then "recompute every ranking": stream every
// cluster-year through one set-based cursor query (load-cluster-years.ts) and score each with the engine.

import pg from "pg";
import type { ClusterYear } from "../src/contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../src/core/scoring/index";
import { openDatabase } from "../src/db/open";
import { COUNTRY, clusterFile, type DatasetShape, inputCount, planCouncil } from "./dataset";
import { generateDataset } from "./generate";
import { loadClusterYears, streamClusterYears } from "./load-cluster-years";
import { loadAverage } from "./machine";
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
    return [
      { benchmark: "recompute every ranking (PostgreSQL)", figure: "—", target: "≤ 10 s", verdict: "SKIP" },
    ];
  };
  if (!opts.databaseUrl)
    return skip(`no PostgreSQL URL (BENCH_DATABASE_URL is empty or --no-postgres was given)`);
  const server = await postgresVersion(opts.databaseUrl);
  if (!server.ok) return skip(`cannot reach PostgreSQL (${opts.databaseUrlSource}): ${server.reason}`);

  const name = `thidua_bench_${process.pid}`;
  const url = urlForDatabase(opts.databaseUrl, name);
  const adminUrl = opts.databaseUrl;
  await createDatabase(adminUrl, name);
  console.log(
    `database ${name} created${opts.keep ? " (kept afterwards: --keep)" : " (dropped afterwards)"}`,
  );
  // Ctrl-C during the run still drops the database (unless --keep).
  const interrupted = () => {
    const drop = opts.keep ? Promise.resolve() : dropDatabase(adminUrl, name);
    void drop.finally(() => process.exit(130));
  };
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    return await runOn(url, shape);
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    if (!opts.keep) await dropDatabase(adminUrl, name);
  }
}

async function runOn(url: string, shape: DatasetShape): Promise<SummaryRow[]> {
  const t = performance.now();
  const app = await openDatabase({ kind: "postgres", url, migrate: true, max: 1 });
  await app.close();
  console.log(`migrations applied in ${seconds(performance.now() - t)}`);

  const client = new pg.Client({ connectionString: url });
  // A dropped connection (Ctrl-C drops the database under it) fails the pending query; no crash besides.
  client.on("error", () => {});
  await client.connect();
  try {
    await client.query("SET synchronous_commit = off");
    // Bulk load as pg_restore --disable-triggers does: the rows are consistent by construction (and checked
    // below), so the per-row foreign-key triggers are skipped; it needs a superuser, else they run.
    const noTriggers = await client.query("SET session_replication_role = replica").then(
      () => true,
      () => false,
    );
    const step = Math.max(1, Math.floor(shape.councils / 4));
    const gen = await generateDataset(
      (text, params) => client.query(text, params),
      shape,
      (done, total) => {
        if (done % step === 0 || done === total)
          process.stdout.write(`  generated ${done}/${total} councils\n`);
      },
    );
    if (noTriggers) await client.query("RESET session_replication_role");
    const size = await client.query<{ size: string }>(
      "SELECT pg_size_pretty(pg_total_relation_size('assessment_inputs')) AS size",
    );
    console.log(
      `generation: ${int(gen.inputs)} inputs, ${int(gen.clusters)} clusters, ${int(gen.units)} units in ${seconds(gen.ms)} ` +
        `(assessment_inputs ${size.rows[0]?.size}; ANALYZE included; foreign-key triggers ${noTriggers ? "skipped" : "run"})`,
    );

    await checkAgainstPlan(client, shape);
    const plain = await recomputeAll(client, false);
    report("recompute (score only)", plain);
    const checked = await recomputeAll(client, true);
    report("recompute, each file re-validated by parseClusterYear", checked);
    return [
      {
        benchmark: "generate data set (PostgreSQL)",
        figure: seconds(gen.ms),
        target: "(not a target)",
        verdict: "info",
      },
      {
        benchmark: "recompute every ranking (PostgreSQL)",
        figure: seconds(plain.wallMs),
        target: "≤ 10 s",
        verdict: verdict(plain.wallMs <= TARGET_MS),
      },
      {
        benchmark: "  of which waiting for rows (load)",
        figure: seconds(plain.loadMs),
        target: "",
        verdict: "info",
      },
      {
        benchmark: "  of which scoreClusterYear (compute)",
        figure: seconds(plain.computeMs),
        target: "",
        verdict: "info",
      },
      {
        benchmark: "  the same, re-validating every file",
        figure: seconds(checked.wallMs),
        target: "(≤ 10 s)",
        verdict: verdict(checked.wallMs <= TARGET_MS),
      },
    ];
  } finally {
    await client.end();
  }
}

type Recompute = { clusters: number; wallMs: number; loadMs: number; computeMs: number };

const CHUNK = 100;

async function recomputeAll(client: pg.Client, validate: boolean): Promise<Recompute> {
  const start = performance.now();
  let computeMs = 0;
  const { waitMs, clusters } = await streamClusterYears(client, CHUNK, (loaded) => {
    const t = performance.now();
    for (const { file } of loaded) {
      const parsed = validate ? parseClusterYear(file) : { ok: true as const, file };
      if (!parsed.ok)
        throw new Error(
          `stored cluster-year refused: ${parsed.issues[0]?.path} ${parsed.issues[0]?.message}`,
        );
      if (scoreClusterYear(parsed.file).results.length !== file.units.length)
        throw new Error("a unit was lost");
    }
    computeMs += performance.now() - t;
  });
  return { clusters, wallMs: performance.now() - start, loadMs: waitMs, computeMs };
}

function report(label: string, r: Recompute): void {
  console.log(
    `${label}: ${int(r.clusters)} clusters in ${seconds(r.wallMs)} wall = waiting for rows ${seconds(r.loadMs)} ` +
      `+ compute ${seconds(r.computeMs)} (${(r.computeMs / r.clusters).toFixed(3)} ms per cluster)` +
      ` [one cursor query, FETCH ${CHUNK} clusters at a time; ${loadAverage()}]`,
  );
}

/** The loaded cluster-years must rank exactly as the generated plan does, or the timing means nothing. */
async function checkAgainstPlan(client: pg.Client, shape: DatasetShape): Promise<void> {
  const planned = planCouncil(shape, 0).clusters;
  const loaded = new Map<string, ClusterYear>();
  for (const l of await loadClusterYears(
    client,
    planned.map((k) => k.id),
  ))
    loaded.set(l.clusterId, l.file);
  for (const k of planned) {
    const got = loaded.get(k.id);
    if (!got) throw new Error(`cluster ${k.code} not loaded`);
    const want = JSON.stringify(scoreClusterYear(clusterFile(k)));
    if (JSON.stringify(scoreClusterYear(got)) !== want)
      throw new Error(`cluster ${k.code} ranks differently once loaded`);
  }
  console.log(
    `check: council 1's ${shape.clustersPerCouncil} rankings from the database equal those of the generated files`,
  );
}
