import { createRoute } from "@hono/zod-openapi";
import { searchQuery, searchResponse } from "../../contracts/search";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { search } from "./search";

const searchRoute = createRoute({
  method: "get",
  path: "/api/search",
  tags: ["search"],
  summary:
    "Tìm trong báo cáo, mô hình hay, dư luận xã hội (không dấu vẫn tìm được, chịu lỗi gõ một chữ, có đoạn trích tô sáng)",
  request: { query: searchQuery },
  responses: { ...dataResponse(searchResponse), ...errorResponses(400, 401) },
});

export const searchRoutes = newRouter().openapi(searchRoute, async (c) => {
  const actor = requireActor(c);
  return c.json({ data: await search({ db: c.get("db"), actor, query: c.req.valid("query") }) }, 200);
});
