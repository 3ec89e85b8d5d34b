import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../repo-root";
import { manyEntries, paddedWorkbook } from "../../test-support/zip-bomb";
import { assertSafeZip, XLSX_LIMITS } from "./zip-guard";

const MB = 1024 * 1024;
let workbook: Uint8Array;
let tmp: string;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("HL");
  ws.getCell("A1").value = "Tiêu chí";
  ws.getCell("D7").value = 9.5;
  workbook = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-zip-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("a ZIP is proved small before anything inflates it", () => {
  it("lets a real workbook through", async () => {
    await expect(assertSafeZip(workbook, XLSX_LIMITS)).resolves.toBeUndefined();
  });

  it("refuses a sheet declaring 400 MB of padding with 413, before inflating it", async () => {
    const bomb = await paddedWorkbook(workbook, 400 * MB);
    expect(bomb.byteLength).toBeLessThan(1 * MB);
    const err = await assertSafeZip(bomb, XLSX_LIMITS).catch((e) => e);
    expect(err).toMatchObject({ status: 413, code: "too_large" });
    expect(err.message).toMatch(/^Tệp nén quá lớn khi giải nén \(\d+ MB, tối đa 64 MB\)/);
  });

  it("counts what really inflates when the headers lie about the size", async () => {
    const liar = await paddedWorkbook(workbook, 400 * MB, true);
    const err = await assertSafeZip(liar, XLSX_LIMITS).catch((e) => e);
    expect(err).toMatchObject({ status: 413, message: expect.stringContaining("hơn 64 MB") });
  });

  it("refuses too many entries, and answers 422 for bytes that are not a ZIP", async () => {
    const many = await assertSafeZip(await manyEntries(1001), XLSX_LIMITS).catch((e) => e);
    expect(many).toMatchObject({ status: 413, message: expect.stringContaining("1001 mục, tối đa 1000") });
    const junk = await assertSafeZip(new TextEncoder().encode("không phải zip"), XLSX_LIMITS).catch((e) => e);
    expect(junk).toMatchObject({ status: 422, code: "unprocessable" });
  });

  it("keeps a process with a 128 MB heap alive and small while refusing a lying 400 MB bomb", async () => {
    const file = path.join(tmp, "bomb.xlsx");
    fs.writeFileSync(file, await paddedWorkbook(workbook, 400 * MB, true));
    const script = [
      `import fs from "node:fs";`,
      `import { loadXlsx } from "./src/modules/exchange/load-xlsx.ts";`,
      `const bytes = new Uint8Array(fs.readFileSync(${JSON.stringify(file)}));`,
      `const status = await loadXlsx(bytes).then(() => 200, (e) => e.status ?? String(e));`,
      `console.log(JSON.stringify({ status, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));`,
    ].join("\n");
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=128", "--import", "tsx", "--input-type=module", "-e", script],
      { cwd: repoRoot, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    expect(out.status).toBe(413);
    expect(out.maxRssMb).toBeLessThan(400);
  }, 120_000);
});
