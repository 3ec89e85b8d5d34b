// CPU per score save, measured by what does not move with the machine's load: serial saves through
// `app.request` (no socket to the client), the process's CPU time per save (`process.cpuUsage`) and the
// SQL statements per save (BEGIN/COMMIT included on PostgreSQL). On PGlite the database's own work is in that CPU; on
// PostgreSQL only the app's (Zod, Drizzle, the pg driver's socket writes).
// `npx tsx bench/profile-save.ts [saves] [out.cpuprofile]`, with BENCH_DATABASE_URL=… for PostgreSQL.
// The 50 draft units' targets are saved in turn (each its own criterion), as the saves load does.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { startHttpServer } from "./http-setup";
import { countSql } from "./sql-counter";

const saves = Number(process.argv[2] ?? 500);
const out = process.argv[3];
const url = process.env.BENCH_DATABASE_URL;
const server = await startHttpServer(undefined, url ? { kind: "postgres", url } : { kind: "pglite" });
const headers = {
  cookie: server.cookie,
  "content-type": "application/json",
  "x-csrf-token": server.csrfToken,
};
const targets = server.writeTargets.map((t) => ({ ...t }));

async function save(i: number): Promise<void> {
  const t = targets[i % targets.length]!;
  const res = await server.app.request(t.path, {
    method: "PUT",
    headers,
    body: JSON.stringify({
      criterionCode: t.criterionCode,
      value: t.value,
      note: `n${i}`,
      version: t.version,
    }),
  });
  const body = (await res.json()) as { data?: { input?: { version: number } } };
  if (res.status !== 200) throw new Error(`save ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  t.version = body.data?.input?.version ?? t.version + 1;
}

for (let i = 0; i < 200; i++) await save(i); // warm-up: JIT, caches, connections
const profiler = out ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.start");
}
const startCpu = process.cpuUsage();
const startWall = performance.now();
const counter = countSql(server);
for (let i = 0; i < saves; i++) await save(i);
const statements = counter.count();
counter.stop();
const cpu = process.cpuUsage(startCpu);
const wall = performance.now() - startWall;
if (profiler) {
  const { profile } = await profiler.post("Profiler.stop");
  writeFileSync(out!, JSON.stringify(profile));
}
const perSave = (x: number) => (x / saves).toFixed(2);
console.log(
  `${server.kind}: ${saves} saves; CPU ${perSave((cpu.user + cpu.system) / 1000)} ms/save ` +
    `(user ${perSave(cpu.user / 1000)}, system ${perSave(cpu.system / 1000)}); wall ${perSave(wall)} ms/save; ` +
    `${perSave(statements)} statements/save${server.client ? " (PGlite: BEGIN/COMMIT not counted)" : " (BEGIN/COMMIT and the session read counted)"}`,
);
const mib = (n: number) => `${(n / 1048576).toFixed(0)} MiB`;
const mem = process.memoryUsage();
console.log(
  `memory after the saves: rss ${mib(mem.rss)}, heap used ${mib(mem.heapUsed)} of ${mib(mem.heapTotal)}, ` +
    `external ${mib(mem.external)} (array buffers ${mib(mem.arrayBuffers)})`,
);
if (process.env.HEAP) (await import("node:v8")).writeHeapSnapshot(process.env.HEAP);
await server.close();
