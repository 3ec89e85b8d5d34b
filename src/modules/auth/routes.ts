import { createRoute } from "@hono/zod-openapi";
import { deleteCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { changePasswordInput, sessionsEnded } from "../../contracts/accounts";
import { loginInput, me } from "../../contracts/auth";
import { unauthenticated } from "../../server/errors";
import { SESSION_COOKIE } from "../../server/middleware/session";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { clientAddress, servedOverHttps } from "../../server/security/client";
import { changePassword } from "./change-password";
import { login, SESSION_HOURS } from "./login";
import { endOtherSessions, endSession, resolveSession } from "./sessions";

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

const signOutOthersRoute = createRoute({
  method: "post",
  path: "/api/auth/sessions/sign-out-others",
  tags: ["auth"],
  summary: "Đăng xuất khỏi mọi thiết bị khác (giữ phiên hiện tại)",
  responses: { ...dataResponse(z.object({ ended: z.int().min(0) })), ...errorResponses(401, 403) },
});

const changePasswordRoute = createRoute({
  method: "put",
  path: "/api/auth/password",
  tags: ["auth"],
  summary: "Đổi mật khẩu của mình (giữ phiên hiện tại, kết thúc các phiên khác)",
  request: {
    body: { content: { "application/json": { schema: changePasswordInput } }, required: true },
  },
  responses: { ...dataResponse(sessionsEnded), ...errorResponses(400, 401, 403, 409, 429) },
});

export const authRoutes = newRouter()
  .openapi(loginRoute, async (c) => {
    const db = c.get("db");
    const config = c.get("config");
    const { token, csrfToken } = await login({
      db,
      input: c.req.valid("json"),
      address: clientAddress(c, config),
      idleMinutes: config.sessionIdleMinutes,
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/",
      secure: servedOverHttps(c, config),
      maxAge: SESSION_HOURS * 3600,
    });
    const session = await resolveSession(db, token, { idleMinutes: config.sessionIdleMinutes });
    if (!session) throw unauthenticated();
    return c.json({ data: { user: session.me, csrfToken } }, 200);
  })
  .openapi(logoutRoute, async (c) => {
    const session = c.get("session");
    if (!session) throw unauthenticated();
    await endSession(c.get("db"), session, clientAddress(c, c.get("config")));
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.json({ data: { ok: true } }, 200);
  })
  .openapi(signOutOthersRoute, async (c) => {
    const session = c.get("session");
    if (!session) throw unauthenticated();
    const ended = await endOtherSessions(c.get("db"), session, clientAddress(c, c.get("config")));
    return c.json({ data: { ended } }, 200);
  })
  .openapi(changePasswordRoute, async (c) => {
    const session = c.get("session");
    if (!session) throw unauthenticated();
    const data = await changePassword({
      db: c.get("db"),
      session,
      input: c.req.valid("json"),
      address: clientAddress(c, c.get("config")),
    });
    return c.json({ data }, 200);
  })
  .openapi(meRoute, (c) => {
    const session = c.get("session");
    if (!session) throw unauthenticated();
    return c.json({ data: { user: session.me, csrfToken: session.csrfToken } }, 200);
  });
