import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import { addPerson } from "../people/add-person";
import { assignPosition } from "../people/assign-position";
import { listPeople } from "../people/list-people";
import { createUnit } from "./create-unit";
import { getOrganizationDetail } from "./get-organization";
import { listOrganizationsAt } from "./list-organizations";
import { mergeOrganizations } from "./merge-organizations";
import { renameOrganization } from "./rename-organization";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe("organisations over time", () => {
  it("shows a past year with the name the unit had then", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db);
    const [qy] = await makeUnits(db, councilId, ["Ban Tuyên giáo Thị ủy Quảng Yên"]);
    await renameOrganization({
      db,
      actor: system,
      input: { orgId: qy!.id, name: "Ban Tuyên giáo Thành ủy Quảng Yên", date: "2025-02-01" },
    });
    const admin = (await makeUser(db, [grant("council_admin", councilId)])).actor;
    const in2020 = await listOrganizationsAt({ db, actor: admin, at: "2020-12-31" });
    const in2025 = await listOrganizationsAt({ db, actor: admin, at: "2025-03-01" });
    expect(in2020.map((o) => o.name)).toContain("Ban Tuyên giáo Thị ủy Quảng Yên");
    expect(in2025.map((o) => o.name)).toContain("Ban Tuyên giáo Thành ủy Quảng Yên");
    const detail = await getOrganizationDetail({ db, actor: admin, orgId: qy!.id });
    expect(detail.names).toEqual([
      {
        name: "Ban Tuyên giáo Thị ủy Quảng Yên",
        shortName: null,
        validFrom: "2015-01-01",
        validTo: "2025-01-31",
      },
      { name: "Ban Tuyên giáo Thành ủy Quảng Yên", shortName: null, validFrom: "2025-02-01", validTo: null },
    ]);
  });

  it("links merged organisations both ways and ends the predecessors and their posts", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db);
    const [tg, dv] = await makeUnits(db, councilId, [
      "Ban Tuyên giáo Thành ủy Cẩm Phả",
      "Ban Dân vận Thành ủy Cẩm Phả",
    ]);
    const person = await addPerson({ db, actor: system, input: { councilId, fullName: "Nguyễn Văn An" } });
    await assignPosition({
      db,
      actor: system,
      input: { personId: person.id, orgId: tg!.id, title: "Trưởng ban", validFrom: "2020-01-01" },
    });
    const merged = await mergeOrganizations({
      db,
      actor: system,
      input: {
        councilId,
        predecessorIds: [tg!.id, dv!.id],
        successor: { code: "TGDV-CP", name: "Ban Tuyên giáo và Dân vận Thành ủy Cẩm Phả" },
        date: "2025-03-01",
      },
    });
    const after = await getOrganizationDetail({ db, actor: system, orgId: merged.id });
    expect(after.predecessors.map((p) => p.name).sort()).toEqual([
      "Ban Dân vận Thành ủy Cẩm Phả",
      "Ban Tuyên giáo Thành ủy Cẩm Phả",
    ]);
    const before = await getOrganizationDetail({ db, actor: system, orgId: tg!.id });
    expect(before.validTo).toBe("2025-02-28");
    expect(before.successors).toEqual([
      {
        orgId: merged.id,
        name: "Ban Tuyên giáo và Dân vận Thành ủy Cẩm Phả",
        relation: "merged",
        date: "2025-03-01",
      },
    ]);
    expect(before.positions[0]?.validTo).toBe("2025-02-28");
    const admin = (await makeUser(db, [grant("council_admin", councilId)])).actor;
    const in2025 = await listOrganizationsAt({ db, actor: admin, year: 2025 });
    expect(in2025.filter((o) => o.kind === "unit").map((o) => [o.name, o.validTo])).toEqual([
      ["Ban Dân vận Thành ủy Cẩm Phả", "2025-02-28"],
      ["Ban Tuyên giáo Thành ủy Cẩm Phả", "2025-02-28"],
      ["Ban Tuyên giáo và Dân vận Thành ủy Cẩm Phả", null],
    ]);
    const now = await listOrganizationsAt({ db, actor: admin, at: "2025-04-01" });
    expect(now.filter((o) => o.kind === "unit").map((o) => o.name)).toEqual([
      "Ban Tuyên giáo và Dân vận Thành ủy Cẩm Phả",
    ]);
  });

  it("lists a person's several posts at once and sorts people by given name", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db);
    const [hl, centre] = await makeUnits(db, councilId, [
      "Ban Tuyên giáo Thành ủy Hạ Long",
      "Trung tâm Chính trị thành phố Hạ Long",
    ]);
    const huong = await addPerson({
      db,
      actor: system,
      input: { councilId, fullName: "Phan Thị Hải Hường" },
    });
    await addPerson({ db, actor: system, input: { councilId, fullName: "Trương Công Ngàn" } });
    await addPerson({ db, actor: system, input: { councilId, fullName: "Lê Văn Bình" } });
    for (const [org, title] of [
      [hl!, "Trưởng ban"],
      [centre!, "Giám đốc"],
    ] as const) {
      await assignPosition({
        db,
        actor: system,
        input: { personId: huong.id, orgId: org.id, title, validFrom: "2020-01-01" },
      });
    }
    const admin = (await makeUser(db, [grant("council_admin", councilId)])).actor;
    const people = await listPeople({ db, actor: admin, at: "2020-11-24" });
    expect(people.map((p) => p.fullName)).toEqual(["Lê Văn Bình", "Phan Thị Hải Hường", "Trương Công Ngàn"]);
    expect(people[1]?.positions.map((p) => `${p.title} — ${p.orgName}`)).toEqual([
      "Trưởng ban — Ban Tuyên giáo Thành ủy Hạ Long",
      "Giám đốc — Trung tâm Chính trị thành phố Hạ Long",
    ]);
  });

  it("refuses bad input with located Vietnamese messages and writes nothing", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db);
    const admin = (await makeUser(db, [grant("council_admin", councilId)])).actor;
    await expect(
      createUnit({
        db,
        actor: system,
        input: { councilId, code: "có dấu", name: "", validFrom: "24/11/2020" },
      }),
    ).rejects.toMatchObject({
      status: 400,
      issues: expect.arrayContaining([
        { path: "code", message: "Chỉ dùng chữ không dấu, số và . _ -" },
        { path: "name", message: "Không được để trống" },
        { path: "validFrom", message: "Ngày phải có dạng YYYY-MM-DD" },
      ]),
    });
    const units = await listOrganizationsAt({ db, actor: admin, at: "2020-01-01" });
    expect(units.filter((o) => o.kind === "unit")).toEqual([]);
  });

  it("lets only the council's admin change it, and hides other councils entirely", async () => {
    const { db } = database;
    const { councilId } = await makeCouncil(db);
    const other = await makeCouncil(db, "Ban Tuyên giáo Tỉnh ủy Khác");
    const [unit] = await makeUnits(db, councilId, ["Ban Tuyên giáo Thành ủy Uông Bí"]);
    const editor = (await makeUser(db, [grant("unit_editor", councilId, { unitId: unit!.id })])).actor;
    const outsider = (await makeUser(db, [grant("council_admin", other.councilId)])).actor;
    await expect(
      createUnit({ db, actor: editor, input: { councilId, code: "X", name: "X", validFrom: "2020-01-01" } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      createUnit({
        db,
        actor: outsider,
        input: { councilId, code: "X", name: "X", validFrom: "2020-01-01" },
      }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(getOrganizationDetail({ db, actor: outsider, orgId: unit!.id })).rejects.toMatchObject({
      status: 404,
    });
    const seen = await listOrganizationsAt({ db, actor: outsider, at: "2020-12-31" });
    expect(seen.map((o) => o.id)).not.toContain(unit!.id);
  });
});
