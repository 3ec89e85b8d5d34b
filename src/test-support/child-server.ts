import { type ChildProcess, spawn } from "node:child_process";
import http from "node:http";
import net from "node:net";
import { inject } from "vitest";
import { repoRoot } from "../repo-root";

// `thidua serve` as a real child process, for tests that stop it (SIGTERM) or kill it (SIGKILL).

export type Exit = { code: number | null; signal: NodeJS.Signals | null };
export type ServerProcess = { child: ChildProcess; port: number; out: () => string; exited: Promise<Exit> };

/** A port that was free a moment ago: bind port 0 and let it go. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });

/**
 * GET /api/health's status, or null when nothing answers. On a new connection each time: a pooled keep-alive
 * socket the server is closing just then (its 5 s idle timeout) would fail the request with the server up.
 */
export const health = (port: number): Promise<number | null> =>
  new Promise((resolve) => {
    const req = http.get({ host: "127.0.0.1", port, path: "/api/health", agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? null);
    });
    req.on("error", () => resolve(null));
  });

/**
 * Starts `thidua serve` (this run's build of src/cli/main.ts, src/test-support/server-bundle-setup.ts) with
 * exactly the database variables given (the test runner's DATABASE_URL / TEST_DATABASE_URL are removed) and
 * waits until /api/health answers 200. Outside Vitest (the benchmarks), `bundle` names the build to start.
 */
export async function startServer(
  env: Record<string, string>,
  port?: number,
  bundle: string = inject("serverBundle"),
): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, THIDUA_REMINDERS: "0", ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  delete childEnv.TEST_DATABASE_URL;
  const listen = port ?? (await freePort());
  childEnv.PORT = String(listen);
  childEnv.HOST = "127.0.0.1";
  const child = spawn(process.execPath, [bundle, "serve"], {
    cwd: repoRoot,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const append = (chunk: Buffer) => {
    out += chunk.toString("utf8");
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<Exit>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const server = { child, port: listen, out: () => out, exited };
  const deadline = Date.now() + 180_000;
  while ((await health(listen)) !== 200) {
    if (child.exitCode !== null) throw new Error(`thidua serve exited ${child.exitCode}:\n${out}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`thidua serve did not answer within 180 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return server;
}

/** Kills the server if it still runs (a test's cleanup). */
export async function killServer(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill("SIGKILL");
  await server.exited;
}
