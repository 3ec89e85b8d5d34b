import { randomBytes } from "node:crypto";
import { openDatabase } from "../src/db/open";
import { openTestDatabase } from "../src/db/testing";
import { setUpCluster } from "../src/modules/assessments/test-fixtures";
import { createApp } from "../src/server/app";
import { TEST_PASSWORD } from "../src/test-support/factories";
import { signIn } from "../src/test-support/http";

// Memory of one 19 MB evidence upload on the embedded database, in-process, and how long another
// user's GET /api/clusters waits meanwhile:
//   node --expose-gc --import tsx bench/upload-memory.ts      (or: npx tsx bench/upload-memory.ts)
// peakRssGrowthMb is the process's maximum resident size past its earlier maximum (setup included);
// sampledPeakGrowthMb is the highest RSS sampled every 5 ms during the upload, over the RSS before it.
const MB = 1024 * 1024;
// TEST_DATABASE_URL=postgres://… runs it on a throwaway PostgreSQL database instead.
const database = process.env.TEST_DATABASE_URL
  ? await openTestDatabase()
  : await openDatabase({ kind: "pglite" });
const { cluster, units, editors } = await setUpCluster(database.db);
const app = createApp({ db: database.db, databaseKind: database.kind });
const session = await signIn(app, editors[1]!.username, TEST_PASSWORD);
const other = await signIn(app, editors[2]!.username, TEST_PASSWORD);
const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(19 * MB), Buffer.from("\n%%EOF\n")]);
const form = new FormData();
form.set("criterionCode", "I.2");
form.set("file", new File([pdf], "bao-cao.pdf", { type: "application/pdf" }));

const getClusters = async () => {
  const t = performance.now();
  const res = await app.request("/api/clusters", { headers: { cookie: other.cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`GET /api/clusters: ${res.status}`);
  return performance.now() - t;
};
const quiet: number[] = [];
for (let i = 0; i < 5; i++) quiet.push(await getClusters());

(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage();
const maxBefore = process.resourceUsage().maxRSS;
let sampled = before.rss;
const sampler = setInterval(() => {
  sampled = Math.max(sampled, process.memoryUsage().rss);
}, 5);

const started = performance.now();
let uploading = true;
const upload = Promise.resolve(
  app.request(`/api/clusters/${cluster.id}/assessments/${units[1]!.id}/evidence`, {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
    body: form,
  }),
).then((res) => {
  uploading = false;
  return res;
});
// Another user asks for the cluster list every 10 ms while the upload runs (the pause lets timers and
// I/O run, as separate requests on a real server would).
const waits: number[] = [];
// A wait counts from when the request was due, so time the event loop spent blocked counts too.
while (uploading) {
  const due = performance.now() + 10;
  await new Promise((r) => setTimeout(r, 10));
  await getClusters();
  waits.push(performance.now() - due);
}
const res = await upload;
const uploadMs = performance.now() - started;
clearInterval(sampler);

const after = process.memoryUsage();
const peak = process.resourceUsage().maxRSS;
const ms = (n: number) => Math.round(n);
console.log(
  JSON.stringify({
    status: res.status,
    uploadMs: ms(uploadMs),
    rssBeforeMb: Math.round(before.rss / MB),
    rssAfterMb: Math.round(after.rss / MB),
    peakRssGrowthMb: Math.round((peak * 1024 - Math.max(maxBefore * 1024, before.rss)) / MB),
    sampledPeakGrowthMb: Math.round((sampled - before.rss) / MB),
    peakRssMb: Math.round(peak / 1024),
    heapAfterMb: Math.round(after.heapUsed / MB),
    externalAfterMb: Math.round(after.external / MB),
    quietGetMs: ms(Math.max(...quiet)),
    getsDuringUpload: waits.length,
    longestGetWaitMs: ms(Math.max(...waits)),
  }),
);
await database.close();
