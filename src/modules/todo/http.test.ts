import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, signIn } from "../../test-support/http";
import { setUpCluster } from "../assessments/test-fixtures";

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
});
afterAll(async () => {
  await database?.close();
});

describe("GET /api/todo", () => {
  it("needs a signed-in user (401) and a year (400 naming it)", async () => {
    expect((await call(app, null, "GET", "/api/todo?year=2020")).status).toBe(401);
    const unit = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
    const res = await call(app, unit, "GET", "/api/todo?year=hai-nghin");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toEqual(["year"]);
  });

  it("gives a unit editor its unit section, and a head both the head's and nothing else", async () => {
    const unit = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
    const mine = (await (await call(app, unit, "GET", "/api/todo?year=2020")).json()) as {
      data: { year: number; sections: { role: string; items: { kind: string }[] }[] };
    };
    expect(mine.data.year).toBe(2020);
    expect(mine.data.sections.map((x) => x.role)).toEqual(["unit"]);
    expect(mine.data.sections[0]!.items.map((i) => i.kind)).toEqual(["registerTargets"]);
    const head = await signIn(app, s.head.username, TEST_PASSWORD);
    const theirs = (await (await call(app, head, "GET", "/api/todo?year=2020")).json()) as {
      data: { sections: { role: string }[] };
    };
    expect(theirs.data.sections.map((x) => x.role)).toEqual(["head"]);
  });
});
