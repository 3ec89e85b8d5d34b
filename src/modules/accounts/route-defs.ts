import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { account, createAccountInput, resetPasswordInput, sessionsEnded } from "../../contracts/accounts";
import { dataResponse, errorResponses } from "../../server/router";

// The OpenAPI descriptions of the accounts' endpoints; the handlers are in routes.ts.

const councilParam = z.object({ id: z.uuid({ error: "Mã cơ quan chủ trì không hợp lệ" }) });
const userParam = z.object({ id: z.uuid({ error: "Mã tài khoản không hợp lệ" }) });
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { "application/json": { schema } },
  required: true,
});
const tags = ["accounts"];

export const listAccountsRoute = createRoute({
  method: "get",
  path: "/api/councils/{id}/accounts",
  tags,
  summary: "Các tài khoản có vai trò trong cơ quan chủ trì (chỉ vai trò trong cơ quan này)",
  request: { params: councilParam },
  responses: { ...dataResponse(z.array(account)), ...errorResponses(400, 401, 403, 404) },
});

export const createAccountRoute = createRoute({
  method: "post",
  path: "/api/councils/{id}/accounts",
  tags,
  summary: "Cấp tài khoản với các vai trò trong cơ quan chủ trì (cụm trưởng: theo đơn vị trưởng cụm)",
  request: { params: councilParam, body: jsonBody(createAccountInput) },
  responses: {
    201: { description: "Đã tạo", content: { "application/json": { schema: z.object({ data: account }) } } },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

export const resetPasswordRoute = createRoute({
  method: "put",
  path: "/api/accounts/{id}/password",
  tags,
  summary: "Đặt lại mật khẩu của tài khoản khác (mọi phiên của tài khoản đó kết thúc)",
  request: { params: userParam, body: jsonBody(resetPasswordInput) },
  responses: { ...dataResponse(sessionsEnded), ...errorResponses(400, 401, 403, 404) },
});
