// A profile of one endpoint, serial, in process: `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx
// bench/profile-page.ts [page|ranking|xlsx] [n]`. Prints the statements per request and the time per request.

import { startHttpServer } from "./http-setup";
import { recordSql, statementCount } from "./sql-recorder";

const which = process.argv[2] ?? "page";
const n = Number(process.argv[3] ?? 300);
const server = await startHttpServer();
const paths =
  which === "page"
    ? server.assessmentPaths
    : server.clusterIds.map((id) => `/api/clusters/${id}/${which === "xlsx" ? "ranking.xlsx" : "ranking"}`);
const headers = { cookie: server.cookie };
const one = async (i: number) => {
  const res = await server.app.request(paths[i % paths.length]!, { headers });
  await res.arrayBuffer();
};
for (let i = 0; i < paths.length; i++) await one(i);
const steps = await recordSql(server.client!, () => one(0));
console.log(`${which}: ${statementCount(steps)} statements per warm request`);
const t = performance.now();
for (let i = 0; i < n; i++) await one(i);
console.log(`${which}: ${((performance.now() - t) / n).toFixed(2)} ms per request, serial, ${n} requests`);
await server.close();
