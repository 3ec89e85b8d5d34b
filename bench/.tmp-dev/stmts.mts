import { startHttpServer } from "../http-setup";
import { recordSql } from "../sql-recorder";

const s = await startHttpServer();
const headers = { cookie: s.cookie };
const path = `/api/clusters/${s.clusterIds[0]}`;
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
  console.log(
    ((performance.now() - t) / N).toFixed(3),
    "ms",
    text.slice(0, 160).replace(/\s+/g, " "),
    JSON.stringify(params).slice(0, 80),
  );
}
const t = performance.now();
for (let i = 0; i < 300; i++) await s.client.query("select 1");
console.log("select 1:", ((performance.now() - t) / 300).toFixed(3));
await s.close();
