// The embedded-database server for the HTTP benchmark: PGlite in process, the synthetic data set of
// 10 clusters × 10 units × 80 criteria in the real tables, a council admin signed in, and createApp on
// a free port of 127.0.0.1.

import type { AddressInfo } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import { serve } from "@hono/node-server";
import { type Database, openDatabase } from "../src/db/open";
import { systemActor } from "../src/modules/auth/actor";
import { createUser } from "../src/modules/auth/create-user";
import { type App, createApp } from "../src/server/app";
import { COUNTRY, type DatasetShape, planCouncil } from "./dataset";
import { generateDataset } from "./generate";

export const HTTP_SHAPE: DatasetShape = { ...COUNTRY, councils: 1, clustersPerCouncil: 10 };

const USERNAME = "bench-admin";
const PASSWORD = "mat-khau-do-hieu-nang";

export type HttpServer = {
  database: Database;
  client: PGlite;
  app: App;
  origin: string;
  cookie: string;
  clusterIds: string[];
  close: () => Promise<void>;
};

/** `extra` may add routes to the app before it listens (to try routers the app does not mount yet). */
export async function startHttpServer(extra?: (app: App) => void): Promise<HttpServer> {
  const database = await openDatabase({ kind: "pglite" });
  const client = (database.db as unknown as { $client: PGlite }).$client;
  await generateDataset((text, params) => client.query(text, params), HTTP_SHAPE);
  const council = planCouncil(HTTP_SHAPE, 0);
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
  const app = createApp({ db: database.db, databaseKind: "pglite" });
  extra?.(app);
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    server.once("listening", () => resolve());
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const cookie = await signIn(origin);
  return {
    database,
    client,
    app,
    origin,
    cookie,
    clusterIds: council.clusters.map((k) => k.id),
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await database.close();
    },
  };
}

async function signIn(origin: string): Promise<string> {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: USERNAME, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (!cookie) throw new Error("sign-in gave no session cookie");
  return cookie;
}
