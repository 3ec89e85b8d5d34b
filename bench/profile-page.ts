// A profile of one endpoint, serial, in process: `npx tsx bench/profile-page.ts [page|ranking|xlsx] [n]
// [profile.cpuprofile]`. Prints the statements per request and the time per request; with a third argument,
// writes a CPU profile of the timed requests only (setup and warm-up left out), for Chrome's DevTools.

import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { startHttpServer } from "./http-setup";
import { recordSql, statementCount } from "./sql-recorder";

const which = process.argv[2] ?? "page";
const n = Number(process.argv[3] ?? 300);
const profileTo = process.argv[4];
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
for (let i = 0; i < n; i++) await one(i);
const session = profileTo ? new Session() : null;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
}
const cpu = process.cpuUsage();
const t = performance.now();
for (let i = 0; i < n; i++) await one(i);
const wall = (performance.now() - t) / n;
const used = process.cpuUsage(cpu);
if (session) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profileTo!, JSON.stringify(profile));
  session.disconnect();
}
console.log(
  `${which}: ${wall.toFixed(3)} ms per request, ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU per request, serial, ${n} requests`,
);
await server.close();
