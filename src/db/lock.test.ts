import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../repo-root";
import { currentHolder } from "./lock-holder";

// Real processes contend for one data dir; each prints WON or LOCKED <message>.
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const dataDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-lock-"));
  dirs.push(d);
  return d;
};
const lockFile = (dir: string) => path.join(dir, "thidua.lock");

/** A racer: optional setup code, then (with `wait`) READY and a line on stdin, then takes the lock and holds it. */
const racerScript = (dir: string, holdMs: number, setup = "", wait = false) =>
  [
    `import fs from "node:fs";`,
    `import { acquireDataDirLock } from "./src/db/lock.ts";`,
    setup,
    wait ? `console.log("READY"); await new Promise((r) => process.stdin.once("data", r));` : "",
    `try {`,
    `  const release = acquireDataDirLock(${JSON.stringify(dir)});`,
    `  console.log("WON");`,
    `  await new Promise((r) => setTimeout(r, ${holdMs}));`,
    `  release();`,
    `} catch (e) { console.log("LOCKED " + e.message); }`,
    `process.exit(0);`,
  ].join("\n");

const args = (script: string) => ["--import", "tsx", "--input-type=module", "-e", script];

/** Starts every racer, waits until all are loaded, then says "go" to all at once. */
async function race(script: string, count: number): Promise<string[]> {
  const racers = Array.from({ length: count }, () => {
    const child = spawn(process.execPath, args(script), { cwd: repoRoot, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    const ready = new Promise<void>((resolve) => {
      child.stdout.on("data", (c: Buffer) => {
        out += c.toString("utf8");
        if (out.includes("READY")) resolve();
      });
    });
    child.stderr.on("data", (c: Buffer) => {
      out += c.toString("utf8");
    });
    const done = new Promise<string>((resolve) =>
      child.once("exit", () => resolve(out.replace("READY", "").trim())),
    );
    return { child, ready, done };
  });
  await Promise.all(racers.map((r) => r.ready));
  for (const r of racers) r.child.stdin.write("go\n");
  return Promise.all(racers.map((r) => r.done));
}

const runOne = (script: string) =>
  spawnSync(process.execPath, args(script), { cwd: repoRoot, encoding: "utf8" }).stdout.trim();

/** A pid that was a process on this machine a moment ago and is no longer. */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ["-e", "console.log(process.pid)"], { encoding: "utf8" });
  return Number(child.stdout.trim());
};

describe("the data-dir lock", () => {
  it("lets exactly one of six racers take over a stale lock, twice over", async () => {
    for (let round = 0; round < 2; round++) {
      const dir = dataDir();
      const stale = { ...currentHolder(), pid: deadPid(), startTicks: "1" };
      fs.writeFileSync(lockFile(dir), JSON.stringify(stale));
      const outs = await race(racerScript(dir, 2000, "", true), 6);
      expect(
        outs.filter((o) => o === "WON"),
        outs.join("\n"),
      ).toHaveLength(1);
      expect(outs.filter((o) => o.startsWith("LOCKED "))).toHaveLength(5);
      expect(fs.existsSync(lockFile(dir))).toBe(false);
    }
  }, 120_000);

  it("does not take a live lock of another container whose holder has the same pid", () => {
    const dir = dataDir();
    const setup = `fs.writeFileSync(${JSON.stringify(lockFile(dir))}, JSON.stringify({ pid: process.pid, hostname: "container-b", bootId: null, pidNamespace: "pid:[4026532999]", startTicks: "7", token: "b", since: "2026-11-30T07:00:00Z" }));`;
    const out = runOne(racerScript(dir, 0, setup));
    expect(out).toMatch(/^LOCKED Thư mục dữ liệu .* đang được tiến trình \d+ trên máy container-b/);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), "utf8")).token).toBe("b");
  });

  it("takes over another machine's lock once its heartbeat has been silent for long", () => {
    const dir = dataDir();
    const file = JSON.stringify(lockFile(dir));
    const setup = `fs.writeFileSync(${file}, JSON.stringify({ pid: 1, hostname: "container-b", bootId: null, pidNamespace: null, startTicks: null, token: "b", since: "" }));
const old = new Date(Date.now() - 60_000); fs.utimesSync(${file}, old, old);`;
    expect(runOne(racerScript(dir, 0, setup))).toBe("WON");
  });

  it("refuses while a live holder here runs, takes over once it is killed, and sees a reused pid", async () => {
    const dir = dataDir();
    const holder = spawn(process.execPath, args(racerScript(dir, 60_000)), {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    expect(JSON.parse(fs.readFileSync(lockFile(dir), "utf8")).pid).toBe(holder.pid);
    expect(runOne(racerScript(dir, 0))).toMatch(new RegExp(`^LOCKED .*tiến trình ${holder.pid} trên máy`));
    holder.kill("SIGKILL");
    await new Promise((r) => holder.once("exit", r));
    expect(runOne(racerScript(dir, 0))).toBe("WON");
    // This test's own pid is alive, but it did not start when the record says: the pid was reused.
    fs.writeFileSync(lockFile(dir), JSON.stringify({ ...currentHolder(), startTicks: "1" }));
    expect(runOne(racerScript(dir, 0))).toBe("WON");
  }, 60_000);
});
