import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import autocannon from "autocannon";
import { rankingRoutes } from "../../src/modules/rankings/routes";
import { startHttpServer } from "../http-setup";

const s = await startHttpServer((app) => {
  app.route("/", rankingRoutes);
});
const suffix = process.argv[2] ?? "";
const headers = { cookie: s.cookie };
const requests = s.clusterIds.map((id) => ({ method: "GET", path: `/api/clusters/${id}${suffix}` }));
await autocannon({ url: s.origin, connections: 10, duration: 1, headers, requests });
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.start");
const r = await autocannon({ url: s.origin, connections: 50, duration: 5, headers, requests, workers: 1 });
const { profile } = await session.post("Profiler.stop");
writeFileSync(`/tmp/bx/prof/http-steady${suffix.replace(/\//g, "_")}.cpuprofile`, JSON.stringify(profile));
console.log(r.requests.average, "req/s", r.latency.p99);
await s.close();
