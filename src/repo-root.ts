import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

// thidua's files beside its code (migrations, fonts, the built web app) are found from the package root, not
// from the importing module's own location: the same code then runs from src/ through tsx and from the
// one-file build in dist/ (or a test run's .tmp/).

const isThiduaRoot = (dir: string): boolean => {
  const file = path.join(dir, "package.json");
  if (!existsSync(file)) return false;
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { name?: unknown }).name === "thidua";
  } catch {
    return false;
  }
};

/** The nearest directory at or above `from` holding thidua's package.json. */
export function findRepoRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (isThiduaRoot(dir)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`thidua's package.json not found above ${from}`);
  }
}

/** The root of the thidua package this code was loaded from. */
export const repoRoot = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
