import { createMiddleware } from "hono/factory";
import { validationError } from "../../contracts/parse";
import { badCharacterMessage, findBadText } from "../../core/text/bad-characters";
import { jsonTextDepth, MAX_JSON_DEPTH } from "../../core/text/json-depth";
import { bodyLimitFor, JSON_BODY_LIMIT } from "../body-limits";
import type { AppEnv } from "../context";
import { AppError } from "../errors";

const tooLarge = (limit: number) =>
  new AppError(
    "too_large",
    413,
    `Dữ liệu gửi lên quá lớn (giới hạn ${(limit / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB).`,
  );

/**
 * Refuses an oversized body before reading it (by Content-Length), or as soon as a streamed body passes
 * the limit, so an anonymous client cannot make the server hold hundreds of megabytes.
 */
export const bodyLimitMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const raw = c.req.raw;
  if (!raw.body) return next();
  const limit = bodyLimitFor(c.req.method, c.req.path);
  const declared = raw.headers.get("content-length");
  if (declared !== null && !raw.headers.has("transfer-encoding")) {
    if (Number.parseInt(declared, 10) > limit) throw tooLarge(limit);
    return next();
  }
  if (limit > JSON_BODY_LIMIT) {
    // A file route streams its body (src/server/multipart.ts): count it as it passes, hold none of it.
    const body = raw.body.pipeThrough(capped(limit));
    const init = { method: raw.method, headers: raw.headers, signal: raw.signal, body, duplex: "half" };
    c.req.raw = new Request(raw.url, init as RequestInit);
    return next();
  }
  const reader = raw.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  c.req.raw = new Request(raw, { body });
  return next();
});

/**
 * Passes bytes through until `limit`, then fails the stream with the 413. The chunk that crosses the
 * limit still goes through, so a reader with a tighter cap of its own (one file's size) sees its own
 * limit passed first and answers with its more precise message; the next chunk, or the end, fails.
 */
function capped(limit: number) {
  let size = 0;
  const fail = (controller: TransformStreamDefaultController<Uint8Array>) =>
    controller.error(tooLarge(limit));
  return new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      if (size > limit) return fail(controller);
      size += chunk.byteLength;
      controller.enqueue(chunk);
    },
    flush(controller) {
      if (size > limit) fail(controller);
    },
  });
}

const isJson = (type: string | undefined) => !!type && /^application\/([a-z.-]+\+)?json\b/i.test(type);

/**
 * JSON bodies are checked once for everyone before any route reads them: nesting deeper than
 * MAX_JSON_DEPTH, and text PostgreSQL cannot store (NUL, lone surrogates) anywhere, keys included, are
 * a located 400. Contracts check their own fields too; this catches what they type as unknown.
 */
export const jsonGuardMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.req.raw.body || !isJson(c.req.header("content-type"))) return next();
  const text = await c.req.text();
  // Route middleware that reads the raw stream itself (hono's bodyLimit) still finds a body to read.
  const raw = c.req.raw;
  c.req.raw = new Request(raw.url, { method: raw.method, headers: raw.headers, body: text });
  if (jsonTextDepth(text) > MAX_JSON_DEPTH) {
    const message = `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_JSON_DEPTH} cấp)`;
    throw new AppError("validation", 400, `Dữ liệu không hợp lệ — ${message}.`, [{ path: "", message }]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return next(); // the route's own validator words the syntax error
  }
  const bad = findBadText(value);
  if (bad) {
    const path = bad.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
    throw validationError([{ path, message: badCharacterMessage(bad.index) }]);
  }
  return next();
});

/** API answers carry session data and CSRF tokens: no cache, shared or private, may keep them. */
export const noStoreMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (!c.res.headers.has("cache-control")) c.res.headers.set("cache-control", "no-store");
});
