import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { setUpCluster } from "../../modules/assessments/test-fixtures";
import { TEST_PASSWORD } from "../../test-support/factories";
import { type Session, signIn } from "../../test-support/http";
import { type App, createApp } from "../app";
import { defaultServerConfig } from "../config";
import { setUpMatrixRecords } from "./matrix-fixture";
import { type Actor, MATRIX, type Row } from "./matrix-rows";

// Every operation of the OpenAPI document × every actor, against one table of expected answers
// (matrix-rows.ts). CI fails on a route without a row, so a new route cannot skip its authorization.

let database: Database;
let app: App;
let setup: Awaited<ReturnType<typeof setUpCluster>>;
let records: Awaited<ReturnType<typeof setUpMatrixRecords>>;
let operations: string[];
const sessions = {} as Record<Actor | "admin", Session>;
const usernames = {} as Record<Actor | "admin", string>;
const ACTORS: Actor[] = ["observer", "otherUnit", "headSelf", "foreignAdmin"];
const PUBLIC = new Set(["GET /api/health", "POST /api/auth/login"]);
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind, config: defaultServerConfig() });
  setup = await setUpCluster(database.db);
  records = await setUpMatrixRecords(setup);
  Object.assign(usernames, {
    admin: setup.admin.username,
    observer: setup.observer.username,
    otherUnit: setup.editors[2]!.username,
    headSelf: setup.head.username,
    foreignAdmin: setup.foreignAdmin.username,
  });
  for (const [actor, username] of Object.entries(usernames))
    sessions[actor as Actor] = await signIn(app, username, TEST_PASSWORD);
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
  );
  // Building the fixture (a council, six units, a pact, twelve accounts) is slow on a busy machine.
}, 180_000);
afterAll(async () => {
  await database?.close();
});

/** The record a path's {id} names: by the path's first segment; the cluster when nothing else fits. */
function idFor(template: string, unitId: string): string {
  const byPrefix: [string, string][] = [
    ["/api/orgs/", unitId],
    ["/api/organizations/", unitId],
    ["/api/councils/", setup.councilId],
    ["/api/meetings/", records.meetingId],
    ["/api/tasks/", records.taskId],
    ["/api/notifications/", randomUUID()],
    ["/api/reference-documents/", records.referenceDocumentId],
    ["/api/report-periods/", records.periodId],
    ["/api/reports/", records.reportOf.get(unitId)!],
    ["/api/practices/", records.practiceId],
    ["/api/propaganda-topics/", records.topicId],
    ["/api/opinion-reports/", records.opinionReportId],
    ["/api/accounts/", setup.editors[1]!.actor.kind === "user" ? setup.editors[1]!.actor.userId : ""],
  ];
  return byPrefix.find(([prefix]) => template.startsWith(prefix))?.[1] ?? setup.cluster.id;
}

/** The acting unit (units[0] for the head, units[1] for the others) and the ids that go with it. */
function actingOn(actor: Actor | "admin" | "anonymous") {
  const self = actor === "headSelf";
  return { unit: setup.units[self ? 0 : 1]!, delegateId: records.delegateIds[self ? 0 : 1]! };
}

function urlFor(operation: string, row: Row, actor: Actor | "admin" | "anonymous"): [string, string] {
  const [method, template] = operation.split(" ") as [string, string];
  const { unit, delegateId } = actingOn(actor);
  let path = template
    .replace("{id}", idFor(template, unit.id))
    .replace("{unitId}", unit.id)
    .replace("{fileId}", randomUUID())
    .replace("{reviewerUnitId}", setup.units[2]!.id)
    .replace("{reviewedUnitId}", setup.units[1]!.id)
    .replace("{delegateId}", delegateId)
    .replace("{speechId}", records.speechId)
    .replace("{itemId}", records.itemId)
    .replace("{voteId}", records.voteId)
    .replace("{reportId}", records.taskReportId)
    .replace("{kind}", "year-end-report");
  if (row.query === "whyPair") path += `?a=${setup.units[0]!.code}&b=${setup.units[1]!.code}`;
  if (row.query === "ourCouncil") path += `?councilId=${setup.councilId}`;
  if (row.query === "ourCluster") path += `?clusterId=${setup.cluster.id}`;
  if (row.query?.startsWith("?")) path += row.query;
  return [method, path];
}

/** Puts the fixture's ids in a row's body: "$cluster", "$council", "$unit" (the acting unit), and so on. */
function withIds(value: unknown, actor: Actor | "admin" | "anonymous"): unknown {
  const { unit, delegateId } = actingOn(actor);
  const ids: Record<string, unknown> = {
    $minutes: records.minutes,
    $cluster: setup.cluster.id,
    $council: setup.councilId,
    $unit: unit.id,
    $unit3: setup.units[3]!.id,
    $delegate: delegateId,
    $topic: records.topicId,
    $task: records.taskId,
    $item: records.itemId,
  };
  if (typeof value === "string") return value in ids ? ids[value] : value;
  if (Array.isArray(value)) return value.map((v) => withIds(v, actor));
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v, actor)]));
  return value;
}

function bodyFor(row: Row, actor: Actor | "admin" | "anonymous"): { body?: BodyInit; type?: string } {
  if (row.file !== undefined) {
    const form = new FormData();
    for (const [name, value] of Object.entries(row.fields ?? {})) form.set(name, value);
    form.set("file", new File([row.file], "tep.pdf", { type: "application/pdf" }));
    return { body: form };
  }
  if (row.body === undefined) return {};
  const body =
    row.body === "crossPair"
      ? { reviewerUnitId: setup.units[2]!.id, reviewedUnitId: setup.units[1]!.id }
      : withIds(row.body, actor);
  return { body: JSON.stringify(body), type: "application/json" };
}

async function send(operation: string, row: Row, actor: Actor | "admin" | "anonymous", csrf = true) {
  const [method, path] = urlFor(operation, row, actor);
  const { body, type } = bodyFor(row, actor);
  const headers: Record<string, string> = type ? { "content-type": type } : {};
  if (actor !== "anonymous") {
    const session = row.fresh ? await signIn(app, usernames[actor], TEST_PASSWORD) : sessions[actor];
    headers.cookie = session.cookie;
    if (csrf && UNSAFE.has(method)) headers["x-csrf-token"] = session.csrfToken;
  }
  const res = await app.request(path, { method, headers, body });
  // A live stream (the meeting's events) stays open: its status is all the matrix needs.
  if (res.headers.get("content-type")?.includes("event-stream")) await res.body?.cancel();
  return res;
}

describe("the authorization matrix", () => {
  it("has a row for every operation of the OpenAPI document, and none for an operation that is gone", () => {
    const missing = operations.filter((op) => !MATRIX[op]);
    expect(missing, "operations without a row in matrix-rows.ts").toEqual([]);
    expect(Object.keys(MATRIX).filter((op) => !operations.includes(op))).toEqual([]);
  });

  it("answers each actor as the table says", async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const row = MATRIX[operation];
      if (!row) continue;
      for (const [i, actor] of ACTORS.entries()) {
        const res = await send(operation, row, actor);
        if (res.status !== row.expect[i])
          wrong.push(`${operation} as ${actor}: ${res.status}, table says ${row.expect[i]}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("answers 401 to every non-public operation without a session", async () => {
    const wrong: string[] = [];
    for (const operation of operations.filter((op) => !PUBLIC.has(op))) {
      const res = await send(operation, MATRIX[operation] ?? { expect: [0, 0, 0, 0] }, "anonymous");
      if (res.status !== 401) wrong.push(`${operation}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it("answers 403 csrf to every unsafe operation without the session's token, even for the council's admin", async () => {
    const wrong: string[] = [];
    const unsafe = operations.filter((op) => UNSAFE.has(op.split(" ")[0]!) && !PUBLIC.has(op));
    expect(unsafe.length).toBeGreaterThan(20);
    for (const operation of unsafe) {
      const res = await send(operation, MATRIX[operation] ?? { expect: [0, 0, 0, 0] }, "admin", false);
      const body = (await res.json()) as { error?: string };
      if (res.status !== 403 || body.error !== "csrf")
        wrong.push(`${operation}: ${res.status} ${body.error}`);
    }
    expect(wrong).toEqual([]);
  });
});
