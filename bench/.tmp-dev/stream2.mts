import pg from "pg";
import { streamClusterYears } from "../load-cluster-years";
const c = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5499/thidua_bench_3922" }); await c.connect();
for (const jit of ["on", "off", "on", "off"]) {
  await c.query(`set jit = ${jit}`);
  const t = performance.now();
  const res = await streamClusterYears(c, 100, () => {});
  console.log("jit", jit, res.clusters, "wall", ((performance.now()-t)/1000).toFixed(2), "wait", (res.waitMs/1000).toFixed(2));
}
await c.end();
