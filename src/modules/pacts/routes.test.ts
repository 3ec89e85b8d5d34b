import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import type { PactResponse } from "../../contracts/pacts";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { pactRoutes } from "./routes";
import { criterionOf, setUpCluster } from "./test-fixtures";

const pdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let admin: Session;
let head: Session;
let editor: Session;
let foreign: Session;
let base: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind });
  // Until the lead mounts the router in src/server/app.ts, the test mounts it itself.
  if (!app.routes.some((r) => r.path === "/api/pact-templates")) app.route("/", pactRoutes);
  s = await setUpCluster(database.db);
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  editor = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  foreign = await signIn(app, s.foreignAdmin.username, TEST_PASSWORD);
  base = `/api/clusters/${s.cluster.id}/pact`;
});
afterAll(async () => {
  await database?.close();
});

const dataOf = async (res: Response) => ((await res.json()) as { data: PactResponse }).data;

function upload(session: Session, name: string, bytes: Uint8Array) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], name));
  return app.request(`${base}/scan`, {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrfToken },
    body: form,
  });
}

describe("the pact over HTTP", () => {
  it("lists templates, starts from one, and is in the OpenAPI document", async () => {
    const templates = await call(app, editor, "GET", "/api/pact-templates");
    expect(await templates.json()).toEqual({
      data: [{ id: "propaganda", title: expect.any(String), maxPoints: 100 }],
    });
    expect(await dataOf(await call(app, editor, "GET", base))).toEqual({ pact: null, canCreate: false });
    const created = await call(app, head, "POST", base, { source: "template", templateId: "propaganda" });
    expect(created.status).toBe(200);
    expect((await dataOf(created)).pact).toMatchObject({ status: "draft", version: 1, maxPoints: 100 });
    const doc = (await (await app.request("/api/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/clusters/{id}/pact",
        "/api/clusters/{id}/pact/targets",
        "/api/clusters/{id}/pact/sign",
        "/api/clusters/{id}/pact/scan",
        "/api/clusters/{id}/pact/scan/{fileId}",
        "/api/pact-templates",
      ]),
    );
  });

  it("answers each refusal with its status and a located Vietnamese message", async () => {
    const { pact } = await dataOf(await call(app, admin, "GET", base));
    const criteria = structuredClone(pact!.criteria) as Criterion[];
    expect((await call(app, null, "GET", base)).status).toBe(401);
    const noCsrf = await call(app, admin, "PUT", base, { version: 1, criteria }, { csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(await call(app, editor, "PUT", base, { version: 1, criteria })).toHaveProperty("status", 403);
    expect((await call(app, foreign, "GET", base)).status).toBe(404);
    expect((await call(app, admin, "GET", "/api/clusters/khong-phai-uuid/pact")).status).toBe(400);

    Object.assign(criterionOf(criteria, "III.1"), { max: -2 });
    const invalid = await call(app, admin, "PUT", base, { version: 1, criteria });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: "validation",
      issues: [{ path: "criteria[2].children[0].max", message: "Phải là một số ≥ 0" }],
    });
    const target = await call(app, head, "PUT", `${base}/targets`, {
      version: 1,
      criterionCode: "IV.1",
      targets: { [s.units[0]!.code]: 0 },
    });
    expect(target.status).toBe(400);
    expect(((await target.json()) as { issues: { path: string }[] }).issues[0]?.path).toContain("targets");

    Object.assign(criterionOf(criteria, "III.1"), { max: 8 });
    expect((await call(app, admin, "PUT", base, { version: 1, criteria })).status).toBe(200);
    const stale = await call(app, head, "PUT", base, { version: 1, criteria });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({
      error: "conflict",
      message: expect.stringContaining("phiên bản 2"),
      issues: expect.arrayContaining([{ path: "version", message: expect.stringContaining("2") }]),
    });
  });

  it("takes the scan of the signed pact as a real PDF, refuses a program named .pdf, and serves it back by name", async () => {
    const { pact } = await dataOf(await call(app, admin, "GET", base));
    expect((await call(app, head, "POST", `${base}/open-signing`, { version: pact!.version })).status).toBe(
      200,
    );
    const signed = await call(app, editor, "POST", `${base}/sign`, { signerName: "Trần Thị Bình" });
    expect(((await dataOf(signed)).pact?.members ?? []).filter((m) => m.signature !== null)).toHaveLength(1);

    const program = await upload(head, "giao-uoc.pdf", elf);
    expect(program.status).toBe(415);
    expect(await program.json()).toMatchObject({ error: "invalid_file", issues: [{ path: "file" }] });
    expect((await upload(editor, "giao-uoc.pdf", pdf)).status).toBe(403);
    const notMultipart = await call(app, head, "POST", `${base}/scan`, { file: "x" });
    expect(notMultipart.status).toBe(415);

    const res = await upload(head, "Giao ước thi đua 2020.pdf", pdf);
    expect(res.status).toBe(200);
    const scan = (await dataOf(res)).pact?.scan;
    expect(scan).toMatchObject({ name: "Giao ước thi đua 2020.pdf", size: pdf.byteLength });
    const download = await call(app, editor, "GET", `${base}/scan/${scan!.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(
      "inline; filename=\"Giao uoc thi dua 2020.pdf\"; filename*=UTF-8''Giao%20%C6%B0%E1%BB%9Bc%20thi%20%C4%91ua%202020.pdf",
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    expect((await call(app, foreign, "GET", `${base}/scan/${scan!.id}`)).status).toBe(404);
    const unknown = `${base}/scan/00000000-0000-4000-8000-000000000000`;
    expect((await call(app, editor, "GET", unknown)).status).toBe(404);
  });
});
