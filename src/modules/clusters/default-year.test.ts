import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import { importClusterYear } from "../exchange/import-cluster-year";
import { createPact } from "../pacts/create-pact";
import { openForSigning } from "../pacts/open-for-signing";
import { defaultYear } from "./default-year";

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const file = (year: number, scores: Record<string, Record<string, { points: number }>>) =>
  JSON.stringify({
    format: "thidua.cluster-year/v1",
    cluster: { code: "CUM9", name: "Cụm thi đua số 9" },
    year,
    units: [{ code: "BTG-A", name: "Ban Tuyên giáo Thành ủy A" }],
    criteria: [{ code: "I", title: "Tuyên truyền", method: "manual", max: 10 }],
    rules: {},
    scores,
  });

describe("the year a user lands on", () => {
  it("stays on the year under way when an empty next year is created or imported", async () => {
    const db = database.db;
    const { councilId } = await makeCouncil(db);
    const units = await makeUnits(db, councilId, [
      "Ban Tuyên giáo Thành ủy Hạ Long",
      "Ban Tuyên giáo Thành ủy Uông Bí",
    ]);
    const ids = units.map((u) => u.id);
    const admin = await makeUser(db, [grant("council_admin", councilId)]);
    const editor = await makeUser(db, [grant("unit_editor", councilId, { unitId: ids[1]! })]);
    const at = (thisYear: number, actor = admin.actor) => defaultYear({ db, actor, thisYear });

    const c2020 = await makeCluster(db, councilId, ids, 2020);
    const pact = await createPact({ db, actor: system, clusterId: c2020.id, input: { source: "template" } });
    // Only a draft table: the year has not begun, but it is the only year there is.
    expect(await at(2026)).toEqual({ year: 2020 });
    await openForSigning({ db, actor: system, clusterId: c2020.id, input: { version: pact.version } });
    const c2021 = await makeCluster(db, councilId, ids, 2021);
    await createPact({ db, actor: system, clusterId: c2021.id, input: { source: "template" } });
    expect(await at(2026)).toEqual({ year: 2020 });
    expect(await at(2026, editor.actor)).toEqual({ year: 2020 });

    // A next year imported as a draft (criteria, no results) does not move anyone onto it.
    const draft = await importClusterYear({ db, actor: admin.actor, councilId, text: file(2022, {}) });
    expect(draft.pactStatus).toBe("draft");
    expect(await at(2026)).toEqual({ year: 2020 });

    // A year that has begun does; this year wins when it has begun; a future year never does.
    await openForSigning({ db, actor: system, clusterId: c2021.id, input: { version: 1 } });
    expect(await at(2026)).toEqual({ year: 2021 });
    expect(await at(2020)).toEqual({ year: 2020 });
    const concluded = await importClusterYear({
      db,
      actor: admin.actor,
      councilId,
      text: file(2023, { "BTG-A": { I: { points: 8 } } }),
    });
    expect(concluded.pactStatus).toBe("locked");
    expect(await at(2026)).toEqual({ year: 2023 });
    expect(await at(2022)).toEqual({ year: 2021 });
    // The unit editor sees only its own clusters: the imported cluster is not one of them.
    expect(await at(2026, editor.actor)).toEqual({ year: 2021 });
  });
});
