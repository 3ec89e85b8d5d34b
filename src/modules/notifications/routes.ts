import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { requireActor } from "../../server/context";
import { dataResponse, errorResponses, newRouter } from "../../server/router";
import { latestNotifications } from "./latest-notifications";
import { listNotifications, markNotificationRead, setReminderEmail } from "./list-notifications";

const tags = ["notifications"];
const notificationList = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(["deadline", "missing_report"]),
      taskId: z.uuid().nullable(),
      title: z.string(),
      body: z.string(),
      createdAt: z.string(),
      readAt: z.string().nullable(),
    }),
  ),
  unread: z.int(),
  email: z.string().nullable(),
});

const listRoute = createRoute({
  method: "get",
  path: "/api/notifications",
  tags,
  summary: "Thông báo nhắc việc của người dùng hiện tại",
  responses: { ...dataResponse(notificationList), ...errorResponses(401) },
});

const latestRoute = createRoute({
  method: "get",
  path: "/api/notifications/latest",
  tags,
  summary: "Chuông thông báo: số chưa đọc và vài thông báo mới nhất (hỏi thưa, mỗi phút một lần)",
  responses: {
    ...dataResponse(
      z.object({
        unread: z.int(),
        items: z.array(
          z.object({
            id: z.uuid(),
            kind: z.enum(["deadline", "missing_report"]),
            taskId: z.uuid().nullable(),
            title: z.string(),
            createdAt: z.string(),
            readAt: z.string().nullable(),
          }),
        ),
      }),
    ),
    ...errorResponses(401),
  },
});

const readRoute = createRoute({
  method: "post",
  path: "/api/notifications/{id}/read",
  tags,
  summary: "Đánh dấu đã đọc",
  request: { params: z.object({ id: z.uuid({ error: "Mã thông báo không hợp lệ" }) }) },
  responses: { ...dataResponse(notificationList), ...errorResponses(400, 401, 404) },
});

const emailRoute = createRoute({
  method: "put",
  path: "/api/notifications/email",
  tags,
  summary: "Địa chỉ e-mail nhận nhắc việc (null: không nhận)",
  request: {
    body: {
      content: {
        "application/json": {
          schema: z.object({ email: z.email({ error: "Địa chỉ e-mail không hợp lệ" }).max(320).nullable() }),
        },
      },
      required: true,
    },
  },
  responses: { ...dataResponse(notificationList), ...errorResponses(400, 401) },
});

export const notificationRoutes = newRouter()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    return c.json({ data: await listNotifications({ db: c.get("db"), actor }) }, 200);
  })
  .openapi(latestRoute, async (c) => {
    const actor = requireActor(c);
    return c.json({ data: await latestNotifications({ db: c.get("db"), actor }) }, 200);
  })
  .openapi(readRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    await markNotificationRead({ db, actor, id: c.req.valid("param").id });
    return c.json({ data: await listNotifications({ db, actor }) }, 200);
  })
  .openapi(emailRoute, async (c) => {
    const actor = requireActor(c);
    const db = c.get("db");
    await setReminderEmail({ db, actor, email: c.req.valid("json").email });
    return c.json({ data: await listNotifications({ db, actor }) }, 200);
  });
