import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { SummaryRow } from "./summary";
import { verdict } from "./summary";

// What a browser downloads before the first page shows: the entry script, every modulepreload and
// every stylesheet that web/dist/index.html names, each gzipped at level 9 (as `gzip -9`).
//   npx tsx bench/first-load.ts            builds the web app first (npm run build:web)
//   npx tsx bench/first-load.ts --no-build measures the existing web/dist
// In `npm run bench` it runs when no --only is given, or with --only=firstload.

const TARGET_KB = 250;
const dist = fileURLToPath(new URL("../web/dist/", import.meta.url));

export type LoadedFile = {
  readonly path: string;
  readonly kind: "js" | "css";
  readonly raw: number;
  readonly gzip: number;
};

/** The files index.html makes the browser fetch at once, with raw and gzip -9 sizes in bytes. */
export function firstLoadFiles(html: string, read: (path: string) => Buffer): LoadedFile[] {
  const paths = new Set<string>();
  const patterns = [
    /<script[^>]*type="module"[^>]*src="([^"]+)"/g,
    /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g,
    /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g,
  ];
  for (const pattern of patterns) for (const m of html.matchAll(pattern)) paths.add(m[1]!);
  return [...paths].map((path) => {
    const bytes = read(path.replace(/^\//, ""));
    return {
      path,
      kind: path.endsWith(".css") ? "css" : "js",
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
    };
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function benchFirstLoad(options: { build: boolean; print?: boolean } = { build: true }): SummaryRow[] {
  const argv = process.argv.slice(2);
  const only = argv.find((a) => a.startsWith("--only="));
  if (only && !only.includes("firstload")) return [];
  if (options.build) execFileSync("npm", ["run", "build:web", "--silent"], { stdio: "inherit" });
  const html = readFileSync(`${dist}index.html`, "utf8");
  const files = firstLoadFiles(html, (path) => readFileSync(`${dist}${path}`));
  const sum = (kind: "js" | "css", key: "raw" | "gzip") =>
    files.filter((f) => f.kind === kind).reduce((s, f) => s + f[key], 0);
  const total = sum("js", "gzip") + sum("css", "gzip");
  console.log("\n== First page load (web/dist/index.html, gzip -9) ==");
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${kb(f.gzip).padStart(7)} KB gz  ${kb(f.raw).padStart(7)} KB raw  ${f.path}`);
  }
  console.log(
    `JS ${kb(sum("js", "gzip"))} KB + CSS ${kb(sum("css", "gzip"))} KB = ${kb(total)} KB gzipped (${files.length} files; raw ${kb(sum("js", "raw") + sum("css", "raw"))} KB)`,
  );
  return [
    {
      benchmark: "first page load (JS+CSS gzip -9)",
      figure: `${kb(total)} KB`,
      target: `≤ ${TARGET_KB} KB`,
      verdict: verdict(total <= TARGET_KB * 1024),
    },
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [row] = benchFirstLoad({ build: !process.argv.includes("--no-build") });
  if (row) console.log(`${row.benchmark}: ${row.figure} (target ${row.target}) ${row.verdict}`);
}
