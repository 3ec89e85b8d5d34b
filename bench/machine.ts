import { readFileSync } from "node:fs";
import os from "node:os";

/** What the figures were measured on: CPU model and count, memory, OS, Node and database versions. */
export function describeMachine(): string[] {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(" / ") || "unknown CPU";
  const pglite = packageVersion("@electric-sql/pglite");
  return [
    `CPU:      ${models} × ${cpus.length} (os.cpus(); available parallelism ${os.availableParallelism()})`,
    `Memory:   ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB total, ${(os.freemem() / 1024 ** 3).toFixed(1)} GiB free`,
    `OS:       ${os.type()} ${os.release()} ${os.arch()}`,
    `Node:     ${process.version} (V8 ${process.versions.v8})`,
    `PGlite:   ${pglite} (embedded, in process)`,
    `Load:     ${loadAverage()} at start (other processes share these cores)`,
  ];
}

function packageVersion(name: string): string {
  try {
    const url = new URL(`../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, "utf8")) as { version?: string }).version ?? "?";
  } catch {
    return "?";
  }
}

/** The 1-minute load average against the core count: other work on the machine skews every figure. */
export function loadAverage(): string {
  return `load average ${os.loadavg()[0]!.toFixed(2)} on ${os.cpus().length} cores`;
}
