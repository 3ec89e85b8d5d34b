import pg from "pg";
import { readFileSync } from "node:fs";
const src = readFileSync(new URL("../load-cluster-years.ts", import.meta.url), "utf8");
const q = src.slice(src.indexOf("`\n  SELECT c.id") + 1, src.indexOf("ORDER BY c.id`") + "ORDER BY c.id".length).replace("${where}", "");
const c = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5499/thidua_bench_3922" }); await c.connect();
for (const jit of ["on", "off"]) {
  await c.query(`set jit = ${jit}`);
  const r = await c.query(`EXPLAIN (ANALYZE) ${q}`);
  console.log("jit", jit, r.rows.map((x) => x["QUERY PLAN"]).filter((l: string) => /Execution|JIT|Timing|Functions|Options/.test(l)).join("\n"));
}
const t = performance.now(); const r = await c.query(`SELECT length(t::text) FROM (${q}) t`); console.log("server+text only", ((performance.now()-t)/1000).toFixed(2), "s", r.rows.reduce((s, x) => s + Number(x.length), 0) / 1e6, "MB");
await c.end();
