import { randomBytes } from "node:crypto";
import { openDatabase } from "../src/db/open";
import { assessmentRoutes } from "../src/modules/assessments/routes";
import { setUpCluster } from "../src/modules/assessments/test-fixtures";
import { createApp } from "../src/server/app";
import { TEST_PASSWORD } from "../src/test-support/factories";
import { signIn } from "../src/test-support/http";

// Memory of one 19 MB evidence upload on the embedded database, in-process:
//   node --expose-gc --import tsx bench/upload-memory.ts
const MB = 1024 * 1024;
const database = await openDatabase({ kind: "pglite" });
const { cluster, units, editors } = await setUpCluster(database.db);
const app = createApp({ db: database.db, databaseKind: database.kind });
app.route("/", assessmentRoutes);
const session = await signIn(app, editors[1]!.username, TEST_PASSWORD);
const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(19 * MB), Buffer.from("\n%%EOF\n")]);
const form = new FormData();
form.set("criterionCode", "I.2");
form.set("file", new File([pdf], "bao-cao.pdf", { type: "application/pdf" }));
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage();
const maxBefore = process.resourceUsage().maxRSS;
const res = await app.request(`/api/clusters/${cluster.id}/assessments/${units[1]!.id}/evidence`, {
  method: "POST",
  headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
  body: form,
});
const after = process.memoryUsage();
const peak = process.resourceUsage().maxRSS;
console.log(
  JSON.stringify({
    status: res.status,
    rssBeforeMb: Math.round(before.rss / MB),
    rssAfterMb: Math.round(after.rss / MB),
    peakRssGrowthMb: Math.round((peak * 1024 - Math.max(maxBefore * 1024, before.rss)) / MB),
    peakRssMb: Math.round(peak / 1024),
    heapAfterMb: Math.round(after.heapUsed / MB),
    externalAfterMb: Math.round(after.external / MB),
  }),
);
await database.close();
