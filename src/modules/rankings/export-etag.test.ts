import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { fillSelf, setUpCluster } from "../assessments/test-fixtures";
import { RANKING_HEADER_ROW } from "./ranking-workbook";

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let unit1: Session;
let unit2: Session;
let url: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  await fillSelf(database.db, s.editors[1]!.actor, s.cluster.id, s.units[1]!.id);
  unit1 = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  unit2 = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
  url = `/api/clusters/${s.cluster.id}/ranking.xlsx?stage=self`;
});
afterAll(async () => {
  await database?.close();
});

const download = (session: Session, etag?: string) =>
  app.request(url, { headers: { cookie: session.cookie, ...(etag ? { "if-none-match": etag } : {}) } });

/** The "Tổng điểm" of the unit's row on the ranking sheet. */
async function totalOf(res: Response, unitCode: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.getWorksheet("Xếp hạng")!;
  for (let r = RANKING_HEADER_ROW + 1; r <= ws.rowCount; r++) {
    if (ws.getRow(r).getCell(2).value === unitCode) return ws.getRow(r).getCell(4).value as number;
  }
  throw new Error(`no row for ${unitCode}`);
}

describe("the ranking's Excel export and its version", () => {
  it("answers 304 to a browser that has this version, and a new file with a new ETag after a save", async () => {
    const code = s.units[1]!.code;
    const first = await download(unit1);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const before = await totalOf(first, code);

    const again = await download(unit1, etag!);
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(etag);
    expect((await again.arrayBuffer()).byteLength).toBe(0);

    // Another unit sees another ranking (its own self-scores): the first unit's version is not theirs.
    const other = await download(unit2, etag!);
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).not.toBe(etag);

    // I.2 is scored by its points: 5.5 → 3.5 takes 2 points off the total.
    const saved = await call(
      app,
      unit1,
      "PUT",
      `/api/clusters/${s.cluster.id}/assessments/${s.units[1]!.id}/self-inputs`,
      {
        criterionCode: "I.2",
        value: { points: 3.5 },
        version: 1,
      },
    );
    expect(saved.status).toBe(200);
    const after = await download(unit1, etag!);
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(await totalOf(after, code)).toBeCloseTo(before - 2, 10);
  });
});
