import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeUser } from "../../test-support/factories";
import { uploadOf } from "../files/put-blob";
import { attachEvidence } from "./attach-evidence";
import { deleteEvidence } from "./delete-evidence";
import { downloadEvidence } from "./download-evidence";
import { getAssessment } from "./get-assessment";
import { listAssessments } from "./list-assessments";
import { submitAssessment } from "./submit-assessment";
import { ELF, fillSelf, PDF, setUpCluster } from "./test-fixtures";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("evidence files per criterion", () => {
  it("accepts a real PDF, lists it with size, uploader and date, and lets readers of the assessment download it", async () => {
    const { db, cluster, units, editors, head, observer } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[1]!.id };
    const unit = editors[1]!.actor;
    const stored = await attachEvidence({
      ...at,
      actor: unit,
      criterionCode: "I.2",
      file: await uploadOf("Báo cáo tuyên truyền phòng chống Covid-19.pdf", PDF),
    });
    expect(stored).toMatchObject({ criterionCode: "I.2", mime: "application/pdf", size: PDF.byteLength });
    const files = (await getAssessment({ ...at, actor: unit })).criteria.find(
      (c) => c.code === "I.2",
    )!.evidence;
    expect(files).toEqual([
      {
        id: stored.id,
        criterionCode: "I.2",
        name: "Báo cáo tuyên truyền phòng chống Covid-19.pdf",
        size: PDF.byteLength,
        mime: "application/pdf",
        uploadedBy: editors[1]!.username,
        uploadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        canDelete: true,
      },
    ]);
    const mine = await downloadEvidence({ ...at, actor: unit, fileId: stored.id });
    expect((await mine.bytes()).equals(Buffer.from(PDF))).toBe(true);
    // Same visibility as the assessment: the others wait until it is submitted; observers until published.
    await expect(downloadEvidence({ ...at, actor: head.actor, fileId: stored.id })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      downloadEvidence({ ...at, actor: editors[2]!.actor, fileId: stored.id }),
    ).rejects.toMatchObject({
      status: 404,
    });
    await fillSelf(db, unit, cluster.id, units[1]!.id);
    await submitAssessment({ ...at, actor: unit });
    expect((await downloadEvidence({ ...at, actor: head.actor, fileId: stored.id })).name).toMatch(
      /Covid-19\.pdf$/,
    );
    await expect(downloadEvidence({ ...at, actor: observer.actor, fileId: stored.id })).rejects.toMatchObject(
      {
        status: 404,
      },
    );
    // A file of another unit's assessment is not reachable through this unit's path.
    await expect(
      downloadEvidence({
        db,
        clusterId: cluster.id,
        unitId: units[0]!.id,
        actor: editors[0]!.actor,
        fileId: stored.id,
      }),
    ).rejects.toMatchObject({ status: 404 });
    const listed = await listAssessments({ db, actor: head.actor, clusterId: cluster.id });
    expect(listed.find((a) => a.unitId === units[1]!.id)?.evidenceCount).toBe(1);
  });

  it("refuses a program renamed to .pdf (415), an unknown criterion (400), and attaching after submission (409)", async () => {
    const { db, cluster, units, editors } = await setUpCluster(database.db);
    const at = { db, clusterId: cluster.id, unitId: units[2]!.id, actor: editors[2]!.actor };
    await expect(uploadOf("minh-chung.pdf", ELF)).rejects.toMatchObject({
      status: 415,
      message: expect.stringMatching(/không phải PDF, ảnh, Word hay Excel/),
    });
    await expect(
      attachEvidence({ ...at, criterionCode: "IX.9", file: await uploadOf("a.pdf", PDF) }),
    ).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "criterionCode" }],
    });
    expect((await getAssessment(at)).criteria.flatMap((c) => c.evidence)).toEqual([]);
    await expect(
      attachEvidence({
        ...at,
        actor: editors[3]!.actor,
        criterionCode: "I.2",
        file: await uploadOf("a.pdf", PDF),
      }),
    ).rejects.toMatchObject({ status: 404 });
    await fillSelf(db, at.actor, cluster.id, units[2]!.id);
    await submitAssessment(at);
    await expect(
      attachEvidence({ ...at, criterionCode: "I.2", file: await uploadOf("a.pdf", PDF) }),
    ).rejects.toMatchObject({
      status: 409,
    });
  });

  it("lets the uploader delete their own evidence while the draft is open, and nobody after submission", async () => {
    const { db, cluster, units, editors, admin, councilId } = await setUpCluster(database.db);
    const colleague = await makeUser(db, [grant("unit_editor", councilId, { unitId: units[3]!.id })]);
    const at = { db, clusterId: cluster.id, unitId: units[3]!.id };
    const a = await attachEvidence({
      ...at,
      actor: editors[3]!.actor,
      criterionCode: "V.1",
      file: await uploadOf("bai-viet.pdf", PDF),
    });
    const b = await attachEvidence({
      ...at,
      actor: editors[3]!.actor,
      criterionCode: "V.1",
      file: await uploadOf("bai-viet-2.pdf", PDF),
    });
    const seen = (await getAssessment({ ...at, actor: colleague.actor })).criteria.find(
      (c) => c.code === "V.1",
    )!.evidence;
    expect(seen.map((f) => f.canDelete)).toEqual([false, false]);
    await expect(deleteEvidence({ ...at, actor: colleague.actor, fileId: a.id })).rejects.toMatchObject({
      status: 403,
    });
    await deleteEvidence({ ...at, actor: editors[3]!.actor, fileId: a.id });
    const left = (await getAssessment({ ...at, actor: editors[3]!.actor })).criteria.find(
      (c) => c.code === "V.1",
    )!.evidence;
    expect(left.map((f) => f.name)).toEqual(["bai-viet-2.pdf"]);
    await fillSelf(db, editors[3]!.actor, cluster.id, units[3]!.id);
    await submitAssessment({ ...at, actor: editors[3]!.actor });
    await expect(deleteEvidence({ ...at, actor: editors[3]!.actor, fileId: b.id })).rejects.toMatchObject({
      status: 409,
    });
    await expect(deleteEvidence({ ...at, actor: admin.actor, fileId: b.id })).rejects.toMatchObject({
      status: 409,
    });
  });
});
