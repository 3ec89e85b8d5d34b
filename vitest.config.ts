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
    globalSetup: ["src/db/test-template.ts"],
  },
});
