import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScore } from "../../cli/score";
import { vietnameseIssue } from "./messages-vi";
import { parseClusterYear } from "./parse";

const file = (units: unknown) => ({
  format: "thidua.cluster-year/v1",
  cluster: { code: "CUM1", name: "Cụm 1" },
  year: 2020,
  units,
  criteria: [{ code: "I", title: "Tiêu chí", method: "manual", max: 10 }],
});

describe("cluster-year files built to hurt", () => {
  it("nested 8,259 levels deep are refused, as text or as a parsed value", () => {
    const text = `${"[".repeat(8259)}${"]".repeat(8259)}`;
    expect(parseClusterYear(text)).toEqual({
      ok: false,
      issues: [{ path: "", message: "nested deeper than 64 levels" }],
    });
    let deep: unknown = [];
    for (let i = 0; i < 8259; i++) deep = [deep];
    expect(parseClusterYear(file(deep))).toMatchObject({ ok: false, issues: [{ path: "" }] });
  });

  it("holding NUL or half a surrogate pair are refused where they are", () => {
    const result = parseClusterYear(
      JSON.stringify(
        file([
          { code: "HL", name: "Hạ\u0000Long" },
          { code: "U\ud800", name: "Uông Bí" },
        ]),
      ),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: "units[0].name",
          message:
            "contains a character that cannot be stored (NUL or half of a surrogate pair) at character 3",
        },
        {
          path: "units[1].code",
          message:
            "contains a character that cannot be stored (NUL or half of a surrogate pair) at character 2",
        },
      ],
    });
    expect(vietnameseIssue(result.ok ? "" : result.issues[0]!.message)).toBe(
      "Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi) ở ký tự thứ 3",
    );
  });

  it("make `thidua score` exit 2 with a line saying why, not overflow the stack", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-deep-"));
    const deepFile = path.join(dir, "deep.json");
    fs.writeFileSync(deepFile, `{"units":${"[".repeat(20_000)}${"]".repeat(20_000)}}`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runScore(deepFile, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join("\n")).toContain("nested deeper than 64 levels");
  });
});
