import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { resolveSession } from "../../modules/auth/sessions";
import type { AppEnv } from "../context";

export const SESSION_COOKIE = "thidua_session";

/** Loads the session named by the cookie (if any) onto the context; routes decide whether it is required. */
export const sessionMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  c.set("sessionToken", token);
  const idleMinutes = c.get("config").sessionIdleMinutes;
  c.set("session", token ? await resolveSession(c.get("db"), token, { idleMinutes }) : null);
  await next();
});
