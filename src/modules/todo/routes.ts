import { createRoute } from "@hono/zod-openapi";
import { todoList, todoQuery } from "../../contracts/todo";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { getTodo } from "./get-todo";

const todoRoute = createRoute({
  method: "get",
  path: "/api/todo",
  tags: ["todo"],
  summary: "Việc cần làm của người dùng trong năm, theo vai trò, kèm hạn",
  request: { query: todoQuery },
  responses: { ...dataResponse(todoList), ...errorResponses(400, 401) },
});

export const todoRoutes = newRouter().openapi(todoRoute, async (c) =>
  c.json(
    { data: await getTodo({ db: c.get("db"), actor: requireActor(c), input: c.req.valid("query") }) },
    200,
  ),
);
