import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The config is evaluated again in each worker: keep one data dir per run by handing it down in the env.
process.env.THIDUA_E2E_DATA_DIR ??= path.resolve(".tmp", `e2e-${Date.now()}`);
const dataDir = process.env.THIDUA_E2E_DATA_DIR;
const port = Number.parseInt(process.env.THIDUA_E2E_PORT ?? "3217", 10);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env.CI);

/** Browser journeys against a real server on a fresh embedded database with the demo; Debian's Chromium only. */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  forbidOnly: ci,
  retries: 0,
  workers: 1,
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: ci ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : [["list"]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    screenshot: "on",
    // A failed journey keeps its trace (actions, DOM snapshots, network, console) but not the trace's
    // screencast: recording frames throughout every journey made each one about 40% slower.
    trace: { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        // Never let Playwright download a browser: use the system's Chromium.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npm run build:web --silent && npm run build:server --silent && node dist/thidua.mjs serve",
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      THIDUA_DATA_DIR: dataDir,
      THIDUA_DEMO: "1",
      DATABASE_URL: "",
    },
  },
});
