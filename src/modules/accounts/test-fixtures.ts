import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { type App, createApp } from "../../server/app";
import { defaultServerConfig } from "../../server/config";
import { call, type Session, signIn } from "../../test-support/http";

/** The app over a test database, and the HTTP calls the accounts' tests make. */
export function accountsApp(database: Database) {
  const app: App = createApp({ db: database.db, databaseKind: database.kind, config: defaultServerConfig() });
  const as = (session: Session | null) => ({
    get: (path: string) => call(app, session, "GET", path),
    post: (path: string, body: unknown) => call(app, session, "POST", path, body),
    put: (path: string, body: unknown) => call(app, session, "PUT", path, body),
  });
  return {
    app,
    as,
    signIn: (username: string, password: string) => signIn(app, username, password),
    /** The sign-in's status alone (200 or 401), for "this password works / no longer works". */
    signInStatus: async (username: string, password: string) =>
      (
        await app.request("/api/auth/login", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username, password }),
        })
      ).status,
  };
}

/** The audit rows about one account, oldest first. */
export const auditRowsOf = (database: Database, userId: string) =>
  database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, "user"), eq(auditLog.entityId, userId)))
    .orderBy(auditLog.id);
