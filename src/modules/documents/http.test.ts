import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openDemoTestDatabase } from "../../db/testing";
import { DEMO_PASSWORD } from "../../demo/seed-data";
import { createApp } from "../../server/app";
import { makeCluster, makeCouncil, makeUnits, system } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { createPact } from "../pacts/create-pact";
import { setDocumentIssuer } from "./document-settings";
import { pdfPages, pdfText, unzipEntries } from "./test-files";

let database: Database;
let app: ReturnType<typeof createApp>;
let admin: Session;
let halong: Session;
let mongcai: Session;
let clusterId: string;
let councilId: string;

beforeAll(async () => {
  // The demo as createDemo() makes it, built once per run (src/db/testing.ts).
  database = await openDemoTestDatabase();
  app = createApp({ db: database.db, databaseKind: "pglite" });
  admin = await signIn(app, "admin", DEMO_PASSWORD);
  halong = await signIn(app, "halong", DEMO_PASSWORD);
  mongcai = await signIn(app, "mongcai", DEMO_PASSWORD);
  const list = (await (await call(app, admin, "GET", "/api/clusters?year=2020")).json()) as {
    data: { id: string; councilId: string }[];
  };
  clusterId = list.data[0]!.id;
  councilId = list.data[0]!.councilId;
}, 240_000);
afterAll(async () => {
  await database?.close();
});

const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const squash = (s: string) => s.replace(/\s+/g, " ");

describe("the demo's documents", () => {
  it("downloads Cụm 1's 2020 year-end report as issued, in the Party layout", async () => {
    const res = await call(app, mongcai, "GET", `/api/clusters/${clusterId}/year-end-report.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const text = squash(pdfText(await bytesOf(res), "demo-year-end-report"));
    for (const line of [
      "THÀNH ỦY HẠ LONG",
      "BAN TUYÊN GIÁO",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số 01-BC/BTGThU",
      "Hạ Long, ngày 24 tháng 11 năm 2020",
      "BÁO CÁO",
      "T/M CỤM THI ĐUA",
      "CỤM TRƯỞNG",
      "Phan Thị Hải Hường",
      "Ban Tuyên giáo Thị ủy Đông Triều",
      "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2021",
    ])
      expect(text).toContain(line);
    expect(pdfPages("demo-year-end-report")).toBeGreaterThanOrEqual(1);
  });

  it("prints the ranking exactly as the ranking page shows it", async () => {
    const ranking = (await (
      await call(app, mongcai, "GET", `/api/clusters/${clusterId}/ranking`)
    ).json()) as {
      data: { rows: { rank: number; name: string; total: number }[] };
    };
    expect(ranking.data.rows).toHaveLength(6);
    const xml =
      (
        await unzipEntries(
          await bytesOf(await call(app, mongcai, "GET", `/api/clusters/${clusterId}/year-end-report.docx`)),
        )
      )
        .get("word/document.xml")
        ?.toString("utf8") ?? "";
    for (const r of ranking.data.rows) {
      expect(xml).toContain(r.name);
      expect(xml).toContain(r.total.toFixed(2).replace(".", ","));
    }
  });

  it("downloads the signed pact with every member's signature", async () => {
    const res = await call(app, halong, "GET", `/api/clusters/${clusterId}/pact.pdf`);
    expect(res.status).toBe(200);
    const text = squash(pdfText(await bytesOf(res), "demo-pact"));
    expect(text).toContain("GIAO ƯỚC THI ĐUA");
    expect(text).toContain("Hạ Long, ngày 14 tháng 02 năm 2020");
    expect(text).toContain("Phan Thị Hải Hường");
    expect(text.match(/\(Đã ký ngày 14\/02\/2020\)/g)).toHaveLength(6);
    pdfPages("demo-pact");
    const docx = await call(app, halong, "GET", `/api/clusters/${clusterId}/pact.docx`);
    expect(docx.headers.get("content-disposition")).toContain('filename="giao-uoc-CUM1-2020.docx"');
  });

  it("names every signer as a person with their post, on the pact page and in the pact", async () => {
    const signers: [string, string, string][] = [
      ["HL", "Phan Thị Hải Hường", "Trưởng ban Tuyên giáo Thành ủy Hạ Long"],
      ["UB", "Nguyễn Văn An", "Trưởng ban Tuyên giáo Thành ủy Uông Bí"],
      ["QY", "Trần Thị Bình", "Trưởng ban Tuyên giáo Thị ủy Quảng Yên"],
      ["DT", "Lê Văn Cường", "Trưởng ban Tuyên giáo Thị ủy Đông Triều"],
      ["CP", "Phạm Thị Dung", "Trưởng ban Tuyên giáo Thành ủy Cẩm Phả"],
      ["MC", "Vũ Văn Hải", "Trưởng ban Tuyên giáo Thành ủy Móng Cái"],
    ];
    const page = (await (await call(app, mongcai, "GET", `/api/clusters/${clusterId}/pact`)).json()) as {
      data: { pact: { members: { code: string; signature: { signerName: string; signerPost: string } }[] } };
    };
    const shown = page.data.pact.members.map((m) => [m.code, m.signature.signerName, m.signature.signerPost]);
    expect(shown.sort()).toEqual([...signers].sort());
    // The signature block prints the post in capitals above the name (Guidance 36-HD/VPTW).
    const docx = await bytesOf(await call(app, mongcai, "GET", `/api/clusters/${clusterId}/pact.docx`));
    const xml = (await unzipEntries(docx)).get("word/document.xml")?.toString("utf8") ?? "";
    const words = xml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    for (const [, name, post] of signers) {
      expect(words).toContain(name);
      expect(words).toContain(post.toLocaleUpperCase("vi"));
    }
  });

  it("downloads the proposal to the council naming the leading unit", async () => {
    const text = squash(
      pdfText(
        await bytesOf(await call(app, admin, "GET", `/api/clusters/${clusterId}/proposal.pdf`)),
        "demo-proposal",
      ),
    );
    expect(text).toContain("TỜ TRÌNH");
    expect(text).toContain("Số 01-TTr/BTGThU");
    expect(text).toContain("Kính gửi: Ban Tuyên giáo Tỉnh ủy Quảng Ninh");
    expect(text).toContain("Hạ Long, ngày 25 tháng 11 năm 2020");
    expect(text).toMatch(/công nhận Ban Tuyên giáo Thành ủy Hạ Long \(tổng điểm [\d,]+\) là đơn vị dẫn đầu/);
    pdfPages("demo-proposal");
  });

  it("bundles the dossier (proposal, year-end report, the conference's approved minutes) as one PDF and as a ZIP of Word files", async () => {
    const pdf = await call(app, halong, "GET", `/api/clusters/${clusterId}/proposal-dossier.pdf`);
    const text = squash(pdfText(await bytesOf(pdf), "demo-dossier"));
    expect(text.indexOf("TỜ TRÌNH")).toBeLessThan(text.indexOf("BÁO CÁO"));
    expect(text.indexOf("BÁO CÁO")).toBeLessThan(text.indexOf("BIÊN BẢN"));
    expect(pdfPages("demo-dossier")).toBeGreaterThanOrEqual(4);
    const zip = await call(app, halong, "GET", `/api/clusters/${clusterId}/proposal-dossier.zip`);
    expect(zip.headers.get("content-type")).toBe("application/zip");
    const entries = await unzipEntries(await bytesOf(zip));
    expect([...entries.keys()]).toEqual([
      "01-to-trinh-CUM1-2020.docx",
      "02-bao-cao-tong-ket-CUM1-2020.docx",
      "03-bien-ban-CUM1-2020.docx",
    ]);
    const inner = await unzipEntries(new Uint8Array(entries.get("01-to-trinh-CUM1-2020.docx")!));
    expect(inner.get("word/document.xml")?.toString("utf8")).toContain("Số 01-TTr/BTGThU");
    const minutes = await unzipEntries(new Uint8Array(entries.get("03-bien-ban-CUM1-2020.docx")!));
    expect(minutes.get("word/document.xml")?.toString("utf8")).toContain("BIÊN BẢN");
  });

  it("downloads each unit's 2020 report as that unit heads it, signed by its head or the signer it named on the pact", async () => {
    const list = (await (await call(app, mongcai, "GET", `/api/reports?clusterId=${clusterId}`)).json()) as {
      data: { id: string; unitName: string }[];
    };
    const idOf = (place: string) => list.data.find((r) => r.unitName.includes(place))?.id;
    const dt = await call(app, mongcai, "GET", `/api/reports/${idOf("Đông Triều")}/document.pdf`);
    expect(dt.status).toBe(200);
    const text = squash(pdfText(await bytesOf(dt), "demo-unit-report-dt"));
    for (const line of [
      "THỊ ỦY ĐÔNG TRIỀU",
      "BAN TUYÊN GIÁO",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "-BC/BTGTU",
      "Đông Triều, ngày 13 tháng 11 năm 2020",
      "Kết quả công tác năm 2020",
      // The head's post in capitals over the name (the recipients' column runs beside it).
      "TRƯỞNG BAN TUYÊN GIÁO THỊ ỦY",
      "Lê Văn Cường",
    ])
      expect(text).toContain(line);
    pdfPages("demo-unit-report-dt");
    const hl = await call(app, halong, "GET", `/api/reports/${idOf("Hạ Long")}/document.docx`);
    const xml = (await unzipEntries(await bytesOf(hl))).get("word/document.xml")?.toString("utf8") ?? "";
    expect(xml).toContain("THÀNH ỦY HẠ LONG");
    expect(xml).toContain("TRƯỞNG BAN TUYÊN GIÁO THÀNH ỦY HẠ LONG");
    expect(xml).toContain("Phan Thị Hải Hường");
  });

  it("lists how the council and each member head their documents, changeable by the council's admin only", async () => {
    const read = async (who: Session) =>
      (await (await call(app, who, "GET", `/api/clusters/${clusterId}/document-issuers`)).json()) as {
        data: {
          canChange: boolean;
          issuers: { role: string; name: string; configured: boolean; symbol: string; place: string }[];
        };
      };
    const seen = await read(halong);
    expect(seen.data.canChange).toBe(false);
    expect(seen.data.issuers.map((i) => [i.role, i.symbol, i.place, i.configured]).slice(0, 3)).toEqual([
      ["council", "BTGTU", "Hạ Long", true],
      ["head", "BTGThU", "Hạ Long", true],
      ["deputy", "BTGThU", "Uông Bí", true],
    ]);
    expect(seen.data.issuers).toHaveLength(7);
    expect((await read(admin)).data.canChange).toBe(true);
  });

  it("lists the documents with their numbers and who may issue", async () => {
    const res = await call(app, halong, "GET", `/api/clusters/${clusterId}/documents`);
    const body = (await res.json()) as {
      data: {
        layout: string;
        documents: {
          kind: string;
          canIssue: boolean;
          issued: { numberLine: string } | null;
          signedOn: string | null;
        }[];
      };
    };
    expect(body.data.layout).toBe("party");
    expect(
      body.data.documents.map((d) => [d.kind, d.issued?.numberLine ?? null, d.canIssue, d.signedOn]),
    ).toEqual([
      ["pact", null, false, "2020-02-14"],
      ["year-end-report", "Số 01-BC/BTGThU", false, null],
      ["proposal", "Số 01-TTr/BTGThU", false, null],
    ]);
  });
});

describe("refusals", () => {
  it("answers 404 to an account of another council, and 401 without a session", async () => {
    expect((await call(app, null, "GET", `/api/clusters/${clusterId}/pact.pdf`)).status).toBe(401);
    const other = await makeCouncil(database.db, "Ban Tuyên giáo Tỉnh ủy Khác");
    const units = await makeUnits(database.db, other.councilId, ["Đơn vị A", "Đơn vị B"]);
    const cluster = await makeCluster(
      database.db,
      other.councilId,
      units.map((u) => u.id),
    );
    expect((await call(app, halong, "GET", `/api/clusters/${cluster.id}/year-end-report.pdf`)).status).toBe(
      404,
    );
    expect((await call(app, halong, "GET", `/api/clusters/${cluster.id}/documents`)).status).toBe(404);
  });

  it("refuses a cluster document whose head unit has no issuer line or signer, saying what is missing", async () => {
    const units = await makeUnits(database.db, councilId, ["Đơn vị thử nghiệm A", "Đơn vị thử nghiệm B"]);
    const cluster = await makeCluster(
      database.db,
      councilId,
      units.map((u) => u.id),
      2020,
      "CUM-THU",
    );
    const res = await call(app, admin, "GET", `/api/clusters/${cluster.id}/year-end-report.pdf`);
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; message: string; issues: { path: string }[] };
    expect(body.error).toBe("document_incomplete");
    expect(body.issues.map((i) => i.path)).toEqual(["place", "signatures[0].name"]);
    expect(body.message).toContain("thiếu họ và tên người ký");
    // Each kind says what it lacks, in Word as in PDF: the proposal as the report; the pact (signed by the
    // members, headed by the cluster) lacks only its place.
    const paths = async (path: string) => {
      const r = await call(app, admin, "GET", path);
      expect(r.status, path).toBe(422);
      return ((await r.json()) as { issues: { path: string }[] }).issues.map((i) => i.path);
    };
    expect(await paths(`/api/clusters/${cluster.id}/proposal.docx`)).toEqual(["place", "signatures[0].name"]);
    expect(await paths(`/api/clusters/${cluster.id}/year-end-report.docx`)).toEqual([
      "place",
      "signatures[0].name",
    ]);
    await createPact({
      db: database.db,
      actor: system,
      clusterId: cluster.id,
      input: { source: "template", templateId: "propaganda" },
    });
    expect(await paths(`/api/clusters/${cluster.id}/pact.pdf`)).toEqual(["place"]);
    expect(await paths(`/api/clusters/${cluster.id}/proposal-dossier.zip`)).toEqual([
      "place",
      "signatures[0].name",
    ]);
  });

  it("lets only the council and the cluster head issue; unit editors get 403", async () => {
    const res = await call(app, mongcai, "POST", `/api/clusters/${clusterId}/documents/proposal/issue`, {
      date: "2020-11-26",
    });
    expect(res.status).toBe(403);
    const body = { date: "2020-11-26" };
    expect(
      (await call(app, halong, "POST", `/api/clusters/${clusterId}/documents/proposal/issue`, body)).status,
    ).toBe(403);
    const head = await signIn(app, "cumtruong", DEMO_PASSWORD);
    const again = await call(app, head, "POST", `/api/clusters/${clusterId}/documents/proposal/issue`, body);
    expect(again.status).toBe(409);
  });

  it("validates the issue body with located Vietnamese messages", async () => {
    const path = `/api/clusters/${clusterId}/documents/year-end-report/issue`;
    const nul = await call(app, admin, "POST", path, { date: "2021-01-05", shortcomings: "a\u0000b" });
    expect(nul.status).toBe(400);
    const nulBody = (await nul.json()) as { issues: { path: string; message: string }[] };
    expect(nulBody.issues).toEqual([
      {
        path: "shortcomings",
        message: "Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi) ở ký tự thứ 2",
      },
    ]);
    const res = await call(app, admin, "POST", path, { date: "2021-02-29" });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: string; message: string }[] };
    expect(body.issues).toEqual([{ path: "date", message: "Ngày không hợp lệ (cần dạng YYYY-MM-DD)" }]);
    const pact = await call(app, admin, "POST", `/api/clusters/${clusterId}/documents/pact/issue`, {
      date: "2020-11-26",
    });
    expect(pact.status).toBe(400);
  });

  it("changes the layout for the council admin only, with a version check", async () => {
    const path = `/api/councils/${councilId}/document-settings`;
    const current = (await (await call(app, halong, "GET", path)).json()) as {
      data: { version: number; canChange: boolean };
    };
    expect(current.data.canChange).toBe(false);
    const input = { layout: "state", partyTermStart: null, version: current.data.version };
    expect((await call(app, halong, "PUT", path, input)).status).toBe(403);
    expect((await call(app, admin, "PUT", path, input)).status).toBe(200);
    expect((await call(app, admin, "PUT", path, input)).status).toBe(409);
    // Issued documents keep the layout they were issued in; drafts follow the new one.
    const issued = squash(
      pdfText(
        await bytesOf(await call(app, admin, "GET", `/api/clusters/${clusterId}/year-end-report.pdf`)),
        "demo-after-switch",
      ),
    );
    expect(issued).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
    const draft = squash(
      pdfText(
        await bytesOf(await call(app, admin, "GET", `/api/clusters/${clusterId}/pact.pdf`)),
        "demo-pact-state",
      ),
    );
    expect(draft).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    const back = { layout: "party", partyTermStart: "2020-10-14", version: current.data.version + 1 };
    expect((await call(app, admin, "PUT", path, back)).status).toBe(200);
  });

  it("prints a pact still being signed, with a dotted line for each member yet to sign", async () => {
    const units = await makeUnits(database.db, councilId, [
      "Ban Tuyên giáo Huyện ủy Ba Chẽ",
      "Ban Tuyên giáo Huyện ủy Tiên Yên",
    ]);
    const cluster = await makeCluster(
      database.db,
      councilId,
      units.map((u) => u.id),
      2022,
      "CUM-KY",
    );
    await setDocumentIssuer({
      db: database.db,
      actor: system,
      orgId: units[0]!.id,
      input: {
        superiorBody: "Huyện ủy Ba Chẽ",
        issuingBody: "Ban Tuyên giáo",
        symbol: "BTGHU",
        place: "Ba Chẽ",
      },
    });
    await createPact({
      db: database.db,
      actor: system,
      clusterId: cluster.id,
      input: { source: "template", templateId: "propaganda" },
    });
    const res = await call(app, admin, "GET", `/api/clusters/${cluster.id}/pact.pdf?date=2022-02-10`);
    expect(res.status).toBe(200);
    const text = squash(pdfText(await bytesOf(res), "pact-being-signed"));
    expect(text).toContain("DỰ THẢO");
    expect(text.match(/\(Chưa ký\)/g)).toHaveLength(2);
    expect(text).toContain("Ba Chẽ, ngày 10 tháng 02 năm 2022");
  });

  it("documents every download in the OpenAPI document", async () => {
    const spec = (await (await app.request("/api/openapi.json")).json()) as {
      paths: Record<string, unknown>;
    };
    for (const p of [
      "/api/clusters/{id}/pact.pdf",
      "/api/clusters/{id}/pact.docx",
      "/api/clusters/{id}/year-end-report.pdf",
      "/api/clusters/{id}/year-end-report.docx",
      "/api/clusters/{id}/proposal.pdf",
      "/api/clusters/{id}/proposal.docx",
      "/api/clusters/{id}/proposal-dossier.pdf",
      "/api/clusters/{id}/proposal-dossier.zip",
    ])
      expect(Object.keys(spec.paths)).toContain(p);
  });
});
