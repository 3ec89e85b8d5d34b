import pg from "pg";
import { openDatabase } from "../../src/db/open";
import { COUNTRY } from "../dataset";
import { generateDataset } from "../generate";
import { createDatabase, dropDatabase, urlForDatabase } from "../postgres-admin";

const base = "postgres://postgres@127.0.0.1:5499/postgres";
for (const mode of ["replica", "origin"]) {
  const name = `thidua_bench_dev_${process.pid}`;
  await createDatabase(base, name);
  const url = urlForDatabase(base, name);
  const d = await openDatabase({ kind: "postgres", url, migrate: true, max: 1 });
  await d.close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("SET synchronous_commit = off");
  await c.query(`SET session_replication_role = ${mode}`);
  const t = performance.now();
  const r = await generateDataset((q, p) => c.query(q, p), { ...COUNTRY, councils: 3 });
  console.log(mode, r.inputs, ((performance.now() - t) / 1000).toFixed(2), "s");
  await c.end();
  await dropDatabase(base, name);
}
