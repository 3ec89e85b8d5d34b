import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { loginInput, me } from "../../contracts/auth";
import type { AppEnv } from "../../server/context";
import { unauthenticated } from "../../server/errors";
import { SESSION_COOKIE } from "../../server/middleware/session";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { login, SESSION_HOURS } from "./login";
import { endSession, resolveSession } from "./sessions";

const meWithToken = z.object({ user: me, csrfToken: z.string() });

const loginRoute = createRoute({
  method: "post",
  path: "/api/auth/login",
  tags: ["auth"],
  summary: "Đăng nhập",
  request: { body: { content: { "application/json": { schema: loginInput } }, required: true } },
  responses: { ...dataResponse(meWithToken), ...errorResponses(400, 401, 403, 429) },
});
const logoutRoute = createRoute({
  method: "post",
  path: "/api/auth/logout",
  tags: ["auth"],
  summary: "Đăng xuất",
  responses: { ...dataResponse(z.object({ ok: z.boolean() })), ...errorResponses(401, 403) },
});
const meRoute = createRoute({
  method: "get",
  path: "/api/auth/me",
  tags: ["auth"],
  summary: "Người dùng hiện tại",
  responses: { ...dataResponse(meWithToken), ...errorResponses(401) },
});

const secureCookies = (c: Context<AppEnv>) =>
  process.env.THIDUA_SECURE_COOKIES === "1" || new URL(c.req.url).protocol === "https:";

export const authRoutes = newRouter()
  .openapi(loginRoute, async (c) => {
    const db = c.get("db");
    const { token, csrfToken } = await login({ db, input: c.req.valid("json") });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/",
      secure: secureCookies(c),
      maxAge: SESSION_HOURS * 3600,
    });
    const session = await resolveSession(db, token);
    if (!session) throw unauthenticated();
    return c.json({ data: { user: session.me, csrfToken } }, 200);
  })
  .openapi(logoutRoute, async (c) => {
    const token = c.get("sessionToken");
    if (!c.get("session") || !token) throw unauthenticated();
    await endSession(c.get("db"), token);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.json({ data: { ok: true } }, 200);
  })
  .openapi(meRoute, (c) => {
    const session = c.get("session");
    if (!session) throw unauthenticated();
    return c.json({ data: { user: session.me, csrfToken: session.csrfToken } }, 200);
  });
