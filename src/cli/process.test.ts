import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "../repo-root";
import { freePort, health } from "../test-support/child-server";
import { writeDataDir } from "../test-support/data-dir";

// Real processes of the `thidua` command on the embedded database (PGlite); no TEST_DATABASE_URL needed.
// This run's build of src/cli/main.ts (src/test-support/server-bundle-setup.ts): starts in a third of tsx's time.
const thiduaBundle = inject("serverBundle");
const LONG = 240_000;

type Exit = { code: number | null; signal: NodeJS.Signals | null };
type Proc = { child: ChildProcess; out: () => string; exited: Promise<Exit> };

const running: Proc[] = [];
const tempDirs: string[] = [];

const tempDataDir = (): string => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-proc-")));
  tempDirs.push(dir);
  return path.join(dir, "data");
};

// Creating the demo is most of a first start, so each test serves a copy of the run's demo template
// (src/db/testing.ts), written to a data dir once here. The journeys (tests/e2e) start the server on an
// empty data dir and see it create the demo.
let demoDir = "";
beforeAll(async () => {
  demoDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-proc-demo-")));
  await writeDataDir(demoDir, "demo");
}, LONG);
afterAll(() => fs.rmSync(demoDir, { recursive: true, force: true }));

/** A data dir holding a fresh copy of the demo. */
const demoDataDir = (): string => {
  const dataDir = tempDataDir();
  fs.cpSync(demoDir, dataDir, { recursive: true });
  return dataDir;
};

/** `thidua …` — one process, so its pid is the one that holds the lock. */
const thidua = (args: string[], env: Record<string, string>): Proc => {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, THIDUA_DEMO: "1", ...env };
  delete childEnv.DATABASE_URL;
  delete childEnv.TEST_DATABASE_URL;
  const child = spawn(process.execPath, [thiduaBundle, ...args], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    out += chunk.toString("utf8");
  });
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const proc = { child, out: () => out, exited };
  running.push(proc);
  return proc;
};

const waitFor = async (what: string, proc: Proc, ok: () => boolean | Promise<boolean>): Promise<void> => {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (await ok()) return;
    if (proc.child.exitCode !== null)
      throw new Error(`exited ${proc.child.exitCode} before ${what}:\n${proc.out()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}:\n${proc.out()}`);
};

const startServer = async (dataDir: string): Promise<{ proc: Proc; port: number }> => {
  const port = await freePort();
  const proc = thidua(["serve"], { PORT: String(port), HOST: "127.0.0.1", THIDUA_DATA_DIR: dataDir });
  await waitFor("GET /api/health 200", proc, async () => (await health(port)) === 200);
  return { proc, port };
};

const stop = async (proc: Proc): Promise<Exit> => {
  proc.child.kill("SIGTERM");
  return proc.exited;
};

afterEach(async () => {
  for (const proc of running.splice(0)) {
    if (proc.child.exitCode === null && proc.child.signalCode === null) {
      proc.child.kill("SIGKILL");
      await proc.exited;
    }
  }
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe("thidua serve: the data directory lock", () => {
  it(
    "refuses a second server on the same data dir with exit 3, naming the dir and the holder's pid",
    async () => {
      const dataDir = demoDataDir();
      const first = await startServer(dataDir);
      const second = thidua(["serve"], { PORT: String(await freePort()), THIDUA_DATA_DIR: dataDir });
      const exit = await second.exited;
      expect(exit.code, second.out()).toBe(3);
      expect(second.out()).toContain(dataDir);
      expect(second.out()).toContain(String(first.proc.child.pid));
      expect(second.out()).toMatch(/đang được tiến trình \d+ trên máy [^ ]+, từ [^ ]+ sử dụng/);
      // The first server is untouched by the attempt.
      expect(await health(first.port), first.proc.out()).toBe(200);
      expect((await stop(first.proc)).code).toBe(0);
    },
    LONG,
  );
});

describe("thidua serve: SIGTERM", () => {
  it(
    "finishes the request in flight, refuses new ones, closes the DB, exits 0; the dir reopens",
    async () => {
      const dataDir = demoDataDir();
      const { proc, port } = await startServer(dataDir);

      // A login whose body is only half sent when SIGTERM arrives: it is in flight, not idle.
      const body = JSON.stringify({ username: "halong", password: "thidua-demo" });
      const socket = net.connect(port, "127.0.0.1");
      let response = "";
      socket.on("data", (chunk: Buffer) => {
        response += chunk.toString("utf8");
      });
      socket.on("error", (err) => {
        response += `\n[socket error: ${err.message}]`;
      });
      const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
      await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
      const half = Math.floor(body.length / 2);
      socket.write(
        "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
      );
      await new Promise((r) => setTimeout(r, 300));

      proc.child.kill("SIGTERM");
      await waitFor("the SIGTERM notice", proc, () => proc.out().includes("SIGTERM"));
      expect(await health(port)).toBeNull();
      expect(proc.child.exitCode).toBeNull();

      socket.write(body.slice(half));
      await closed;
      expect(response).toMatch(/^HTTP\/1\.1 200 /);
      expect(response).toContain("csrfToken");

      const exit = await proc.exited;
      expect(exit.code, proc.out()).toBe(0);
      expect(proc.out()).toContain("Đã đóng cơ sở dữ liệu");
      expect(fs.existsSync(path.join(dataDir, "thidua.lock"))).toBe(false);

      const again = await startServer(dataDir);
      expect(await health(again.port)).toBe(200);
      expect(again.proc.out()).not.toContain("Đã tạo dữ liệu mẫu");
      expect((await stop(again.proc)).code).toBe(0);
    },
    LONG,
  );
});

describe("thidua audit verify", () => {
  it(
    "passes on a fresh demo, then exits 1 naming the row altered behind the app's back",
    async () => {
      const dataDir = demoDataDir();
      const { proc } = await startServer(dataDir);
      expect((await stop(proc)).code).toBe(0);

      const env = { THIDUA_DATA_DIR: dataDir };
      const intact = thidua(["audit", "verify"], env);
      expect((await intact.exited).code, intact.out()).toBe(0);
      expect(intact.out()).toContain("Nhật ký toàn vẹn");

      const pg = new PGlite(path.join(dataDir, "pg"));
      let id: number;
      try {
        const found = await pg.query<{ id: number }>(
          "SELECT id FROM audit_log WHERE seq = 3 ORDER BY council_id LIMIT 1",
        );
        expect(found.rows).toHaveLength(1);
        id = Number(found.rows[0]!.id);
        await pg.query(`UPDATE audit_log SET after = '{"x":1}'::jsonb WHERE id = $1`, [id]);
      } finally {
        await pg.close();
      }

      const tampered = thidua(["audit", "verify"], env);
      expect((await tampered.exited).code, tampered.out()).toBe(1);
      expect(tampered.out()).toContain(`bản ghi id=${id}`);
    },
    LONG,
  );
});
