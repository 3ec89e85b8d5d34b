import type { Context } from "hono";
import type { Db } from "../db/types";
import type { Actor } from "../modules/auth/actor";
import type { ResolvedSession } from "../modules/auth/sessions";
import type { ServerConfig } from "./config";
import { unauthenticated } from "./errors";

export type AppEnv = {
  Variables: {
    db: Db;
    databaseKind: "pglite" | "postgres";
    config: ServerConfig;
    session: ResolvedSession | null;
    sessionToken: string | null;
    requestId: string;
  };
};

/** The signed-in actor, or a 401. */
export function requireActor(c: Context<AppEnv>): Actor {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  return session.actor;
}
