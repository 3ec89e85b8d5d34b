import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "web/src/**/*.test.ts", "bench/**/*.test.ts"],
    environment: "node",
    testTimeout: 90_000,
    hookTimeout: 180_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: on CI's two cores, one file at a time. Test files
    // spend much of their time waiting (on PostgreSQL, on child processes), so every core gets a worker.
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ["src/db/test-template.ts", "src/test-support/server-bundle-setup.ts"],
    // One module graph per worker, not per file: loading the app afresh for each of 116 files cost more than
    // the tests themselves. Safe because module-level state is keyed by database (WeakMap<Db, …>) and every
    // test file opens and closes its own database.
    isolate: false,
  },
});
