import { rankingRoutes } from "../../src/modules/rankings/routes";
import { startHttpServer } from "../http-setup";
import { recordSql } from "../sql-recorder";

const s = await startHttpServer((app) => {
  app.route("/", rankingRoutes);
});
const headers = { cookie: s.cookie };
const path = `/api/clusters/${s.clusterIds[0]}/${process.argv[2] ?? "ranking"}`;
for (let i = 0; i < 50; i++) await (await s.app.request(path, { headers })).text();
const steps = await recordSql(s.client, async () => {
  await (await s.app.request(path, { headers })).text();
});
for (const st of steps) {
  if (st.kind !== "query") {
    console.log("TX", st.statements.length);
    continue;
  }
  const { text, params, options } = st.statement;
  const N = 300;
  const t = performance.now();
  for (let i = 0; i < N; i++) await s.client.query(text, params, options);
  console.log(((performance.now() - t) / N).toFixed(3), "ms", text.slice(0, 100).replace(/\s+/g, " "));
  if (process.argv[3] === "explain") {
    const r = await s.client.query(`EXPLAIN ANALYZE ${text}`, params);
    console.log(r.rows.map((x) => Object.values(x as object)[0]).join("\n"));
  }
}
let t = performance.now();
for (let i = 0; i < 300; i++) await s.client.query("select 1");
console.log("select 1:", ((performance.now() - t) / 300).toFixed(3));
t = performance.now();
for (let i = 0; i < 300; i++) await s.client.query("select $1::uuid", [s.clusterIds[0]]);
console.log("select $1:", ((performance.now() - t) / 300).toFixed(3));
await s.close();
