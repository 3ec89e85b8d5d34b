import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, gt } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open";
import { auditHeads, auditLog } from "../db/schema";
import { ensureAuditKey } from "../modules/audit/audit-key";
import { writeDataDir } from "../test-support/data-dir";
import { runAuditCheckpoint, runAuditVerify } from "./audit";

// The commands on an embedded data dir holding the demo, as an operator runs them with the server stopped.
const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "thidua-audit-cli-")));
const dataDir = path.join(root, "data");
const env = { THIDUA_DATA_DIR: dataDir } as NodeJS.ProcessEnv;
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) }, out, err };
};

describe("thidua audit checkpoint / verify --checkpoint", () => {
  it("files a checkpoint of the demo, verifies it, then names a deleted tail", async () => {
    // What a first `thidua serve` with the demo leaves, from the run's template instead of building it again.
    await writeDataDir(dataDir, "demo");
    const key = ensureAuditKey(`${dataDir}.audit-key.pem`);

    const file = path.join(root, "moc.txt");
    const printed = capture();
    expect(await runAuditCheckpoint({ out: file }, printed.io, env)).toBe(0);
    expect(printed.out.join("")).toContain(`key: ${key.fingerprint}`);
    expect(fs.readFileSync(file, "utf8")).toBe(printed.out.join(""));

    const intact = capture();
    expect(await runAuditVerify({ checkpoint: file }, intact.io, env)).toBe(0);
    expect(intact.err).toEqual([]);
    expect(intact.out.at(-1)).toBe("Điểm đã công bố khớp với nhật ký (published scores match the log).");

    const tamper = await openDatabase({ kind: "pglite", dataDir });
    const [head] = await tamper.db.select().from(auditHeads);
    const keep = head!.lastSeq - 1;
    const where = and(eq(auditLog.councilId, head!.councilId), gt(auditLog.seq, keep));
    await tamper.db.delete(auditLog).where(where);
    const [last] = await tamper.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, head!.councilId), eq(auditLog.seq, keep)));
    await tamper.db
      .update(auditHeads)
      .set({ lastSeq: keep, lastHash: last!.hash! })
      .where(eq(auditHeads.councilId, head!.councilId));
    await tamper.close();

    const plain = capture();
    expect(await runAuditVerify({}, plain.io, env)).toBe(0);
    const against = capture();
    expect(await runAuditVerify({ checkpoint: file }, against.io, env)).toBe(1);
    expect(against.err.join("\n")).toContain(`nhật ký không còn bản ghi số ${head!.lastSeq}`);
  }, 240_000);
});
