import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { uploadOf } from "../files/put-blob";
import { amendPact } from "./amend-pact";
import { attachPactScan } from "./attach-pact-scan";
import { createPact } from "./create-pact";
import { getPact } from "./get-pact";
import { openForSigning } from "./open-for-signing";
import { readPactScan } from "./read-pact-scan";
import { setUnitTargets } from "./set-unit-targets";
import { signPact } from "./sign-pact";
import { criterionOf, setUpCluster } from "./test-fixtures";
import { updatePact } from "./update-pact";

const pdf = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0]);

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function signingPact() {
  const { db } = database;
  const s = await setUpCluster(db);
  await createPact({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { source: "template" } });
  const open = await openForSigning({
    db,
    actor: s.head.actor,
    clusterId: s.cluster.id,
    input: { version: 1 },
  });
  return { db, ...s, version: open.version };
}

const view = async (db: Database["db"], actor: Actor, clusterId: string) => {
  const { pact } = await getPact({ db, actor, clusterId });
  if (!pact) throw new Error("no pact");
  return pact;
};

const signers = [
  "Nguyễn Văn An",
  "Trần Thị Bình",
  "Lê Văn Cường",
  "Phạm Thị Dung",
  "Hoàng Văn Em",
  "Vũ Thị Giang",
];

describe("signing", () => {
  it("each member signs once; the last signature locks the table, which then only changes by amendment", async () => {
    const { db, head, editors, outsider, observer, cluster, units, councilId, version } = await signingPact();
    await expect(
      signPact({ db, actor: outsider.actor, clusterId: cluster.id, input: { signerName: "Người ngoài" } }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      signPact({ db, actor: observer.actor, clusterId: cluster.id, input: { signerName: "Quan sát" } }),
    ).rejects.toMatchObject({ status: 403 });
    for (let i = 0; i < 5; i++) {
      const signed = await signPact({
        db,
        actor: editors[i]!.actor,
        clusterId: cluster.id,
        input: { signerName: signers[i] },
      });
      expect(signed.locked).toBe(false);
    }
    await expect(
      signPact({ db, actor: editors[0]!.actor, clusterId: cluster.id, input: { signerName: "Ký lại" } }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("Nguyễn Văn An") });
    const almost = await view(db, editors[5]!.actor, cluster.id);
    expect(almost.status).toBe("signing");
    expect(almost.can).toMatchObject({ sign: true, signFor: [units[5]!.id], edit: false });
    const last = await signPact({
      db,
      actor: editors[5]!.actor,
      clusterId: cluster.id,
      input: { signerName: signers[5] },
    });
    expect(last.locked).toBe(true);

    const locked = await view(db, editors[3]!.actor, cluster.id);
    expect(locked.status).toBe("locked");
    expect(locked.lockedAt).not.toBeNull();
    const byUnit = new Map(locked.members.map((m) => [m.unitId, m.signature]));
    units.forEach((unit, i) => {
      expect(byUnit.get(unit.id)).toMatchObject({
        signerName: signers[i],
        account: { username: editors[i]!.username },
        signedAt: expect.any(String),
      });
    });

    const table = structuredClone(locked.criteria as Criterion[]);
    Object.assign(criterionOf(table, "II.2"), { targets: { [units[1]!.code]: 90 } });
    await expect(
      updatePact({
        db,
        actor: head.actor,
        clusterId: cluster.id,
        input: { version: locked.version, criteria: table },
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/đã khóa.*sửa đổi có lý do/) });
    await expect(
      setUnitTargets({
        db,
        actor: editors[1]!.actor,
        clusterId: cluster.id,
        input: { version: locked.version, criterionCode: "II.2", targets: { [units[1]!.code]: 90 } },
      }),
    ).rejects.toMatchObject({ status: 409 });
    const amend = (actor: Actor, reason: string) =>
      amendPact({
        db,
        actor,
        clusterId: cluster.id,
        input: { version: locked.version, criteria: table, reason },
      });
    await expect(amend(head.actor, "ngắn")).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "reason" }],
    });
    await expect(amend(editors[1]!.actor, "Uông Bí xin giảm chỉ tiêu do sáp nhập")).rejects.toMatchObject({
      status: 403,
    });
    await amend(head.actor, "Hội nghị giao ban quý II thống nhất giảm chỉ tiêu của Uông Bí xuống 90%");

    const amended = await view(db, editors[4]!.actor, cluster.id);
    expect(amended.status).toBe("locked");
    expect(criterionOf(amended.criteria, "II.2")).toMatchObject({ targets: { [units[1]!.code]: 90 } });
    expect(amended.amendments).toEqual([
      expect.objectContaining({
        reason: "Hội nghị giao ban quý II thống nhất giảm chỉ tiêu của Uông Bí xuống 90%",
        actor: expect.objectContaining({ username: head.username }),
        summary: "Sửa II.2 (chỉ tiêu từng đơn vị)",
        maxPointsBefore: 100,
        maxPointsAfter: 100,
      }),
    ]);
    await expect(amend(head.actor, "Gửi lại cùng một bảng lần nữa")).rejects.toMatchObject({ status: 409 });

    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, councilId), eq(auditLog.entity, "pact")))
      .orderBy(asc(auditLog.seq));
    expect(audit.map((r) => r.action)).toEqual([
      "create",
      "open_signing",
      ...Array(6).fill("sign"),
      "lock",
      "amend",
    ]);
    expect(audit[2]?.after).toMatchObject({ unitId: units[0]!.id, signerName: signers[0] });
    expect(audit.at(-1)?.after).toMatchObject({
      version: version + 2,
      reason: expect.stringContaining("quý II"),
    });
    expect(JSON.stringify(audit.at(-1)?.before)).not.toContain('"targets"');
  });

  it("refuses signing a draft, amending a draft, and lets the system sign with the unit's own account", async () => {
    const { db } = database;
    const s = await setUpCluster(db);
    await createPact({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { source: "template" } });
    await expect(
      signPact({
        db,
        actor: s.editors[0]!.actor,
        clusterId: s.cluster.id,
        input: { signerName: signers[0] },
      }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringContaining("chưa mở để ký") });
    const pact = (await getPact({ db, actor: s.admin.actor, clusterId: s.cluster.id })).pact!;
    await expect(
      amendPact({
        db,
        actor: s.admin.actor,
        clusterId: s.cluster.id,
        input: { version: 1, criteria: pact.criteria, reason: "Lý do đủ dài để sửa đổi" },
      }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      openForSigning({ db, actor: s.editors[0]!.actor, clusterId: s.cluster.id, input: { version: 1 } }),
    ).rejects.toMatchObject({ status: 403 });
    await openForSigning({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { version: 1 } });

    const unitId = s.units[2]!.id;
    const accountOf = (i: number) => (s.editors[i]!.actor as { userId: string }).userId;
    await expect(
      signPact({ db, actor: system, clusterId: s.cluster.id, input: { signerName: signers[2], unitId } }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "accountId" }] });
    await expect(
      signPact({
        db,
        actor: system,
        clusterId: s.cluster.id,
        input: { signerName: signers[2], unitId, accountId: accountOf(3) },
      }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "accountId" }] });
    await signPact({
      db,
      actor: system,
      clusterId: s.cluster.id,
      input: {
        signerName: signers[2],
        unitId,
        accountId: accountOf(2),
        signedAt: "2020-02-14T09:00:00+07:00",
      },
    });
    const signed = await view(db, s.admin.actor, s.cluster.id);
    expect(signed.members.find((m) => m.unitId === unitId)?.signature).toMatchObject({
      signerName: signers[2],
      account: { username: s.editors[2]!.username },
      signedAt: "2020-02-14T02:00:00.000Z",
    });
    await expect(
      signPact({
        db,
        actor: s.editors[0]!.actor,
        clusterId: s.cluster.id,
        input: { signerName: signers[0], signedAt: "2020-02-14T09:00:00+07:00" },
      }),
    ).rejects.toMatchObject({ status: 400, issues: [{ path: "signedAt" }] });
  });

  it("locks once when the last two members sign at the same moment", async () => {
    const { db, editors, cluster } = await signingPact();
    for (let i = 0; i < 4; i++) {
      await signPact({
        db,
        actor: editors[i]!.actor,
        clusterId: cluster.id,
        input: { signerName: signers[i] },
      });
    }
    const results = await Promise.all(
      [4, 5].map((i) =>
        signPact({ db, actor: editors[i]!.actor, clusterId: cluster.id, input: { signerName: signers[i] } }),
      ),
    );
    expect(results.map((r) => r.locked).sort()).toEqual([false, true]);
    expect((await view(db, editors[0]!.actor, cluster.id)).status).toBe("locked");
  });
});

describe("the scan of the signed pact", () => {
  it("is attached once signing has opened, is PDF or an image by content, and is read back only through its pact", async () => {
    const { db } = database;
    const s = await setUpCluster(db);
    await createPact({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { source: "template" } });
    const scan = await uploadOf("Giao ước thi đua 2020.pdf", pdf);
    await expect(
      attachPactScan({ db, actor: s.head.actor, clusterId: s.cluster.id, file: scan }),
    ).rejects.toMatchObject({
      status: 409,
    });
    await openForSigning({ db, actor: s.admin.actor, clusterId: s.cluster.id, input: { version: 1 } });
    await expect(
      attachPactScan({ db, actor: s.editors[0]!.actor, clusterId: s.cluster.id, file: scan }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(uploadOf("ban-ky.pdf", elf)).rejects.toMatchObject({ status: 415 });
    const stored = await attachPactScan({ db, actor: s.head.actor, clusterId: s.cluster.id, file: scan });
    const pact = await view(db, s.editors[5]!.actor, s.cluster.id);
    expect(pact.version).toBe(2);
    expect(pact.scan).toMatchObject({
      id: stored.id,
      name: "Giao ước thi đua 2020.pdf",
      mime: "application/pdf",
    });
    const read = await readPactScan({
      db,
      actor: s.editors[5]!.actor,
      clusterId: s.cluster.id,
      fileId: stored.id,
    });
    expect((await read.bytes()).equals(Buffer.from(pdf))).toBe(true);
    await expect(
      readPactScan({ db, actor: s.foreignAdmin.actor, clusterId: s.cluster.id, fileId: stored.id }),
    ).rejects.toMatchObject({ status: 404 });

    const other = await setUpCluster(db);
    await expect(
      readPactScan({ db, actor: system, clusterId: other.cluster.id, fileId: stored.id }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
