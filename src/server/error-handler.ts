import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./context";
import { AppError } from "./errors";

/**
 * An AppError's body: { error, message, issues? }. The issues are worded in English when the client asks
 * for English first (the web app's English interface sends `Accept-Language: en`); the message stays
 * Vietnamese, and the client words it from `error` in other languages.
 */
export function appErrorBody(err: AppError, acceptLanguage: string | undefined) {
  const english = /^\s*en\b/i.test(acceptLanguage ?? "");
  const issues = english ? err.issuesEn : err.issues;
  return { error: err.code, message: err.message, ...(issues ? { issues } : {}) };
}

/** One place renders every error: AppError as { error, message, issues? }; anything else a 500 with a request id. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) return c.json(appErrorBody(err, c.req.header("accept-language")), err.status);
  if (err instanceof HTTPException && err.status < 500) {
    const unsupported = err.status === 415;
    const message = unsupported
      ? "Định dạng yêu cầu không đúng: tệp phải được gửi dạng multipart/form-data, dữ liệu dạng JSON."
      : "Yêu cầu không hợp lệ.";
    return c.json(
      { error: unsupported ? "unsupported_media_type" : "bad_request", message },
      err.status as ContentfulStatusCode,
    );
  }
  // The client has gone and the use case stopped early (its AbortSignal): nobody reads the answer.
  if (c.req.raw.signal.aborted) return new Response(null, { status: 499 });
  const requestId = c.get("requestId") ?? "-";
  console.error(`[${requestId}] ${c.req.method} ${c.req.path}`, err);
  return c.json(
    {
      error: "internal",
      message: `Đã có lỗi hệ thống. Mã yêu cầu: ${requestId}. Xin báo cho quản trị viên.`,
      requestId,
    },
    500,
  );
}
