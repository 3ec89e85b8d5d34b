import { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { locateIssues, validationError } from "../contracts/parse";
import type { AppEnv } from "./context";
import { appErrorBody } from "./error-handler";

/** A router whose request validation answers 400 with every issue located, in Vietnamese. */
export function newRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const error = validationError(locateIssues(result.error.issues));
        return c.json(appErrorBody(error, c.req.header("accept-language")), 400);
      }
    },
  });
}

export const errorBody = z.object({
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const json = (schema: z.ZodType, description: string) => ({
  content: { "application/json": { schema } },
  description,
});

/** The error responses a route may give, for the OpenAPI document. */
export function errorResponses(...statuses: (400 | 401 | 403 | 404 | 409 | 429)[]) {
  const text: Record<number, string> = {
    400: "Dữ liệu không hợp lệ",
    401: "Chưa đăng nhập",
    403: "Không có quyền hoặc thiếu mã CSRF",
    404: "Không tìm thấy",
    409: "Xung đột",
    429: "Quá nhiều lần thử",
  };
  return Object.fromEntries(statuses.map((s) => [s, json(errorBody, text[s] ?? "Lỗi")]));
}

/** A 200 whose body is a file's bytes, for the OpenAPI document. */
export const binaryResponse = (mime = "application/octet-stream", description = "Nội dung tệp") => ({
  200: { description, content: { [mime]: { schema: z.string().meta({ format: "binary" }) } } },
});

export const dataResponse = (schema: z.ZodType, description = "Thành công") => ({
  200: json(z.object({ data: schema }), description),
});
