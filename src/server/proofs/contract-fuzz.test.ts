import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { setUpCluster } from "../../modules/assessments/test-fixtures";
import { TEST_PASSWORD } from "../../test-support/factories";
import { type Session, signIn } from "../../test-support/http";
import { type App, createApp } from "../app";
import { defaultServerConfig } from "../config";
import { arbitraryOf, type JsonSchema, type Known } from "./schema-arbitrary";

// Contract fuzzing: every operation of the OpenAPI document gets requests generated from its own
// schema (mostly well-typed, sometimes hostile), sent by the council's admin or a unit's editor.
// Whatever comes back, it must never be a 5xx. FUZZ_SEED reproduces a run; FUZZ_SCALE multiplies it.

type Operation = {
  method: string;
  path: string;
  parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const MIN_TOTAL = 5000;

let database: Database;
let app: App;
let setup: Awaited<ReturnType<typeof setUpCluster>>;
let operations: Operation[];
let known: Known;
const sessions: Session[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  app = createApp({ db: database.db, databaseKind: database.kind, config: defaultServerConfig() });
  setup = await setUpCluster(database.db);
  sessions.push(await signIn(app, setup.admin.username, TEST_PASSWORD));
  sessions.push(await signIn(app, setup.editors[1]!.username, TEST_PASSWORD));
  known = {
    uuids: [setup.cluster.id, setup.councilId, ...setup.units.map((u) => u.id)],
    codes: ["I", "I.1", "I.2", "II", ...setup.units.map((u) => u.code)],
  };
  const doc = (await (await app.request("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, Omit<Operation, "method" | "path">>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ ...op, method: method.toUpperCase(), path })),
  );
}, 180_000);
afterAll(async () => {
  await database?.close();
});

/** Routes that hash or verify a password (argon2, costly by design) once the request is allowed. */
const PASSWORD_ROUTES = new Set([
  "PUT /api/auth/password",
  "PUT /api/accounts/{id}/password",
  "POST /api/councils/{id}/accounts",
]);

/** Cases per operation: writes and queries get the most; file downloads and sign-in cost the most per case. */
function runsFor(op: Operation): number {
  if (op.path === "/api/auth/login" || PASSWORD_ROUTES.has(`${op.method} ${op.path}`)) return 30;
  if (op.path === "/api/auth/logout") return 10;
  if (/\.(xlsx|json)$/.test(op.path)) return 10;
  const hasInput = op.requestBody || op.parameters?.some((p) => p.in === "query");
  return Math.round((hasInput ? 175 : 25) * SCALE);
}

const pathValue = (name: string, path: string): fc.Arbitrary<string> => {
  const ids =
    name === "id" && !path.startsWith("/api/orgs/") ? [setup.cluster.id] : setup.units.map((u) => u.id);
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom("khong-phai-uuid", "%00", "..%2F..", "0") },
  );
};

function requestArbitrary(op: Operation) {
  const params = op.parameters ?? [];
  const pathArbs = Object.fromEntries(
    params.filter((p) => p.in === "path").map((p) => [p.name, pathValue(p.name, op.path)]),
  );
  const queryArbs = Object.fromEntries(
    params.filter((p) => p.in === "query").map((p) => [p.name, arbitraryOf(p.schema, known)]),
  );
  const content = op.requestBody?.content ?? {};
  const json = content["application/json"]?.schema;
  const multipart = content["multipart/form-data"]?.schema;
  const body: fc.Arbitrary<unknown> = json
    ? fc.oneof({ weight: 8, arbitrary: arbitraryOf(json, known) }, { weight: 1, arbitrary: fc.string() })
    : multipart
      ? arbitraryOf(multipart, known)
      : op.method === "GET"
        ? fc.constant(undefined)
        : fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }));
  return fc.record({
    path: fc.record(pathArbs),
    query: fc.record(queryArbs, { requiredKeys: [] }),
    body,
    actor: fc.nat({ max: 3 }).map((n) => (n === 0 ? 1 : 0)),
  });
}

type Generated = {
  path: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  actor: number;
};

async function send(op: Operation, g: Generated) {
  let url = op.path;
  for (const [name, value] of Object.entries(g.path)) url = url.replace(`{${name}}`, encodeURI(value));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(g.query))
    search.set(name, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
  if ([...search].length > 0) url += `?${search}`;
  const session =
    op.path === "/api/auth/logout"
      ? await signIn(app, setup.observer.username, TEST_PASSWORD)
      : sessions[g.actor]!;
  const headers: Record<string, string> = { cookie: session.cookie, "x-csrf-token": session.csrfToken };
  let body: BodyInit | undefined;
  if (op.requestBody?.content["multipart/form-data"]) {
    const form = new FormData();
    const fields = g.body !== null && typeof g.body === "object" ? Object.entries(g.body) : [];
    for (const [name, value] of fields) {
      if (value instanceof Uint8Array)
        form.set(name, new File([value.slice().buffer as ArrayBuffer], "tệp ../\u202Ethu.pdf"));
      else form.set(name, typeof value === "string" ? value : (JSON.stringify(value) ?? ""));
    }
    body = form;
  } else if (g.body !== undefined) {
    headers["content-type"] = "application/json";
    body = typeof g.body === "string" && !op.requestBody ? g.body : JSON.stringify(g.body);
  }
  return app.request(url, { method: op.method, headers, body });
}

describe("contract fuzzing", () => {
  it(`answers ${MIN_TOTAL}+ generated requests over every operation without a single 5xx`, async () => {
    const failures: string[] = [];
    let total = 0;
    for (const op of operations) {
      const numRuns = runsFor(op);
      const result = await fc.check(
        fc.asyncProperty(requestArbitrary(op), async (g) => (await send(op, g as Generated)).status < 500),
        { numRuns, seed: SEED, endOnFailure: true },
      );
      total += result.numRuns;
      if (result.failed)
        failures.push(`${op.method} ${op.path}: ${JSON.stringify(result.counterexample)} (seed ${SEED})`);
    }
    expect(failures).toEqual([]);
    expect(total).toBeGreaterThanOrEqual(MIN_TOTAL);
  }, 600_000);
});
