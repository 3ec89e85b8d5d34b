// The server for the HTTP benchmarks: PGlite in process, or a PostgreSQL database of its own
// (`thidua_bench_http_<pid>`, dropped at the end); the synthetic data set of 10 clusters × 10 units ×
// 80 criteria in the real tables, shaped as a working day (below); a council admin signed in; createApp
// on a free port of 127.0.0.1.

import type { AddressInfo } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { serve } from "@hono/node-server";
import type pg from "pg";
import { type Database, openDatabase } from "../src/db/open";
import { systemActor } from "../src/modules/auth/actor";
import { createUser } from "../src/modules/auth/create-user";
import { publishCluster } from "../src/modules/publication/publish-cluster";
import { type App, createApp } from "../src/server/app";
import { COUNTRY, type DatasetShape, type PlannedCouncil, planCouncil } from "./dataset";
import { generateDataset } from "./generate";
import { createDatabase, dropDatabase, urlForDatabase } from "./postgres-admin";

export const HTTP_SHAPE: DatasetShape = { ...COUNTRY, councils: 1, clustersPerCouncil: 10 };
/** Clusters 0–4 are published (a publication record each); 5–9 are being scored (drafts). */
export const PUBLISHED_CLUSTERS = 5;

const USERNAME = "bench-admin";
const PASSWORD = "mat-khau-do-hieu-nang";

export type ServerKind = { kind: "pglite" } | { kind: "postgres"; url: string };

/** One writer's target: a draft unit's criterion, the value it has and the input's version. */
export type WriteTarget = {
  path: string;
  assessmentId: string;
  criterionCode: string;
  value: unknown;
  version: number;
};

export type HttpServer = {
  kind: "pglite" | "postgres";
  database: Database;
  /** PGlite's client (for the SQL recorder), or null on PostgreSQL. */
  client: PGlite | null;
  app: App;
  origin: string;
  cookie: string;
  /** Sent as X-CSRF-Token with every write. */
  csrfToken: string;
  clusterIds: string[];
  /** Every unit's assessment page, `/api/clusters/{id}/assessments/{unitId}`. */
  assessmentPaths: string[];
  writeTargets: WriteTarget[];
  /** On PostgreSQL, the benchmark's own database (a server process of its own can serve it too). */
  databaseUrl: string | null;
  /** Set when the server answering at `origin` is another process: its RSS is watched, not this one's. */
  pid?: number;
  /** Runs SQL on the benchmark's database (outside the app). */
  sql: (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
  close: () => Promise<void>;
};

/** `extra` may add routes to the app before it listens (to try routers the app does not mount yet). */
export async function startHttpServer(
  extra?: (app: App) => void,
  target: ServerKind = { kind: "pglite" },
): Promise<HttpServer> {
  const dbName = `thidua_bench_http_${process.pid}`;
  let url: string | null = null;
  if (target.kind === "postgres") {
    await dropDatabase(target.url, dbName);
    await createDatabase(target.url, dbName);
    url = urlForDatabase(target.url, dbName);
  }
  const database = url
    ? await openDatabase({ kind: "postgres", url, max: 20 })
    : await openDatabase({ kind: "pglite" });
  const raw = (database.db as unknown as { $client: PGlite | pg.Pool }).$client;
  const query = raw.query.bind(raw) as (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;
  const run = (text: string, params?: unknown[]) => query(text, params);
  const council = planCouncil(HTTP_SHAPE, 0);
  try {
    await generateDataset(run, HTTP_SHAPE);
    await workingDay(database, run, council);
  } catch (err) {
    await database.close();
    if (target.kind === "postgres") await dropDatabase(target.url, dbName);
    throw err;
  }
  await createUser({
    db: database.db,
    actor: systemActor("bench"),
    input: {
      username: USERNAME,
      displayName: "Quản trị (đo hiệu năng)",
      password: PASSWORD,
      grants: [{ role: "council_admin", councilId: council.id }],
    },
  });
  const app = createApp({ db: database.db, databaseKind: database.kind });
  extra?.(app);
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const { cookie, csrfToken } = await signIn(origin);
  return {
    kind: database.kind,
    database,
    client: target.kind === "pglite" ? (raw as PGlite) : null,
    app,
    origin,
    cookie,
    csrfToken,
    clusterIds: council.clusters.map((k) => k.id),
    assessmentPaths: council.clusters.flatMap((k) =>
      k.units.map((u) => `/api/clusters/${k.id}/assessments/${u.id}`),
    ),
    writeTargets: writeTargets(council),
    databaseUrl: url,
    sql: run,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await database.close();
      if (target.kind === "postgres") await dropDatabase(target.url, dbName);
    },
  };
}

/**
 * The shape: self, review and final values on all 8,000 inputs. Half the clusters are published
 * (every assessment final, then published by the council's own use case, so a publication record each);
 * the other half are still being scored (drafts), which is where writers save their self-scores.
 */
async function workingDay(
  database: Database,
  run: (text: string, params?: unknown[]) => Promise<unknown>,
  council: PlannedCouncil,
): Promise<void> {
  const ids = council.clusters.map((k) => k.id);
  const published = ids.slice(0, PUBLISHED_CLUSTERS);
  await run("UPDATE assessment_inputs SET reviewed_value = self_value");
  await run("UPDATE assessments SET status = 'final' WHERE cluster_id = ANY($1::uuid[])", [published]);
  await run("UPDATE assessments SET status = 'draft' WHERE NOT (cluster_id = ANY($1::uuid[]))", [published]);
  for (const k of council.clusters.slice(0, PUBLISHED_CLUSTERS)) {
    const versions = Object.fromEntries(k.units.map((u) => [u.id, 1]));
    await publishCluster({
      db: database.db,
      actor: systemActor("bench"),
      clusterId: k.id,
      input: { versions, note: "Công bố (dữ liệu đo hiệu năng)" },
    });
  }
  await run("ANALYZE");
}

/** One criterion per draft unit and writer; 50 writers cover the 50 draft units, each its own criterion. */
function writeTargets(council: PlannedCouncil): WriteTarget[] {
  return council.clusters.slice(PUBLISHED_CLUSTERS).flatMap((k) =>
    k.units.map((u, i) => {
      const inputs = Object.entries(k.inputs.get(u.id) ?? {});
      const [criterionCode, value] = inputs[(i * 7) % inputs.length]!;
      return {
        path: `/api/clusters/${k.id}/assessments/${u.id}/self-inputs`,
        assessmentId: u.assessmentId,
        criterionCode,
        value,
        version: 1,
      };
    }),
  );
}

async function signIn(origin: string): Promise<{ cookie: string; csrfToken: string }> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error("sign-in gave no session cookie");
  const body = (await res.json()) as { data: { csrfToken: string } };
  return { cookie, csrfToken: body.data.csrfToken };
}
