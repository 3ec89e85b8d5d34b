import pg from "pg";
import { scoreClusterYear } from "../../src/core/scoring/index";
import { streamClusterYears } from "../load-cluster-years";

const c = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:5499/thidua_bench_3922" });
await c.connect();
const chunk = Number(process.argv[2] ?? 100);
const score = process.argv[3] !== "noscore";
for (let r = 0; r < 2; r++) {
  const t = performance.now();
  let compute = 0;
  const res = await streamClusterYears(c, chunk, (loaded) => {
    if (!score) return;
    const t1 = performance.now();
    for (const l of loaded) scoreClusterYear(l.file);
    compute += performance.now() - t1;
  });
  console.log(
    chunk,
    res.clusters,
    "wall",
    ((performance.now() - t) / 1000).toFixed(2),
    "wait",
    (res.waitMs / 1000).toFixed(2),
    "compute",
    (compute / 1000).toFixed(2),
  );
}
await c.end();
