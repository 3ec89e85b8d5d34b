import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { clusterCalendar, setCalendarBody } from "../../contracts/calendars";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { getCalendar } from "./get-calendar";
import { setCalendar } from "./set-calendar";

const idParam = z.object({ id: z.uuid({ error: "Mã cụm không hợp lệ" }) });
const PATH = "/api/clusters/{id}/calendar";

const getRoute = createRoute({
  method: "get",
  path: PATH,
  tags: ["calendars"],
  summary: "Lịch của cụm trong năm: hạn ký giao ước, tự chấm, thẩm định, hội nghị tổng kết",
  request: { params: idParam },
  responses: { ...dataResponse(clusterCalendar), ...errorResponses(400, 401, 404) },
});
const putRoute = createRoute({
  method: "put",
  path: PATH,
  tags: ["calendars"],
  summary: "Cơ quan chủ trì đặt lịch của cụm (version cũ → 409)",
  request: {
    params: idParam,
    body: { content: { "application/json": { schema: setCalendarBody } }, required: true },
  },
  responses: { ...dataResponse(clusterCalendar), ...errorResponses(400, 401, 403, 404, 409) },
});

export const calendarRoutes = newRouter()
  .openapi(getRoute, async (c) =>
    c.json(
      {
        data: await getCalendar({
          db: c.get("db"),
          actor: requireActor(c),
          clusterId: c.req.valid("param").id,
        }),
      },
      200,
    ),
  )
  .openapi(putRoute, async (c) =>
    c.json(
      {
        data: await setCalendar({
          db: c.get("db"),
          actor: requireActor(c),
          clusterId: c.req.valid("param").id,
          input: c.req.valid("json"),
        }),
      },
      200,
    ),
  );
