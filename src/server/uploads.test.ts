import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openTestDatabase } from "../db/testing";
import { setUpCluster } from "../modules/assessments/test-fixtures";
import { TEST_PASSWORD } from "../test-support/factories";
import { type Session, signIn } from "../test-support/http";
import { lazyUpload, MULTIPART, multipartHead } from "../test-support/multipart";
import { type App, createApp } from "./app";

// Every upload route of the OpenAPI document reads its body through the one streaming reader: the same
// cap, the same early stop, the same answers to a broken body. Nothing here reaches a use case.

const MB = 1024 * 1024;
let database: Database;
let app: App;
let admin: Session;
let uploadPaths: string[];

beforeAll(async () => {
  database = await openTestDatabase();
  const s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
  };
  uploadPaths = Object.entries(doc.paths)
    .filter(([, ops]) => ops.post?.requestBody?.content["multipart/form-data"])
    .map(([path]) => path.replace(/\{[^}]+\}/g, () => randomUUID()));
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const post = async (path: string, body: BodyInit, contentType = MULTIPART) =>
  app.request(path, {
    method: "POST",
    headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken, "content-type": contentType },
    body,
    duplex: "half",
  } as RequestInit);

describe("every upload route", () => {
  it("is found in the OpenAPI document (six attachment routes and the scoring sheet)", () => {
    expect(uploadPaths).toHaveLength(7);
  });

  it("stops an oversized file at the route's cap with 413 and its own message, reading little past it", async () => {
    for (const path of uploadPaths) {
      const upload = lazyUpload({ name: "to.pdf", start: Buffer.from("%PDF-1.4\n"), size: 26 * MB });
      const res = await post(path, upload.body);
      const body = (await res.json()) as { message: string; issues: { path: string }[] };
      expect([path, res.status], body.message).toEqual([path, 413]);
      expect(body.message).toMatch(/^Tệp "to\.pdf" lớn hơn giới hạn (20|5) MB\.$/);
      expect(body.issues).toEqual([{ path: "file", message: body.message }]);
      expect(upload.pulled(), path).toBeLessThan(21 * MB);
    }
  });

  it("answers a cut-off body with 400 at the file field, never 500", async () => {
    const cut = Buffer.concat([multipartHead({}, { name: "a.pdf" }), Buffer.from("%PDF-1.4\n")]);
    for (const path of uploadPaths) {
      const res = await post(path, cut);
      const body = (await res.json()) as { issues: { path: string; message: string }[] };
      expect([path, res.status]).toEqual([path, 400]);
      expect(body.issues[0]).toMatchObject({
        path: "file",
        message: expect.stringMatching(/^Không đọc được/),
      });
    }
  });
});
