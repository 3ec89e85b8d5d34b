// What one score save costs the readers of its cluster on PGlite: the save's statements, then the first
// ranking and assessment page of another unit of that cluster, each with its statements and wall time.
// `npx tsx bench/probe-after-save.ts [rounds]`
import { startHttpServer } from "./http-setup";
import { recordSql, statementCount } from "./sql-recorder";

const rounds = Number(process.argv[2] ?? 20);
const server = await startHttpServer();
const headers = { cookie: server.cookie };
const target = server.writeTargets[0]!;
const clusterPath = target.path.split("/assessments/")[0]!;
const otherPage = server.assessmentPaths.find(
  (p) => p.startsWith(clusterPath) && !target.path.startsWith(p),
)!;
const get = async (path: string) => (await server.app.request(path, { headers })).arrayBuffer();
for (const p of server.assessmentPaths) await get(p);
for (const id of server.clusterIds) await get(`/api/clusters/${id}/ranking`);
let version = target.version;
const { Session } = await import("node:inspector/promises");
const profiler = process.env.PROFILE ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}
const totals = { save: [0, 0], ranking: [0, 0], page: [0, 0], pageAgain: [0, 0] };
const timed = async (key: keyof typeof totals, run: () => Promise<unknown>) => {
  const t = performance.now();
  const steps = await recordSql(server.client!, async () => void (await run()));
  totals[key][0]! += statementCount(steps);
  if (process.env.SHOW && key !== "save") {
    for (const st of steps) {
      const list = st.kind === "query" ? [st.statement] : st.statements;
      for (const x of list) console.log(key, st.kind, x.text.replace(/\s+/g, " ").slice(0, 160));
    }
  }
  totals[key][1]! += performance.now() - t;
};
for (let i = 0; i < rounds; i++) {
  await timed("save", async () => {
    const res = await server.app.request(target.path, {
      method: "PUT",
      headers: { ...headers, "content-type": "application/json", "x-csrf-token": server.csrfToken },
      body: JSON.stringify({
        criterionCode: target.criterionCode,
        value: target.value,
        note: `n${i}`,
        version,
      }),
    });
    const body = (await res.json()) as { data?: { input?: { version: number } } };
    version = body.data?.input?.version ?? version + 1;
    if (res.status !== 200) throw new Error(`save ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  });
  await timed("ranking", () => get(`${clusterPath}/ranking`));
  await timed("page", () => get(otherPage));
  await timed("pageAgain", () => get(target.path.replace("/self-inputs", "")));
}
if (profiler) {
  const { profile } = await profiler.post("Profiler.stop");
  (await import("node:fs")).writeFileSync(process.env.PROFILE!, JSON.stringify(profile));
}
for (const [k, [n, t]] of Object.entries(totals))
  console.log(`${k}: ${(n! / rounds).toFixed(1)} statements, ${(t! / rounds).toFixed(1)} ms`);
await server.close();
