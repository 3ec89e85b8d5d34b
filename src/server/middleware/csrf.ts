import { timingSafeEqual } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../context";
import { AppError, unauthenticated } from "../errors";
import { expectedOrigin } from "../security/client";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

const csrfError = () =>
  new AppError("csrf", 403, "Yêu cầu thiếu mã xác thực chống giả mạo (CSRF). Hãy tải lại trang rồi thử lại.");

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Synchronizer-token CSRF defence: every unsafe request carries the session's token in X-CSRF-Token.
 * Sign-in has no session yet, so it rests on the Origin check, which every unsafe request also gets:
 * a browser's Origin must be the address users type (THIDUA_PUBLIC_URL), not what Node sees behind a proxy.
 */
export const csrfMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE.has(c.req.method)) return next();
  const origin = c.req.header("origin");
  if (origin && origin !== expectedOrigin(c, c.get("config"))) throw csrfError();
  if (c.req.path === "/api/auth/login") return next();
  const session = c.get("session");
  if (!session) throw unauthenticated();
  const sent = c.req.header("x-csrf-token");
  if (!sent || !sameToken(sent, session.csrfToken)) throw csrfError();
  return next();
});
