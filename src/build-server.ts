import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { repoRoot } from "./repo-root";

// The server and CLI in one file: node starts it in about a third of the time tsx takes to transform the
// module graph on every start. Packages stay in node_modules; files beside the code are found from the
// package root (src/repo-root.ts), so the file must sit inside the project folder (dist/, .tmp/).

/** The build `npm start` runs; `npm run thidua` and `npx thidua` run the sources through tsx. */
export const SERVER_BUNDLE = path.join(repoRoot, "dist", "thidua.mjs");

/** Bundles src/cli/main.ts into `outfile` (with a linked source map beside it). */
export async function buildServer(outfile: string = SERVER_BUNDLE): Promise<string> {
  await build({
    entryPoints: [path.join(repoRoot, "src", "cli", "main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    logLevel: "warning",
  });
  return outfile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await buildServer();
