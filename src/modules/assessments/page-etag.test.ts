import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { grant, makeUser, TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { PDF, setUpCluster } from "./test-fixtures";

// The page is served from bytes built once per data version and kind of reader: these check that what a
// reader may see or do never leaks to another reader through them, and that a save is seen at once.

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let editor: Session;
let secondEditor: Session;
let viewer: Session;
let otherUnit: Session;
let head: Session;
let admin: Session;
let page: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  const second = await makeUser(database.db, [
    grant("unit_editor", s.cluster.councilId, { unitId: s.units[1]!.id }),
  ]);
  editor = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  secondEditor = await signIn(app, second.username, TEST_PASSWORD);
  viewer = await signIn(app, s.viewer.username, TEST_PASSWORD);
  otherUnit = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  page = `/api/clusters/${s.cluster.id}/assessments/${s.units[1]!.id}`;
});
afterAll(async () => {
  await database?.close();
});

type Page = {
  data: {
    can: { editSelf: boolean };
    criteria: { code: string; self: { value: unknown }; evidence: { name: string; canDelete: boolean }[] }[];
  };
};
const read = (session: Session, etag?: string) =>
  app.request(page, { headers: { cookie: session.cookie, ...(etag ? { "if-none-match": etag } : {}) } });
const i2 = async (res: Response) => ((await res.json()) as Page).data.criteria.find((c) => c.code === "I.2")!;

describe("one unit's assessment page, served once per data version", () => {
  it("answers 304 to a reader that has this version, and the new value with a new ETag after a save", async () => {
    const first = await read(editor);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^application\/json/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect((await i2(first)).self.value).toBeNull();

    const again = await read(editor, etag);
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expect((await read(editor, `W/${etag}`)).status).toBe(304);

    const saved = await call(app, editor, "PUT", `${page}/self-inputs`, {
      criterionCode: "I.2",
      value: { points: 4.5 },
      version: 0,
    });
    expect(saved.status).toBe(200);
    const after = await read(editor, etag);
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
    expect((await i2(after)).self.value).toEqual({ points: 4.5 });
  });

  it("still refuses a draft to another unit and to the head when they send the owner's ETag", async () => {
    const mine = await read(editor);
    const etag = mine.headers.get("etag")!;
    expect((await read(otherUnit, etag)).status).toBe(404);
    expect((await read(head, etag)).status).toBe(404);
  });

  it("gives each reader its own rights: a viewer may not edit, only the uploader and the admin may delete a file", async () => {
    const form = new FormData();
    form.set("criterionCode", "I.2");
    form.set("file", new File([Buffer.from(PDF)], "Kế hoạch.pdf"));
    const uploaded = await app.request(`${page}/evidence`, {
      method: "POST",
      headers: { cookie: editor.cookie, "x-csrf-token": editor.csrfToken },
      body: form,
    });
    expect(uploaded.status).toBe(200);

    const byUploader = await read(editor);
    expect((await i2(byUploader)).evidence).toEqual([
      expect.objectContaining({ name: "Kế hoạch.pdf", canDelete: true }),
    ]);
    const bySecond = await read(secondEditor);
    expect(bySecond.headers.get("etag")).not.toBe(byUploader.headers.get("etag"));
    expect((await i2(bySecond)).evidence).toEqual([expect.objectContaining({ canDelete: false })]);
    expect((await i2(await read(admin))).evidence).toEqual([expect.objectContaining({ canDelete: true })]);

    const byViewer = await read(viewer);
    expect(byViewer.status).toBe(200);
    const viewed = (await byViewer.json()) as Page;
    expect(viewed.data.can.editSelf).toBe(false);
    expect(viewed.data.criteria.find((c) => c.code === "I.2")!.evidence).toEqual([
      expect.objectContaining({ canDelete: false }),
    ]);
    // And the editor, read again after them, still has its own.
    const editorAgain = (await (await read(editor)).json()) as Page;
    expect(editorAgain.data.can.editSelf).toBe(true);
  });
});
