import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseClusterYear, scoreClusterYear } from "../core/scoring";
import { openDatabase } from "../db/open";
import { writeDataDir } from "../test-support/data-dir";
import { makeCouncil } from "../test-support/factories";
import { runExport } from "./export";
import { runImport } from "./import";
import { runScore } from "./score";

const fixture = (name: string) => new URL(`../core/scoring/fixtures/${name}`, import.meta.url).pathname;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-import-"));
const env = { THIDUA_DATA_DIR: dataDir };
// A migrated installation without a council (what `thidua migrate` leaves), from the run's template.
beforeAll(() => writeDataDir(dataDir, "migrated"), 180_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) } };
}
async function addCouncil(): Promise<string> {
  const database = await openDatabase({ kind: "pglite", dataDir });
  try {
    const { councilId } = await makeCouncil(database.db);
    const [row] = await database.db.query.councils.findMany({ where: (c, { eq }) => eq(c.id, councilId) });
    return row!.code;
  } finally {
    await database.close();
  }
}

describe("thidua import and thidua export", () => {
  let councilCode: string;

  it("asks for a council first when there is none", async () => {
    const r = io();
    expect(await runImport(fixture("cum1-2020.json"), r.io, {}, env)).toBe(2);
    expect(r.err).toEqual(["Chưa có cơ quan nào: hãy chạy `thidua admin create` trước."]);
  });

  it("imports a file into the only council and says what it created", async () => {
    councilCode = await addCouncil();
    const r = io();
    expect(await runImport(fixture("cum1-2020.json"), r.io, {}, env)).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out[0]).toContain("Đã nhập cụm CUM1 năm 2020");
    expect(r.out[0]).toContain("đơn vị tạo mới (hiệu lực từ 01/01/2020): HL, UB, QY, DT, CP, MC");
    expect(r.out[0]).toContain("kết quả: 6 đơn vị đã công bố, 86 giá trị");
  });

  it("refuses a bad file with the same located lines as `thidua score`, writing nothing", async () => {
    const score = io();
    expect(await runScore(fixture("bad-content.json"), score.io)).toBe(2);
    const r = io();
    expect(await runImport(fixture("bad-content.json"), r.io, {}, env)).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err).toEqual(score.err);
    expect(r.err).toContain('scores.HL["I.1"].points: must be at most 10 (the criterion\'s max)');
  });

  it("refuses to import the same cluster-year twice", async () => {
    const r = io();
    expect(await runImport(fixture("cum1-2020.json"), r.io, {}, env)).toBe(2);
    expect(r.err).toEqual([
      'Cụm "CUM1" năm 2020 đã có kết quả chấm điểm; không nhập đè. Không có gì thay đổi.',
    ]);
  });

  it("exports the cluster-year to stdout as a file that ranks like the original", async () => {
    const r = io();
    expect(await runExport({ cluster: "CUM1", year: "2020" }, r.io, env)).toBe(0);
    const exported = parseClusterYear(r.out[0]!);
    const original = parseClusterYear(fs.readFileSync(fixture("cum1-2020.json"), "utf8"));
    if (!exported.ok || !original.ok) throw new Error("both files must be valid");
    expect(scoreClusterYear(exported.file)).toEqual(scoreClusterYear(original.file));
  });

  it("writes the export to --out, and says when the cluster is unknown", async () => {
    const out = path.join(dataDir, "cum1.json");
    const r = io();
    expect(await runExport({ cluster: "CUM1", year: 2020, out }, r.io, env)).toBe(0);
    expect(r.out).toEqual([`Đã ghi ${out}`]);
    expect(parseClusterYear(fs.readFileSync(out, "utf8")).ok).toBe(true);
    const missing = io();
    expect(await runExport({ cluster: "CUM9", year: 2020 }, missing.io, env)).toBe(2);
    expect(missing.err).toEqual(['Không có cụm "CUM9" năm 2020.']);
  });

  it("needs --council once there are several councils", async () => {
    const second = await addCouncil();
    const r = io();
    expect(await runImport(fixture("cum1-2020.json"), r.io, {}, env)).toBe(2);
    expect(r.err[0]).toMatch(/^Có 2 cơ quan \(.+\): hãy chọn bằng --council CODE\.$/);
    const ok = io();
    expect(await runImport(fixture("cum1-2020.json"), ok.io, { council: second }, env)).toBe(0);
    const ambiguous = io();
    expect(await runExport({ cluster: "CUM1", year: 2020 }, ambiguous.io, env)).toBe(2);
    expect(ambiguous.err[0]).toMatch(/hãy chọn bằng --council CODE/);
    const picked = io();
    expect(await runExport({ cluster: "CUM1", year: 2020, council: councilCode }, picked.io, env)).toBe(0);
  });
});
