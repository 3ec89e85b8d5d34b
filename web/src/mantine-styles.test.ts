import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The app loads Mantine's styles component by component (mantine-styles.ts). A component used anywhere
// in web/src without its styles would show unstyled; this walks what each component builds on.

const here = dirname(fileURLToPath(import.meta.url));
const mantine = resolve(here, "../../node_modules/@mantine/core");

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });

/** Every name imported from "@mantine/core" in the app. */
const usedComponents = (): Set<string> => {
  const names = new Set<string>();
  for (const file of sourceFiles(here)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/import\s*(?:type\s*)?\{([^}]+)\}\s*from\s*"@mantine\/core"/g)) {
      for (const part of m[1]!.split(",")) {
        const name = part.replace(/^\s*type\s+/, "").trim();
        if (name) names.add(name);
      }
    }
  }
  return names;
};

/** The CSS modules a component's code reaches (its own and those of the components it builds on). */
const stylesReached = (components: Iterable<string>): Set<string> => {
  const seen = new Set<string>();
  const styles = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const own = /\/([A-Za-z]+)\.module\.mjs$/.exec(file);
    if (own) styles.add(own[1]!);
    for (const m of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g))
      visit(resolve(dirname(file), m[1]!));
  };
  for (const c of components) visit(join(mantine, "esm/components", c, `${c}.mjs`));
  return styles;
};

const imported = (): string[] =>
  [
    ...readFileSync(join(here, "mantine-styles.ts"), "utf8").matchAll(
      /@mantine\/core\/styles\/([A-Za-z-]+)\.css/g,
    ),
  ].map((m) => m[1]!);

describe("Mantine styles", () => {
  it("imports the styles of every component in use and of those they build on", () => {
    const used = usedComponents();
    // Sanity: the scan finds what the shell and the tables obviously use.
    expect(used).toContain("AppShell");
    expect(used).toContain("Table");
    const needed = stylesReached(used);
    expect(needed).toContain("Input");
    const missing = [...needed].filter((s) => !imported().includes(s));
    expect(missing).toEqual([]);
  });

  it("names only style files that exist, base styles first", () => {
    const list = imported();
    expect(list.slice(0, 3)).toEqual(["baseline", "default-css-variables", "global"]);
    for (const name of list) expect(existsSync(join(mantine, "styles", `${name}.css`))).toBe(true);
  });
});
