import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { setUpCluster } from "../assessments/test-fixtures";

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let admin: Session;
let head: Session;
let unit: Session;
let observer: Session;
let foreign: Session;
let path: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  admin = await signIn(app, s.admin.username, TEST_PASSWORD);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  unit = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
  observer = await signIn(app, s.observer.username, TEST_PASSWORD);
  foreign = await signIn(app, s.foreignAdmin.username, TEST_PASSWORD);
  path = `/api/clusters/${s.cluster.id}/calendar`;
});
afterAll(async () => {
  await database?.close();
});

type Body = { data?: Record<string, unknown>; error?: string; message?: string; issues?: { path: string }[] };
const json = async (res: Response) => (await res.json()) as Body;
const dates2020 = {
  pactSignedBy: "2020-03-15",
  selfAssessmentDue: "2020-10-20",
  reviewDue: "2020-11-10",
  conferenceOn: "2020-11-24",
};

describe("the cluster-year calendar", () => {
  it("starts from the template's deadlines placed in the cluster's year, and every member reads it", async () => {
    for (const session of [admin, head, unit, observer]) {
      const res = await call(app, session, "GET", path);
      expect(res.status).toBe(200);
      expect((await json(res)).data).toMatchObject({
        pactSignedBy: "2020-03-31",
        selfAssessmentDue: "2020-10-31",
        reviewDue: "2020-11-15",
        conferenceOn: "2020-11-30",
        source: "template",
        version: 0,
        canEdit: session === admin,
      });
    }
  });

  it("is hidden from another council (404)", async () => {
    expect((await call(app, foreign, "GET", path)).status).toBe(404);
  });

  it("is set by the council admin only, audited, and then read by everyone", async () => {
    expect((await call(app, head, "PUT", path, { ...dates2020, version: 0 })).status).toBe(403);
    expect((await call(app, unit, "PUT", path, { ...dates2020, version: 0 })).status).toBe(403);
    const res = await call(app, admin, "PUT", path, { ...dates2020, version: 0 });
    expect(res.status).toBe(200);
    expect((await json(res)).data).toMatchObject({ ...dates2020, source: "council", version: 1 });
    const read = await json(await call(app, unit, "GET", path));
    expect(read.data).toMatchObject({ conferenceOn: "2020-11-24", source: "council" });
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, s.councilId), eq(auditLog.entity, "cluster_calendar")));
    expect(audit.map((a) => [a.action, a.entityId, a.before, a.after])).toEqual([
      ["create", s.cluster.id, null, dates2020],
    ]);
  });

  it("refuses a stale version with the dates the other admin saved (409)", async () => {
    const res = await call(app, admin, "PUT", path, { ...dates2020, reviewDue: "2020-11-12", version: 0 });
    expect(res.status).toBe(409);
    expect((await json(res)).message).toContain("hội nghị 24/11/2020 (phiên bản 1)");
  });

  it("refuses dates out of order or that do not exist, naming the field", async () => {
    const backwards = await json(
      await call(app, admin, "PUT", path, { ...dates2020, reviewDue: "2020-10-01", version: 1 }),
    );
    expect(backwards.error).toBe("validation");
    expect(backwards.issues?.map((i) => i.path)).toEqual(["reviewDue"]);
    const impossible = await json(
      await call(app, admin, "PUT", path, { ...dates2020, conferenceOn: "2020-02-30", version: 1 }),
    );
    expect(impossible.issues?.map((i) => i.path)).toEqual(["conferenceOn"]);
  });
});
