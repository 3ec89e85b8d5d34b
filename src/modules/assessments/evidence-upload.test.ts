import { createHash, randomBytes } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog, blobs, files } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import {
  BOUNDARY,
  heldUpload,
  lazyUpload,
  MULTIPART,
  multipartHead,
  multipartTail,
} from "../../test-support/multipart";
import { chunkBytes } from "../files/chunk-store";
import { setUpCluster } from "./test-fixtures";

// Evidence uploads over HTTP on real SQL: streamed, capped, hashed as they arrive, and stored without
// making anyone else wait for the bytes.

const MB = 1024 * 1024;
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
  unit1 = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  unit2 = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
  url = `/api/clusters/${s.cluster.id}/assessments/${s.units[1]!.id}/evidence`;
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const post = async (session: Session, body: BodyInit, contentType = MULTIPART) =>
  app.request(url, {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken, "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);

type Body = { data?: { id: string; sha256: string; size: number }; message?: string; issues?: unknown[] };
const json = async (res: Response) => (await res.json()) as Body;

async function stored() {
  const { db } = database;
  const [b] = await db.select({ n: count() }).from(blobs);
  const [f] = await db.select({ n: count() }).from(files);
  const [a] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, "attach"), eq(auditLog.entity, "evidence")));
  return { blobs: Number(b?.n), files: Number(f?.n), audits: Number(a?.n) };
}

const pdfStart = Buffer.from("%PDF-1.4\n");

describe("streamed evidence uploads", () => {
  it("refuses a file over 20 MB with 413 before reading the rest of the body, and stores nothing", async () => {
    const before = await stored();
    const upload = lazyUpload({
      fields: { criterionCode: "I.2" },
      name: "to.pdf",
      start: pdfStart,
      size: 30 * MB,
    });
    const res = await post(unit1, upload.body);
    expect(res.status).toBe(413);
    const message = 'Tệp "to.pdf" lớn hơn giới hạn 20 MB.';
    expect(await json(res)).toMatchObject({ message, issues: [{ path: "file", message }] });
    // It stopped within a chunk or two of the cap: the last 9 MB were never asked for.
    expect(upload.pulled()).toBeLessThan(21 * MB);
    expect(upload.total).toBeGreaterThan(30 * MB);
    expect(await stored()).toEqual(before);
  });

  it("refuses a program from its first bytes with 415, without reading the rest", async () => {
    const before = await stored();
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);
    const upload = lazyUpload({
      fields: { criterionCode: "I.2" },
      name: "minh-chung.pdf",
      start: elf,
      size: 15 * MB,
    });
    const res = await post(unit1, upload.body);
    expect(res.status).toBe(415);
    expect((await json(res)).message).toMatch(/không phải PDF, ảnh, Word hay Excel/);
    expect(upload.pulled()).toBeLessThan(2 * MB);
    expect(await stored()).toEqual(before);
  });

  it("lets another user read and make an audited write while an upload is in flight, then stores the file with its SHA-256 and its audit row", async () => {
    const file = Buffer.concat([pdfStart, randomBytes(3 * MB), Buffer.from("\n%%EOF\n")]);
    const sha256 = createHash("sha256").update(file).digest("hex");
    const held = heldUpload();
    let answered = false;
    const uploading = post(unit1, held.body).then((res) => {
      answered = true;
      return res;
    });
    held.push(multipartHead({ criterionCode: "I.2" }, { name: "Báo cáo lớn.pdf" }));
    held.push(file.subarray(0, 2 * MB));

    // While the bytes move: another unit lists clusters and saves a score, which appends to the
    // council's audit chain (the head the upload will take later, for a moment).
    const list = await call(app, unit2, "GET", "/api/clusters");
    expect(list.status).toBe(200);
    const saved = await call(
      app,
      unit2,
      "PUT",
      `/api/clusters/${s.cluster.id}/assessments/${s.units[2]!.id}/self-inputs`,
      {
        criterionCode: "I.2",
        value: { points: 4 },
        note: "",
        version: 0,
      },
    );
    expect(saved.status).toBe(200);
    expect(answered).toBe(false);

    held.push(file.subarray(2 * MB));
    held.push(multipartTail());
    held.end();
    const res = await uploading;
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.data).toMatchObject({ sha256, size: file.byteLength });

    const [blob] = await database.db.select().from(blobs).where(eq(blobs.sha256, sha256));
    expect(blob?.size).toBe(file.byteLength);
    expect(
      createHash("sha256")
        .update(await chunkBytes(database.db, blob!.chunkSet!))
        .digest("hex"),
    ).toBe(sha256);
    const audit = await database.db
      .select({ after: auditLog.after, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.action, "attach"), eq(auditLog.entity, "evidence")));
    expect(audit).toContainEqual({
      actorId: (s.editors[1]!.actor as { userId: string }).userId,
      after: { fileId: body.data!.id, name: "Báo cáo lớn.pdf", sha256, size: file.byteLength },
    });
    const down = await call(app, unit1, "GET", `${url}/${body.data!.id}`);
    expect(
      createHash("sha256")
        .update(Buffer.from(await down.arrayBuffer()))
        .digest("hex"),
    ).toBe(sha256);
  });

  it("does not keep another user waiting for the end of an upload whose body is already in memory", async () => {
    // On the embedded database a statement settles as a microtask: without a turn of the event loop
    // between chunks, such an upload was written whole before a request arriving meanwhile (a timer
    // here, a socket on a server) got in.
    const file = Buffer.concat([pdfStart, randomBytes(6 * MB), Buffer.from("\n%%EOF\n")]);
    const form = new FormData();
    form.set("criterionCode", "I.2");
    form.set("file", new File([file], "Trong bộ nhớ.pdf", { type: "application/pdf" }));
    const done: string[] = [];
    const request = app.request(url, {
      method: "POST",
      headers: { cookie: unit1.cookie, "x-csrf-token": unit1.csrfToken },
      body: form,
    });
    const uploading = Promise.resolve(request).then((res) => {
      done.push("upload");
      return res;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const list = await call(app, unit2, "GET", "/api/clusters");
    done.push("list");
    expect(list.status).toBe(200);
    expect((await uploading).status).toBe(200);
    expect(done).toEqual(["list", "upload"]);
  });

  it("answers 400 at the file field for malformed multipart, 415 for a body that is not multipart", async () => {
    const before = await stored();
    const cut = Buffer.concat([multipartHead({ criterionCode: "I.2" }, { name: "a.pdf" }), pdfStart]);
    const truncated = await post(unit1, cut);
    expect(truncated.status).toBe(400);
    expect(await json(truncated)).toMatchObject({
      issues: [{ path: "file", message: expect.stringMatching(/^Không đọc được dữ liệu tệp gửi lên/) }],
    });
    const noBoundary = await post(unit1, cut, "multipart/form-data");
    expect([noBoundary.status, (await json(noBoundary)).issues]).toEqual([
      400,
      [
        {
          path: "file",
          message: "Không đọc được dữ liệu tệp gửi lên (thiếu ranh giới multipart); hãy gửi lại.",
        },
      ],
    ]);
    const noFile = await post(unit1, `--${BOUNDARY}--\r\n`);
    expect([noFile.status, (await json(noFile)).issues]).toEqual([
      400,
      [{ path: "file", message: "Cần chọn tệp minh chứng (PDF, ảnh, Word hoặc Excel)" }],
    ]);
    const badField = await post(
      unit1,
      Buffer.concat([
        multipartHead({ criterionCode: "I.\u00002" }, { name: "a.pdf" }),
        pdfStart,
        multipartTail(),
      ]),
    );
    expect([badField.status, (await json(badField)).issues]).toMatchObject([
      400,
      [{ path: "criterionCode" }],
    ]);
    const asJson = await post(unit1, JSON.stringify({ criterionCode: "I.2" }), "application/json");
    expect(asJson.status).toBe(415);
    expect(await stored()).toEqual(before);
  });
});
