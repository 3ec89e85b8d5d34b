import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog, issuedDocuments } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import { issueClusterDocument } from "./issue-document";
import { setUpIssuer } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const issue = (clusterId: string, kind: "year-end-report" | "proposal", date: string) =>
  issueClusterDocument({ db: database.db, actor: system, clusterId, kind, input: { date } });

describe("numbering on issue", () => {
  it("never gives one number twice when twelve reports of one issuer are issued at once", async () => {
    const s = await setUpIssuer(database.db, { layout: "party", partyTermStart: "2020-10-14", clusters: 12 });
    const issued = await Promise.all(s.clusters.map((c) => issue(c.id, "year-end-report", "2020-11-24")));
    const numbers = issued.map((d) => d.number).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(issued.map((d) => d.numberLine)).size).toBe(12);
    expect(issued.map((d) => d.numberLine)).toContain("Số 07-BC/BTGThU");
    // Proposals are another type: their register starts at 1.
    expect((await issue(s.clusters[0]!.id, "proposal", "2020-11-25")).numberLine).toBe("Số 01-TTr/BTGThU");
  });

  it("issues a document once: concurrent second issues are refused and leave no gap in the register", async () => {
    const s = await setUpIssuer(database.db, { layout: "state", clusters: 2 });
    const [a, b] = s.clusters;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => issue(a!.id, "proposal", "2020-12-01")),
    );
    const done = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(done).toHaveLength(1);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ status: 409 });
    expect((await issue(b!.id, "proposal", "2020-12-02")).numberLine).toBe("Số: 02/TTr-BTGThU");
  });

  it("restarts Party numbers with the term and state numbers with the year", async () => {
    const party = await setUpIssuer(database.db, {
      layout: "party",
      partyTermStart: "2020-10-14",
      clusters: 3,
    });
    const [p1, p2, p3] = party.clusters;
    expect((await issue(p1!.id, "year-end-report", "2020-10-01")).numberLine).toBe("Số 01-BC/BTGThU");
    expect((await issue(p2!.id, "year-end-report", "2020-11-24")).numberLine).toBe("Số 01-BC/BTGThU");
    expect((await issue(p3!.id, "year-end-report", "2021-01-05")).numberLine).toBe("Số 02-BC/BTGThU");

    const state = await setUpIssuer(database.db, { layout: "state", clusters: 3 });
    const [s1, s2, s3] = state.clusters;
    expect((await issue(s1!.id, "year-end-report", "2020-12-30")).numberLine).toBe("Số: 01/BC-BTGThU");
    expect((await issue(s2!.id, "year-end-report", "2020-12-31")).numberLine).toBe("Số: 02/BC-BTGThU");
    expect((await issue(s3!.id, "year-end-report", "2021-01-01")).numberLine).toBe("Số: 01/BC-BTGThU");
  });

  it("keeps the issued document as issued: audited, and the database refuses to change or delete it", async () => {
    const s = await setUpIssuer(database.db, { layout: "party", partyTermStart: "2020-10-14" });
    const doc = await issue(s.clusters[0]!.id, "year-end-report", "2020-11-24");
    const [audit] = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, doc.id), eq(auditLog.action, "document.issue")));
    expect(audit?.after).toMatchObject({ numberLine: "Số 01-BC/BTGThU", period: "nhiệm kỳ 2020-2025" });
    await expect(
      database.db.update(issuedDocuments).set({ number: 99 }).where(eq(issuedDocuments.id, doc.id)),
    ).rejects.toThrow();
    await expect(database.db.delete(issuedDocuments).where(eq(issuedDocuments.id, doc.id))).rejects.toThrow();
    const [row] = await database.db.select().from(issuedDocuments).where(eq(issuedDocuments.id, doc.id));
    expect(row?.number).toBe(1);
  });

  it("refuses a document without a signer, naming what is missing", async () => {
    const s = await setUpIssuer(database.db, { layout: "party", signer: false });
    await expect(issue(s.clusters[0]!.id, "year-end-report", "2020-11-24")).rejects.toMatchObject({
      status: 422,
      issues: [{ path: "signatures[0].name", message: "Thiếu họ và tên người ký" }],
    });
  });
});
