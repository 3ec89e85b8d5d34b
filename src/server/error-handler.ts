import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "./context";
import { AppError } from "./errors";

/** One place renders every error: AppError as { error, message, issues? }; anything else a 500 with a request id. */
export function handleError(err: Error, c: Context<AppEnv>) {
  if (err instanceof AppError) {
    return c.json(
      { error: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) },
      err.status,
    );
  }
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
