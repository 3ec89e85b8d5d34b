import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildServer } from "../build-server";
import { repoRoot } from "../repo-root";

declare module "vitest" {
  export interface ProvidedContext {
    /** This run's one-file build of src/cli/main.ts: what the tests' `thidua` child processes run. */
    serverBundle: string;
  }
}

/**
 * Vitest global setup: build the server/CLI once per run from the working tree, so a child process starts in
 * about a second instead of tsx transforming the whole module graph at every start (~4 s of CPU each).
 * Inside the project folder (.tmp/) so the build finds node_modules and the files beside the code.
 */
export default async function setup(project: TestProject) {
  await mkdir(path.join(repoRoot, ".tmp"), { recursive: true });
  const dir = await mkdtemp(path.join(repoRoot, ".tmp", "vitest-server-"));
  const file = await buildServer(path.join(dir, "thidua.mjs"));
  project.provide("serverBundle", file);
  // In watch mode, each rerun runs the sources as they are now.
  project.onTestsRerun(async () => {
    await buildServer(file);
  });
  return async () => rm(dir, { recursive: true, force: true });
}
