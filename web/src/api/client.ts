import { currentLanguage } from "../i18n";
import type { ValidationIssue } from "./types";

/** An error answered by the server (or a network failure, with status 0). */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
    readonly issues: ValidationIssue[] = [],
    /** The whole error body, for answers that carry more than a message (a 409 with the other's value). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError;

let csrfToken: string | null = null;

/** The token from login or /auth/me, sent back on every request that changes something. */
export const setCsrfToken = (token: string | null): void => {
  csrfToken = token;
};

export const getCsrfToken = (): string | null => csrfToken;

type Query = Record<string, string | number | undefined>;
type RequestOptions = { method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"; body?: unknown; query?: Query };

export const buildUrl = (path: string, query?: Query): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ""}`;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const toIssues = (value: unknown): ValidationIssue[] =>
  Array.isArray(value)
    ? value.filter(isRecord).map((i) => ({ path: String(i.path ?? ""), message: String(i.message ?? "") }))
    : [];

export const parseJson = (text: string): unknown => {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
};

/** The ApiError of a non-2xx answer, from its JSON body (if any). */
export const errorFromBody = (status: number, payload: unknown): ApiError => {
  const body = isRecord(payload) ? payload : {};
  return new ApiError(
    status,
    typeof body.error === "string" ? body.error : "http_error",
    typeof body.message === "string" ? body.message : `Máy chủ trả lỗi ${status}.`,
    toIssues(body.issues),
    body,
  );
};

/** The `data` of a 2xx answer, or an ApiError when the body is not `{ data }`. */
export const dataFromBody = <T>(status: number, payload: unknown): T => {
  if (!isRecord(payload) || !("data" in payload)) {
    throw new ApiError(status, "bad_response", "Máy chủ trả dữ liệu không đúng định dạng.");
  }
  return payload.data as T;
};

/** Calls the thidua API and returns its `data`, or throws an ApiError. */
export const api = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const method = options.method ?? "GET";
  // The server words validation issues in the interface's language.
  const headers: Record<string, string> = {
    Accept: "application/json",
    "Accept-Language": currentLanguage(),
  };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, "network", "Không kết nối được với máy chủ. Vui lòng kiểm tra mạng và thử lại.");
  }

  const payload = parseJson(await response.text());
  if (!response.ok) throw errorFromBody(response.status, payload);
  return dataFromBody<T>(response.status, payload);
};
